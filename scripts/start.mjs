// `npm start`: the desktop app. Builds it, makes sure better-sqlite3 exists for Electron's ABI, then
// runs Electron on the build, forwarding arguments (`npm start -- --db ./label.sqlite`). Without the
// Electron binary it says how to get it and serves the same UI in a browser instead (`npm run web`).
// Exit code: Electron's own; the build's or 1 when preparing fails; the web server's after falling back.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqlite } from './electron-sqlite.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forwardedArgs = process.argv.slice(2);

/** The executable's path, or null: the electron package throws on require when its download never happened. */
function electronExecutable() {
  try {
    const executable = createRequire(import.meta.url)('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/** Runs a child to completion with signals passed on, then exits with its code. */
function runToExit(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * package.json's allowScripts keeps `npm install` from running Electron's download, so installs
 * succeed offline and the tests never need it; the first `npm start` fetches the binary instead.
 */
function downloadElectron() {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return;
  console.log('Downloading the Electron binary (first start only)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const run = spawnSync(process.execPath, [installer], { cwd: dirname(installer), env, encoding: 'utf8' });
  if (run.status !== 0) {
    const reason = `${run.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '') ?? `exit code ${run.status}`;
    console.error(`The download failed: ${reason.trim()}`);
  }
}

let electron = electronExecutable();
if (!electron) {
  downloadElectron();
  electron = electronExecutable();
}
if (!electron) {
  console.error(
    [
      '',
      'The Electron binary could not be downloaded, so the desktop app cannot start on this machine',
      '(no access to Electron\'s release host). On a machine with network access, `npm start` fetches it',
      'on first run (or run `node node_modules/electron/install.js`). Meanwhile the same workstation',
      'opens in your browser: starting `npm run web`.',
      '',
    ].join('\n'),
  );
  // web.mjs builds the app itself, so there is nothing to prepare here.
  runToExit(process.execPath, [join(root, 'scripts', 'web.mjs'), ...forwardedArgs]);
} else {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
  try {
    ensureElectronSqlite();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const env = { ...process.env };
  // Set by some tools, it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  // `.` rather than out/main/index.js: Electron then reads package.json, so the app gets its product
  // name and with it the same user data folder as the packaged app. package.json's main is the build.
  runToExit(electron, ['.', ...forwardedArgs], env);
}
