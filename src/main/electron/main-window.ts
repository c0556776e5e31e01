import { BrowserWindow } from 'electron';
import { PRODUCT_NAME } from '../core/data-location';
import { logger } from '../diagnostics/logger';
import { secureWebPreferences } from './window-options';

/** The one workstation window; shown once its first paint is ready so it never flashes white. */
export function createMainWindow(options: { preloadPath: string; startUrl: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: PRODUCT_NAME,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.startUrl).catch((error: unknown) => logger.error(`could not load ${options.startUrl}`, error));
  return window;
}
