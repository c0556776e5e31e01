import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { join, resolve } from 'node:path';
import { EVENT_CHANNEL } from '../../shared/contract/channel-names';
import { DATABASE_FILE_NAME, PRODUCT_NAME, resolveDataLocation } from '../core/data-location';
import { createHandlers } from '../core/handler-map';
import { openWorkstationCore } from '../core/open-workstation-core';
import type { WorkstationCore } from '../core/workstation-core';
import { logger } from '../diagnostics/logger';
import { APP_ENTRY_URL, trustedOrigin } from './app-origin';
import { applicationMenuTemplate } from './application-menu';
import { databaseFileArgument } from './command-line';
import { registerChannels } from './ipc-channels';
import { logToDataFolder } from './log-file';
import { createMainWindow } from './main-window';
import { createOrderlyShutdown } from './orderly-shutdown';
import { registerAppScheme, serveRenderer } from './renderer-protocol';
import { chooseFolderWithDialog, chooseStatementsWithDialog } from './open-statements-dialog';
import { saveExportWithDialog } from './save-export-dialog';
import { showStoreUpdateWindow } from './store-update-window';
import { denyAllPermissions, guardWebContents } from './security-guards';

/**
 * The thin desktop shell: it opens the plain-Node core, relays the contract over IPC, and owns
 * what only Electron can do (window, menu, dialogs). Everything else lives in the core.
 */

// out/main/index.js → out/. Two levels up is the folder holding package.json and native/, both
// in a checkout and inside the packaged app.asar, however Electron was started.
const buildDir = resolve(import.meta.dirname, '..');
const appRoot = resolve(buildDir, '..');
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const origin = trustedOrigin(devServerUrl);

let corePromise: Promise<WorkstationCore> | null = null;
let mainWindow: BrowserWindow | null = null;
let channelsReady = false;

app.enableSandbox();
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  installLifecycle();
} else {
  // Another instance is running: it gets 'second-instance' and comes to the front; this one leaves.
  app.quit();
}

function installLifecycle(): void {
  const shutdown = createOrderlyShutdown({
    closeCore: closeCoreIfOpen,
    quit: () => app.quit(),
    onCloseError: (error) => logger.error('closing the workstation core failed', error),
  });
  app.on('before-quit', (event) => shutdown(() => event.preventDefault()));
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origin));
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS keeps the app alive without windows; clicking the dock icon brings one back.
    if (channelsReady && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.whenReady().then(launch).catch(failToStart);
}

async function launch(): Promise<void> {
  const location = resolveDataLocation(
    databaseFileArgument(process.argv) ?? process.env.TUNEMANTRA_DB ?? join(app.getPath('userData'), DATABASE_FILE_NAME),
  );
  logToDataFolder(location.dataDir);
  // The store looks under native/ for the better-sqlite3 build that matches Electron's ABI.
  process.env.TUNEMANTRA_APP_ROOT = appRoot;

  denyAllPermissions(session.defaultSession);
  serveRenderer(join(buildDir, 'renderer'));
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ platform: process.platform, development: !app.isPackaged })));
  app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: app.getVersion() });

  const notice: { window?: BrowserWindow } = {};
  corePromise = openWorkstationCore({
    location,
    onStoreUpdate: (update) => {
      logger.info(`migrating ${location.databaseFile} from schema ${update.fromVersion} to ${update.toVersion} (${update.lines} lines)`);
      notice.window = showStoreUpdateWindow(update);
    },
  });
  const core = await corePromise;
  logger.info(`workstation opened ${location.databaseFile}`);
  const hooks = {
    shell: 'electron' as const,
    saveExport: saveExportWithDialog(() => mainWindow),
    chooseStatementPaths: chooseStatementsWithDialog(() => mainWindow),
    chooseFolder: chooseFolderWithDialog(() => mainWindow),
  };
  registerChannels(createHandlers(core, hooks), origin);
  core.onEvent((event) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event);
  });
  channelsReady = true;
  openMainWindow();
  // After the main window exists: closing the last window would end the app.
  notice.window?.destroy();
}

async function closeCoreIfOpen(): Promise<void> {
  const core = await corePromise?.catch(() => null);
  await core?.close();
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: join(buildDir, 'preload', 'index.cjs'),
    startUrl: devServerUrl ?? APP_ENTRY_URL,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function failToStart(error: unknown): Promise<void> {
  logger.error('the workstation could not start', error);
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(`${PRODUCT_NAME} could not start`, reason);
  // app.quit() would report success; close whatever did open, then exit with a failure code.
  await closeCoreIfOpen().catch((closeError: unknown) => logger.error('closing the workstation core failed', closeError));
  app.exit(1);
}
