import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The Node arguments that run the CLI as the source is now: the run's bundle of it when the test
 * runner made one (see bundled-sources.global-setup.ts), else the source through tsx.
 */
export function cliArguments(args: string[]): string[] {
  const bundled = process.env.TUNEMANTRA_BUNDLED_SOURCES;
  return bundled ? [join(bundled, 'cli.js'), ...args] : ['--import', 'tsx', join(ROOT, 'src', 'main', 'cli', 'cli.ts'), ...args];
}

/** Runs the real CLI in a child process, as a user would run `tunemantra`. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, cliArguments(args), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TUNEMANTRA_DB: '', ...env },
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
