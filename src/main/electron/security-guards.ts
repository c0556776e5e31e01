import { shell, type Session, type WebContents } from 'electron';
import { logger } from '../diagnostics/logger';
import { isTrustedUrl } from './app-origin';
import { isSafeExternalUrl } from './external-url';

/** The workstation needs no camera, location, notifications-by-page or any other web permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Applied to every web contents the app ever creates, so a page that escapes the renderer's own
 * rules still cannot open windows, embed webviews or navigate away from the app's origin.
 */
export function guardWebContents(contents: WebContents, origin: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isTrustedUrl(event.url, origin)) return;
    event.preventDefault();
    openInBrowser(event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openInBrowser(url: string): void {
  if (!isSafeExternalUrl(url)) {
    logger.warn(`refused to open ${JSON.stringify(url.slice(0, 200))} outside the app`);
    return;
  }
  shell.openExternal(url).catch((error: unknown) => logger.warn('could not open a link in the browser', error));
}
