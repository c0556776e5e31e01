/**
 * The renderer gets no Node, no Electron internals and no way to loosen the page's security: it
 * reaches the core only through the contract the preload exposes. Kept free of the electron
 * import so the values are asserted by a plain-Node unit test.
 */
export interface SecureWebPreferences {
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
  preload: string;
}

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    preload: preloadPath,
  };
}

/** A window that only shows a notice: the same locks, no preload, and no script at all. */
export function noticeWebPreferences(): Omit<SecureWebPreferences, 'preload'> & { javascript: false } {
  const { preload: _none, ...locked } = secureWebPreferences('');
  return { ...locked, javascript: false };
}
