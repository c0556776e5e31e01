import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const PRODUCT_NAME = 'TuneMantra Analytics Workstation';
export const DATABASE_FILE_NAME = 'workstation.sqlite';

export interface DataLocation {
  dataDir: string;
  databaseFile: string;
  archiveDir: string;
}

/**
 * The OS-standard user data folder, the same one Electron's app.getPath('userData') gives for this
 * product name, so the desktop app, the CLI and the browser bridge all open the same store.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** `--db FILE` wins, then TUNEMANTRA_DB, then the default folder. */
export function resolveDataLocation(databaseFileOption?: string, env: NodeJS.ProcessEnv = process.env): DataLocation {
  const chosen = databaseFileOption ?? env.TUNEMANTRA_DB;
  const databaseFile = chosen ? resolve(chosen) : join(defaultDataDir(env), DATABASE_FILE_NAME);
  const dataDir = dirname(databaseFile);
  return { dataDir, databaseFile, archiveDir: join(dataDir, 'statements') };
}
