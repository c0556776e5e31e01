import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFile } from '../../../src/main/electron/renderer-files';

const root = resolve('/srv/app/out/renderer');

describe('resolveRendererFile', () => {
  it('serves index.html for the bare origin', () => {
    expect(resolveRendererFile(root, 'app://workstation/')).toBe(join(root, 'index.html'));
  });

  it('maps asset paths inside the renderer folder', () => {
    expect(resolveRendererFile(root, 'app://workstation/index.html')).toBe(join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://workstation/assets/index-BHsF.js')).toBe(join(root, 'assets', 'index-BHsF.js'));
  });

  it('ignores query strings and fragments, even ones that look like traversal', () => {
    expect(resolveRendererFile(root, 'app://workstation/assets/a.css?v=../../x#..')).toBe(join(root, 'assets', 'a.css'));
  });

  it('decodes ordinary percent-escapes in file names', () => {
    expect(resolveRendererFile(root, 'app://workstation/fonts/Noto%20Sans.woff2')).toBe(join(root, 'fonts', 'Noto Sans.woff2'));
  });

  it('accepts the host in any case, as browsers do', () => {
    expect(resolveRendererFile(root, 'app://WorkStation/index.html')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['dot-dot segments', 'app://workstation/../../etc/passwd'],
    ['dot-dot inside the path', 'app://workstation/assets/../../../etc/passwd'],
    ['a trailing dot-dot', 'app://workstation/assets/..'],
    ['a single-dot segment', 'app://workstation/./index.html'],
    ['encoded dots', 'app://workstation/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://workstation/%2E%2E/etc/passwd'],
    ['half-encoded dots', 'app://workstation/.%2e/etc/passwd'],
    ['double-encoded dots', 'app://workstation/%252e%252e/etc/passwd'],
    ['an encoded slash', 'app://workstation/assets%2f..%2f..%2fetc/passwd'],
    ['a backslash', 'app://workstation/..\\..\\etc\\passwd'],
    ['an encoded backslash', 'app://workstation/..%5c..%5cetc%5cpasswd'],
    ['a lone backslash in a name', 'app://workstation/assets\\index.js'],
    ['a NUL byte', 'app://workstation/index.html%00.png'],
    ['an absolute path after the host', 'app://workstation//etc/passwd'],
    ['a Windows drive', 'app://workstation/C:/Windows/win.ini'],
    ['an encoded drive colon', 'app://workstation/C%3A/Windows/win.ini'],
    ['an empty segment', 'app://workstation/assets//index.js'],
    ['a directory path', 'app://workstation/assets/'],
    ['malformed escapes', 'app://workstation/%E0%A4%A.js'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://workstation.evil/index.html'],
    ['credentials that hide another host', 'app://workstation@evil/index.html'],
    ['a port', 'app://workstation:8080/index.html'],
    ['another scheme', 'file:///srv/app/out/renderer/index.html'],
    ['http', 'http://workstation/index.html'],
    ['no path at all', 'app://workstation'],
    ['not a URL', 'index.html'],
    ['an empty string', ''],
  ])('refuses %s', (_reason, url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f', '..%5c', '..\\', '%252e%252e', '%c0%ae%c0%ae', '%u002e%u002e'];
    for (const first of attempts) {
      for (const second of attempts) {
        const file = resolveRendererFile(root, `app://workstation/${first}/${second}/etc/passwd`);
        if (file !== null) expect(file.startsWith(root + '/')).toBe(true);
      }
    }
  });
});
