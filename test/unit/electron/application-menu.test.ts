import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../../src/main/electron/application-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('applicationMenuTemplate', () => {
  it('offers developer tools only while developing', () => {
    const roles = (development: boolean) =>
      flatten(applicationMenuTemplate({ platform: 'linux', development })).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('has only items that do something: a role or a click handler, never a disabled stub', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const item of flatten(applicationMenuTemplate({ platform, development: true }))) {
        expect(item.enabled).not.toBe(false);
        expect(Boolean(item.role || item.click || item.submenu || item.type === 'separator')).toBe(true);
      }
    }
  });

  it('puts quit in File except on macOS, where the app menu carries it', () => {
    const linux = flatten(applicationMenuTemplate({ platform: 'linux', development: false })).map((item) => item.role);
    const mac = applicationMenuTemplate({ platform: 'darwin', development: false });
    expect(linux).toContain('quit');
    expect(mac[0]?.role).toBe('appMenu');
  });
});
