import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedUrl, originOf, trustedOrigin } from '../../../src/main/electron/app-origin';

describe('trusted origin', () => {
  it('is the app scheme in a built app and the dev server while developing', () => {
    expect(trustedOrigin(undefined)).toBe('app://workstation');
    expect(trustedOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(trustedOrigin('not a url')).toBe(APP_ORIGIN);
  });

  it('accepts pages of that origin only', () => {
    expect(isTrustedUrl('app://workstation/index.html', APP_ORIGIN)).toBe(true);
    expect(isTrustedUrl('app://workstation/', APP_ORIGIN)).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'app://workstation.evil/',
      'https://workstation/',
      'file:///index.html',
      'about:blank',
      'data:text/html,hi',
      '',
      undefined,
    ]) {
      expect(isTrustedUrl(url, APP_ORIGIN)).toBe(false);
    }
  });

  it('tells dev-server ports apart', () => {
    const origin = trustedOrigin('http://localhost:5173');
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx', origin)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', origin)).toBe(false);
  });

  it('compares hosts without regard to case', () => {
    expect(originOf('app://WorkStation/x')).toBe('app://workstation');
  });
});
