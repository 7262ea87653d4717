/**
 * The application menu: the usual roles plus the editor's commands, each sent to the renderer as a
 * `menu.command` event (the renderer runs the same action as its toolbar and shortcuts).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract.js';

export type { MenuCommand };

export function buildMenu(platform: NodeJS.Platform, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About MAPI Profile Editor', click: () => send('about') }] },
  ];
}
