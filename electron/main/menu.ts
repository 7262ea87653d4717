/**
 * The application menu: the usual roles plus the editor's commands, each sent to the renderer as a
 * `menu.command` event (the renderer runs the same action as its toolbar and shortcuts). Undo and Redo
 * are the editor's history (the renderer keeps a focused text field's own undo).
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
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: 'Redo', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => send('redo') },
        { type: 'separator' },
        // Not registered as accelerators (Electron's own default for the clipboard roles since
        // electron/electron#15723, stated here so it cannot change silently): Ctrl/Cmd+C and V must reach
        // the page, which copies a text selection as usual or, on the services table, a whole service.
        { role: 'cut', registerAccelerator: false },
        { role: 'copy', registerAccelerator: false },
        { role: 'paste', registerAccelerator: false },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => send('find') },
      ],
    },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About MAPI Profile Editor', click: () => send('about') }] },
  ];
}
