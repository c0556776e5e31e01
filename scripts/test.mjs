// `npm test`: every check the project has — typechecks (Node and web code) and lint side by side,
// then the build the end-to-end tests drive, then the unit and integration suites with the
// end-to-end suite beside them — and one closing line "N passed, N failed[, N skipped]" counting
// each check and each test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

// Each is one single-threaded process: they run side by side, as many at a time as there are cores,
// each one's output printed whole when it ends. The build comes after them, on its own.
const checks = [
  ['typecheck (main, preload, shared, tests)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (renderer, shared)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.web.json', '--noEmit']],
  ['typecheck (contract tests spanning both sides)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.contract.json', '--noEmit']],
  ['lint', [bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.']],
];
const build = ['build', [bin('electron-vite', 'bin/electron-vite.js'), 'build']];

let passed = 0;
let failed = 0;
let skipped = 0;

function counted(name, status) {
  if (status === 0) passed++;
  else {
    failed++;
    process.stdout.write(`✗ ${name} failed\n`);
  }
}

function runBuffered([name, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (status) => {
      process.stdout.write(`\n▶ ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
      process.stdout.write(Buffer.concat(output));
      counted(name, status);
      resolve();
    });
  });
}

const waiting = [...checks];
await Promise.all(
  Array.from({ length: Math.min(availableParallelism(), waiting.length) }, async () => {
    while (waiting.length > 0) await runBuffered(waiting.shift());
  }),
);
process.stdout.write(`\n▶ ${build[0]}\n`);
counted(build[0], spawnSync(process.execPath, build[1], { cwd: root, stdio: 'inherit' }).status);

// The end-to-end files run one at a time, in a Vitest of their own beside the unit and integration
// files: most of their time is spent waiting on the browser, which the other files fill. Their
// report is printed once both runs have ended, so the two do not interleave.
const suites = [
  { name: 'unit and integration tests', projects: ['unit', 'unit-mocked', 'integration'], report: 'vitest-unit-integration.json', live: true },
  { name: 'end-to-end tests', projects: ['e2e'], report: 'vitest-e2e.json', live: false },
];

function runSuite({ name, projects, report, live }) {
  const args = [
    bin('vitest', 'vitest.mjs'), 'run', ...projects.flatMap((project) => ['--project', project]), '--passWithNoTests',
    '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, report)}`, ...process.argv.slice(2),
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => resolve({ name, report, status, output: Buffer.concat(output) }));
  });
}

process.stdout.write('\n▶ tests (unit and integration; end-to-end beside them, reported after)\n');
for (const suite of await Promise.all(suites.map(runSuite))) {
  if (suite.output.length > 0) process.stdout.write(Buffer.concat([Buffer.from(`\n▶ ${suite.name}\n`), suite.output]));
  const report = join(results, suite.report);
  const before = failed;
  if (existsSync(report)) {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    skipped += summary.numPendingTests + summary.numTodoTests;
    // A suite that failed to load counts as a failure even though none of its tests ran.
    failed += summary.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  } else {
    failed++;
  }
  if (suite.status !== 0 && failed === before) failed++;
}

const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
writeFileSync(join(results, 'summary.txt'), `${line}\n`);
process.stdout.write(`\n${line}\n`);
process.exit(failed ? 1 : 0);
