/**
 * The Electron entry: the only file that imports 'electron'. It creates the one window with every
 * hardening switch on, builds the menu, and wires the contract's handlers to ipcMain. Everything the
 * app does lives in electron/core behind those handlers.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type WebContents } from 'electron';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';
import { registerIpcHandlers } from '../ipc/electronAdapter.js';
import { trustedUrlMatcher } from '../ipc/trustedUrl.js';
import { createHandlers } from '../ipc/handlers/index.js';
import { openContext } from '../ipc/handlers/context.js';
import { resolveStoreDir } from '../core/storeLocation.js';
import { createLiveRegistry } from './liveRegistry.js';
import { buildMenu, type MenuCommand } from './menu.js';
import { MENU_LABELS, menuLocale } from '../../shared/i18n/menuLabels.js';
import { rememberBounds, savedBounds, type PlacementStore } from './windowState.js';

const rendererUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const isTrustedUrl = trustedUrlMatcher(rendererUrl ?? pathToFileURL(rendererFile).href);

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function createWindow(settings: PlacementStore): BrowserWindow {
  const win = new BrowserWindow({
    ...savedBounds(settings),
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'MAPI Profile Editor',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click (auxclick) can open links in new windows; setWindowOpenHandler denies them anyway.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  rememberBounds(win, settings);
  // The window's beforeunload cancels a close while files have unsaved changes (renderer/composables/
  // useSave.ts); Electron then asks nothing by itself, so main asks, in the system's language.
  win.webContents.on('will-prevent-unload', (event) => {
    const labels = MENU_LABELS[menuLocale(app.getLocale())];
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: [labels.closeAnyway, labels.keepOpen],
      defaultId: 1,
      cancelId: 1,
      message: labels.unsavedQuestion,
      detail: labels.unsavedDetail,
    });
    if (choice === 0) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  if (rendererUrl) void win.loadURL(rendererUrl);
  else void win.loadFile(rendererFile);
  return win;
}

/**
 * The native Open dialog: the paths come from the user's choice in main, never from the window, so
 * they can be remembered as recent files (contract.ts: no channel takes a path from the renderer).
 */
async function pickProfileFiles(parent: BrowserWindow | undefined): Promise<string[]> {
  // The dialog is the system's, in the system's language; only the filter names are ours.
  const labels = MENU_LABELS[menuLocale(app.getLocale())];
  const options: Electron.OpenDialogOptions = {
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: labels.profileFiles, extensions: ['reg', 'dat', 'prf', 'hiv'] },
      { name: labels.allFiles, extensions: ['*'] },
    ],
  };
  const picked = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return picked.canceled ? [] : picked.filePaths;
}

/**
 * The native Save dialog for a file the window exported (exports.saveAs): proposed under its own name in
 * the Downloads folder, where the browser's download would have gone; main then writes it itself.
 */
async function chooseSavePath(parent: BrowserWindow | undefined, fileName: string): Promise<string | undefined> {
  const labels = MENU_LABELS[menuLocale(app.getLocale())];
  const ext = extname(fileName).slice(1);
  const options: Electron.SaveDialogOptions = {
    defaultPath: join(app.getPath('downloads'), fileName),
    filters: [
      ...(ext ? [{ name: labels.fileOfType.replace('{ext}', ext), extensions: [ext] }] : []),
      { name: labels.allFiles, extensions: ['*'] },
    ],
  };
  const chosen = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return chosen.canceled || !chosen.filePath ? undefined : chosen.filePath;
}

async function main(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));

  let win: BrowserWindow | undefined;
  const context = openContext({
    shell: 'electron',
    storeDir: resolveStoreDir(undefined),
    live: createLiveRegistry(),
    pickFiles: () => pickProfileFiles(win),
    saveFileAs: (fileName) => chooseSavePath(win, fileName),
  });
  // The window's bounds go in the window-state file the renderer's values live in (no separate store).
  const settings = context.uiState;
  registerIpcHandlers(ipcMain, createHandlers(context), isTrustedUrl);

  win = createWindow(settings);
  const send = (command: MenuCommand) => win?.webContents.send('menu.command', command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenu(process.platform, MENU_LABELS[menuLocale(app.getLocale())], send)));

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow(settings);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

void main();
