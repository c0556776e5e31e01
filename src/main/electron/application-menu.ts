import type { MenuItemConstructorOptions } from 'electron';

/**
 * A small menu where every item works: the workstation's own commands live in the window, so the
 * menu carries only what the platform expects (reload, quit, editing, zoom, about) and, while
 * developing, the developer tools.
 */
export function applicationMenuTemplate(options: {
  platform: NodeJS.Platform;
  development: boolean;
}): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = options.development ? [{ role: 'toggleDevTools' }] : [];
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [{ role: 'reload' }, ...developerItems, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
    },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
  // macOS keeps About and Quit in the menu named after the app.
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}
