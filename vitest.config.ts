import { defineConfig } from 'vitest/config';

/**
 * Three suites, one runner: unit (pure functions, single modules), integration (real SQLite files,
 * worker threads, the CLI as a child process) and e2e (the built UI in Debian's Chromium through
 * the loopback bridge, and the Electron app where its binary exists). Worker threads and the CLI
 * run from a bundle of the source made at the start of the run (bundled-sources.global-setup.ts).
 */

// Files share their process's module cache (isolate: false), so each file does not load the app's
// modules, and each e2e file launch a Chromium, all over again: every file builds its own stores,
// cores and browser contexts. The one file that replaces modules with vi.mock stays isolated, as a
// module an earlier file loaded would keep its real implementation. The integration files stay
// isolated too: their processes start and end many worker threads, and Node 20 once aborted one
// (V8 scheduling work for a thread's isolate already gone) with the files sharing a process.
const MOCKS_MODULES = 'test/unit/electron/shell-wiring.test.ts';

export default defineConfig({
  test: {
    globalSetup: ['test/support/bundled-sources.global-setup.ts'],
    // A file per core (Vitest's default leaves one core free): much of the integration suite waits on
    // child processes, threads and files rather than computing. The e2e files still run one by one.
    maxWorkers: '100%',
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: [MOCKS_MODULES], environment: 'node', isolate: false } },
      { test: { name: 'unit-mocked', include: [MOCKS_MODULES], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          isolate: false,
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
