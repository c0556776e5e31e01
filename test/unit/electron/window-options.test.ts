import { describe, expect, it } from 'vitest';
import { noticeWebPreferences, secureWebPreferences } from '../../../src/main/electron/window-options';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer and points at the given preload', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('sets nothing beyond the reviewed list', () => {
    // A new key (say, experimentalFeatures) must be a deliberate change to this test.
    expect(Object.keys(secureWebPreferences('p')).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'nodeIntegration',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('noticeWebPreferences', () => {
  it('keeps every lock of the workstation window, runs no script and loads no preload', () => {
    const { preload: _preload, ...locks } = secureWebPreferences('p');
    expect(noticeWebPreferences()).toEqual({ ...locks, javascript: false });
  });
});
