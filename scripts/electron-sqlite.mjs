// better-sqlite3 is a native module, compiled for one ABI at a time. node_modules/better-sqlite3/build
// serves plain Node (tests, the CLI, `npm run web`); this builds a second copy for Electron's ABI into
// native/electron-<version>/, where the store looks for it inside Electron, so `npm test` and
// `npm start` keep working in either order. Run directly (`node scripts/electron-sqlite.mjs`) or
// imported by start.mjs. Exit code 1 when the build fails.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function installedElectronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

export function electronSqlitePath(electronVersion) {
  return join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** The project's node-gyp, else the one npm passes to scripts, else the copy bundled with npm. */
function findNodeGyp() {
  const candidates = [];
  try {
    candidates.push(createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // Not installed at the top level; fall through to npm's copies.
  }
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  candidates.push(join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * npm hands its config to scripts as npm_config_* variables; a `nodedir` there (set on machines that
 * build against the system's Node headers) would make node-gyp compile for Node instead of Electron.
 */
function environmentForElectronBuild() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(key)) delete env[key];
  }
  return env;
}

/** Returns the path of the Electron build, compiling it first when it is missing. */
export function ensureElectronSqlite(electronVersion = installedElectronVersion()) {
  const target = electronSqlitePath(electronVersion);
  if (existsSync(target)) return target;

  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new Error('node-gyp was not found; install it with `npm install --save-dev node-gyp`.');

  const source = join(root, 'node_modules', 'better-sqlite3');
  const workDir = mkdtempSync(join(tmpdir(), 'tunemantra-sqlite-electron-'));
  try {
    const copy = join(workDir, 'better-sqlite3');
    // Leave Node's build/ behind so nothing of it can end up in, or be overwritten by, this build.
    cpSync(source, copy, { recursive: true, filter: (path) => path !== join(source, 'build') });
    console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; it is kept in native/)…`);
    const build = spawnSync(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: copy, env: environmentForElectronBuild(), stdio: 'inherit' },
    );
    if (build.status !== 0) {
      throw new Error(
        `Building better-sqlite3 for Electron ${electronVersion} failed (node-gyp exit code ${build.status}). ` +
          'It needs a C++ toolchain and network access to https://electronjs.org/headers for Electron\'s headers.',
      );
    }
    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename, so an interrupted copy never leaves a file the "already built" check trusts.
    copyFileSync(join(copy, 'build', 'Release', 'better_sqlite3.node'), `${target}.partial`);
    renameSync(`${target}.partial`, target);
    return target;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`better-sqlite3 for Electron: ${ensureElectronSqlite()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
