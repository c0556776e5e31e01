#!/usr/bin/env node
// Runs the built CLI when the app has been built, else the TypeScript source through tsx.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const built = join(root, 'out', 'main', 'cli.js');
const args = existsSync(built)
  ? [built, ...process.argv.slice(2)]
  : ['--import', pathToFileURL(require.resolve('tsx', { paths: [root] })).href, join(root, 'src', 'main', 'cli', 'cli.ts'), ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: process.cwd() });
process.exitCode = result.status ?? 1;
