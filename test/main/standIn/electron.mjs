/**
 * A stand-in for the main process's `electron` module, so that the built app (out/main/index.js) can be
 * started in plain Node: Electron's binary cannot run on the test machines. It offers only what the app
 * uses, behaving as Electron documents it, and records every call in `record`. A call
 * to anything it does not offer is a TypeError, so a new Electron API used by the app fails the test
 * until the stand-in learns it (and the test checks how it is used).
 *
 * Loaded through ./hooks.mjs, which resolves the specifier `electron` to this file for every importer
 * (the app and its dependencies alike); the runner imports `record` the same way, so all share one copy.
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

/** Everything the app asked of Electron, in order where order matters. */
export const record = {
  /** ipcMain.handle: channel → listener (Electron refuses a second handler for a channel; so do we). */
  handled: new Map(),
  /** ipcMain.on: channel → listeners. */
  listened: new Map(),
  windows: [],
  webContents: [],
  permissionRequestHandler: undefined,
  permissionCheckHandler: undefined,
  headersReceived: [],
  builtMenus: [],
  applicationMenu: undefined,
  dialogs: [],
  /** dialog.showSaveDialog calls: [parent?, options]. */
  saveDialogs: [],
  /** shell calls (openExternal, openPath, …): the app makes none. */
  shell: [],
  quit: 0,
};

/** app.getPath's folders all live under MPE_STAND_IN_DIR, a temporary folder made by the runner. */
const pathRoot = process.env.MPE_STAND_IN_DIR;

class App extends EventEmitter {
  whenReady() {
    // Electron resolves it after the 'ready' event, never synchronously.
    return new Promise((done) => setImmediate(done));
  }
  isReady() {
    return true;
  }
  getLocale() {
    return 'en-US';
  }
  getName() {
    return 'MAPI Profile Editor';
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  getPath(name) {
    if (!pathRoot) throw new Error('MPE_STAND_IN_DIR is not set');
    if (!['home', 'appData', 'userData', 'temp', 'documents', 'downloads', 'desktop', 'logs'].includes(name))
      throw new Error(`Failed to get '${name}' path`);
    return join(pathRoot, name);
  }
  quit() {
    record.quit++;
  }
}
export const app = new App();

export const ipcMain = {
  handle(channel, listener) {
    if (record.handled.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.handled.set(channel, listener);
  },
  on(channel, listener) {
    record.listened.set(channel, [...(record.listened.get(channel) ?? []), listener]);
    return ipcMain;
  },
};

export class WebContents extends EventEmitter {
  windowOpenHandler = undefined;
  sent = [];
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }
}

let bounds = { x: 0, y: 0, width: 1200, height: 800 };

export class BrowserWindow extends EventEmitter {
  static all = [];
  static getAllWindows() {
    return [...BrowserWindow.all];
  }
  constructor(options = {}) {
    super();
    this.options = options;
    this.loaded = undefined;
    this.shown = false;
    this.webContents = new WebContents();
    record.windows.push(this);
    BrowserWindow.all.push(this);
    // Electron announces every new web contents, a window's included, before the constructor returns.
    createdWebContents(this.webContents);
  }
  loadFile(file) {
    this.loaded = { file };
    return Promise.resolve();
  }
  loadURL(url) {
    this.loaded = { url };
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  maximize() {}
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  getBounds() {
    return { ...bounds };
  }
  setBounds(b) {
    bounds = { ...bounds, ...b };
  }
}

/** A web contents as Electron makes one (a window's, or a webview's or popup's later): app is told. */
export function createdWebContents(contents) {
  record.webContents.push(contents);
  app.emit('web-contents-created', { preventDefault() {} }, contents);
  return contents;
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      record.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      record.permissionCheckHandler = handler;
    },
    webRequest: {
      // onHeadersReceived([filter,] listener)
      onHeadersReceived(...args) {
        record.headersReceived.push({ filter: args.length > 1 ? args[0] : undefined, listener: args.at(-1) });
      },
    },
  },
};

export const Menu = {
  buildFromTemplate(template) {
    const menu = { template };
    record.builtMenus.push(menu);
    return menu;
  },
  setApplicationMenu(menu) {
    record.applicationMenu = menu;
  },
};

export const dialog = {
  async showOpenDialog(...args) {
    record.dialogs.push(args);
    return { canceled: true, filePaths: [] };
  },
  /** The user accepts the proposed path ({ canceled, filePath }, as Electron answers). */
  async showSaveDialog(...args) {
    record.saveDialogs.push(args);
    const options = args.at(-1);
    return { canceled: false, filePath: options.defaultPath };
  },
};

const refused =
  (name) =>
  async (...args) => {
    record.shell.push([name, ...args]);
    return 'refused by the stand-in';
  };
export const shell = {
  openExternal: refused('openExternal'),
  openPath: refused('openPath'),
  showItemInFolder: refused('showItemInFolder'),
};

export default { app, ipcMain, BrowserWindow, session, Menu, dialog, shell };
