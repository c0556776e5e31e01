import { BrowserWindow } from 'electron';
import { PRODUCT_NAME } from '../core/data-location';
import type { StoreUpdate } from '../store/store-update';
import { logger } from '../diagnostics/logger';
import { storeUpdatePage } from './store-update-page';
import { noticeWebPreferences } from './window-options';

/** Said while a store from an earlier version is migrated, so a long first start does not look like a hang. */
export function showStoreUpdateWindow(update: StoreUpdate): BrowserWindow {
  const window = new BrowserWindow({
    width: 480,
    height: 200,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    title: PRODUCT_NAME,
    webPreferences: noticeWebPreferences(),
  });
  window.setMenuBarVisibility(false);
  const url = `data:text/html;charset=utf-8,${encodeURIComponent(storeUpdatePage(update, PRODUCT_NAME))}`;
  window.loadURL(url).catch((error: unknown) => logger.error('could not show the store update notice', error));
  return window;
}
