import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../src/main/electron/external-url';

describe('isSafeExternalUrl', () => {
  it.each(['https://tunemantra.com/help', 'http://example.org/', 'https://example.org:8443/a?b=c#d', 'HTTPS://EXAMPLE.ORG/'])(
    'opens %s in the browser',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://workstation/index.html',
    'smb://server/share',
    'ms-settings:',
    'vbscript:msgbox',
    'mailto:someone@example.org',
    'chrome://settings',
    'https://user:secret@example.org/',
    'https://user@example.org/',
    'not a url',
    '',
    '//example.org/',
    'https:',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
