/**
 * The sandboxed preload: exposes `window.api` with exactly one function per contract channel, plus the
 * menu-command event, and nothing else (no ipcRenderer, no generic invoke).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, MENU_COMMANDS, type MenuCommand } from '../../shared/contract.js';

const api: Record<string, unknown> = {};
for (const channel of CHANNEL_NAMES) {
  api[channel] = (request: unknown) => ipcRenderer.invoke(channel, request);
}
api.onMenuCommand = (listener: (command: MenuCommand) => void) => {
  const wrapped = (_event: unknown, command: unknown) => {
    if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
  };
  ipcRenderer.on('menu.command', wrapped);
  return () => ipcRenderer.removeListener('menu.command', wrapped);
};

contextBridge.exposeInMainWorld('api', api);
