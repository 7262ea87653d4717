/**
 * The application menu: the usual roles plus the editor's commands, each sent to the renderer as a
 * `menu.command` event (the renderer runs the same action as its toolbar and shortcuts). Undo and Redo
 * are the editor's history (the renderer keeps a focused text field's own undo). Labels come from
 * shared/i18n/menuLabels.ts in the system's language (roles are labelled by the system itself).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract.js';
import type { MenuLabels } from '../../shared/i18n/menuLabels.js';

export type { MenuCommand };

export function buildMenu(
  platform: NodeJS.Platform,
  labels: MenuLabels,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: labels.file,
      submenu: [
        { label: labels.open, accelerator: 'CmdOrCtrl+O', click: () => send('open') },
        { label: labels.save, accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        { label: labels.saveAll, accelerator: 'CmdOrCtrl+Shift+S', click: () => send('saveAll') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { label: labels.undo, accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: labels.redo, accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => send('redo') },
        { type: 'separator' },
        // Not registered as accelerators (Electron's own default for the clipboard roles since
        // electron/electron#15723, stated here so it cannot change silently): Ctrl/Cmd+C and V must reach
        // the page, which copies a text selection as usual or, on the services table, a whole service.
        { role: 'cut', registerAccelerator: false },
        { role: 'copy', registerAccelerator: false },
        { role: 'paste', registerAccelerator: false },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: labels.find, accelerator: 'CmdOrCtrl+F', click: () => send('find') },
      ],
    },
    {
      label: labels.view,
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', label: labels.help, submenu: [{ label: labels.aboutApp, click: () => send('about') }] },
  ];
}
