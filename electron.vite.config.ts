import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Where Electron's binary cannot be downloaded, npm drops the optional `electron` package whole;
// the build needs only its major version (for the Node and Chrome targets), so read it from ours.
const manifest = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { optionalDependencies: { electron: string } };
process.env.ELECTRON_MAJOR_VER ??= manifest.optionalDependencies.electron.replace(/^[^\d]*/, '').split('.')[0];

/**
 * One build for the three processes. Main-side entries include the CLI and the worker threads,
 * each emitted under its own name in out/main so the worker pool can find them next to itself.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          cli: resolve(__dirname, 'src/main/cli/cli.ts'),
          'writer.worker': resolve(__dirname, 'src/main/workers/writer.worker.ts'),
          'reader.worker': resolve(__dirname, 'src/main/workers/reader.worker.ts'),
          'statement-lines.worker': resolve(__dirname, 'src/main/workers/statement-lines.worker.ts'),
          // Benchmarks measure this production bundle (see test/bench/).
          'bench-kit': resolve(__dirname, 'test/bench/bench-kit.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload must be a CommonJS script.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
