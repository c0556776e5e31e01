import { build } from 'esbuild';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRIES = ['src/main/cli/cli.ts', 'src/main/workers/writer.worker.ts', 'src/main/workers/reader.worker.ts', 'src/main/workers/statement-lines.worker.ts'];

/**
 * Bundles the CLI and the worker threads from the source as it is now, once per test run. Run
 * through tsx, each thread and each CLI process loads some 300 modules one by one through its
 * loader, which cost several seconds per core opened; a bundle loads in a fraction of that.
 * The bundles live inside the project so packages resolve from its node_modules, in a folder of
 * their own per run (runs may overlap), and go when the run ends.
 */
export default async function bundleSources(): Promise<() => void> {
  const parent = join(ROOT, 'test-results', '.bundles');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'run-'));
  // A test runs the CLI as another user (a read-only store): the bundles must be readable to it, as the source is.
  chmodSync(dir, 0o755);
  await build({
    entryPoints: ENTRIES.map((entry) => join(ROOT, entry)),
    outdir: dir,
    // Flat, as the app's build lays them out: the bundled CLI finds each worker next to itself.
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  process.env.TUNEMANTRA_BUNDLED_SOURCES = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
