#!/usr/bin/env node
/**
 * Starts the built main process (argv[2], normally out/main/index.js) in plain Node with `electron`
 * resolved to the recording stand-in, acts as Electron would towards what it set up (a navigation, a
 * permission request, an IPC call from the page or from elsewhere, a menu click, the last window
 * closed), and prints what it saw as one JSON report after REPORT_MARKER. Run in a child process by
 * test/main/builtMain.test.ts, so the app's module state and handlers never touch the test process.
 *
 * Needs MPE_STAND_IN_DIR (app.getPath's folders) and MPE_STORE (the workspace) set to temporary folders.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPORT_MARKER = '--- built main report ---';
/** URLs a hostile page, a link or a redirect could try; only the app's own page is trusted. */
const FOREIGN_URLS = ['https://evil.example/', 'file:///etc/passwd', 'http://localhost:5173/', 'about:blank'];
const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'fullscreen',
  'openExternal',
  'midiSysex',
  'pointerLock',
  'idle-detection',
  'unknown',
];

const errors = [];
process.on('uncaughtException', (e) => errors.push(`uncaught: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => errors.push(`unhandled rejection: ${e?.stack ?? e}`));

register('./standIn/hooks.mjs', import.meta.url);
const { app, record, BrowserWindow, WebContents, createdWebContents } = await import('electron');

try {
  await import(pathToFileURL(process.argv[2]).href);
} catch (e) {
  errors.push(`import: ${e?.stack ?? e}`);
}
// main() awaits app.whenReady(), then sets everything up; it is done once the menu is in place.
for (let i = 0; i < 500 && record.applicationMenu === undefined && errors.length === 0; i++)
  await new Promise((done) => setTimeout(done, 10));

/** JSON of an options object, functions shown as "[function]" so their presence can be checked. */
const plain = (value) => JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'function' ? '[function]' : v)));

/** A written file's text: a REGEDIT5 .reg is UTF-16LE after its byte-order mark (docs/file-formats.md §4.2), else UTF-8. */
const textOf = (bytes) => (bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8'));

async function settled(promise) {
  try {
    return { value: await promise };
  } catch (e) {
    return { threw: String(e?.message ?? e) };
  }
}

/** What a web contents lets through: navigations, webviews, window.open. */
function guarded(contents, pageUrl) {
  const tryEvent = (name, ...args) => {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true) };
    for (const listener of contents.listeners(name)) listener(event, ...args);
    return { listeners: contents.listenerCount(name), prevented };
  };
  const navigation = {};
  for (const url of [pageUrl, `${pageUrl}#/profiles`, `${pageUrl}.evil`, ...FOREIGN_URLS]) navigation[url] = tryEvent('will-navigate', url);
  return {
    navigation,
    webview: tryEvent('will-attach-webview', {}, { src: 'https://evil.example/' }),
    windowOpen: contents.windowOpenHandler
      ? plain(contents.windowOpenHandler({ url: 'https://evil.example/', frameName: '', features: '', disposition: 'new-window' }))
      : null,
  };
}

const report = {
  errors,
  handled: [...record.handled.keys()],
  listened: [...record.listened.keys()],
  appEvents: app.eventNames().map(String),
};
const win = record.windows[0];
if (win && errors.length === 0) {
  const pageUrl = win.loaded?.file ? pathToFileURL(win.loaded.file).href : (win.loaded?.url ?? '');
  report.pageUrl = pageUrl;
  report.windows = record.windows.map((w) => ({ options: plain(w.options), loaded: w.loaded, shownBeforeReady: w.shown }));
  win.emit('ready-to-show');
  report.shownWhenReady = win.shown;

  report.guards = { window: guarded(win.webContents, pageUrl), later: guarded(createdWebContents(new WebContents()), pageUrl) };

  report.permissions = {};
  for (const permission of PERMISSIONS) {
    let granted = 'no answer';
    record.permissionRequestHandler?.(win.webContents, permission, (answer) => (granted = answer), {
      requestingUrl: pageUrl,
      isMainFrame: true,
    });
    const checked = record.permissionCheckHandler?.(win.webContents, permission, new URL(pageUrl).origin, {
      requestingUrl: pageUrl,
      isMainFrame: true,
    });
    report.permissions[permission] = { request: granted, check: checked ?? 'no answer' };
  }

  report.headers = record.headersReceived.map(({ filter, listener }) => {
    let answer = 'no answer';
    listener(
      {
        url: pageUrl,
        resourceType: 'mainFrame',
        responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ['default-src *'] },
      },
      (a) => (answer = a),
    );
    return { filter: filter ?? null, answer };
  });

  const call = (channel, senderFrame, request = {}) => record.handled.get(channel)?.({ senderFrame, sender: win.webContents }, request);
  report.ipc = {
    fromPage: await settled(call('app.info', { url: pageUrl })),
    listFromPage: await settled(call('profiles.list', { url: `${pageUrl}#/profiles` })),
    fromForeignFrame: await settled(call('app.info', { url: 'https://evil.example/' })),
    fromLookAlike: await settled(call('app.info', { url: `${pageUrl}.evil` })),
    withoutFrame: await settled(call('app.info', null)),
    badRequest: await settled(call('app.info', { url: pageUrl }, { extra: 1 })),
    // The native Open dialog, cancelled by the stand-in: parented to the window, nothing picked.
    pick: await settled(call('files.pick', { url: pageUrl })),
  };
  report.dialogs = record.dialogs.map(([parent, options]) => ({ parentIsWindow: parent === win, options: plain(options) }));
  // An export saved through the native Save dialog (the stand-in accepts the proposed path): main writes it.
  mkdirSync(app.getPath('downloads'), { recursive: true });
  const created = await call('profiles.create', { url: pageUrl }, { name: 'Saved' });
  const begun = created?.ok ? await call('exports.begin', { url: pageUrl }, { ids: [created.value.id], format: 'reg' }) : created;
  report.saveAs = {
    begun: plain(begun),
    answer: begun?.ok ? await settled(call('exports.saveAs', { url: pageUrl }, { exportId: begun.value.exportId })) : null,
    dialogs: record.saveDialogs.map(([parent, options]) => ({ parentIsWindow: parent === win, options: plain(options) })),
    downloadsDir: app.getPath('downloads'),
    written: readdirSync(app.getPath('downloads')).map((name) => ({
      name,
      text: textOf(readFileSync(join(app.getPath('downloads'), name))),
    })),
  };
  // Any synchronous ipcMain.on channel (builtMain.test.ts expects none): what it answers.
  report.listenedAnswers = {};
  for (const [channel, listeners] of record.listened) {
    const event = { returnValue: undefined, senderFrame: { url: 'https://evil.example/' } };
    for (const listener of listeners) listener(event);
    report.listenedAnswers[channel] = plain(event.returnValue);
  }

  report.menu = {
    built: record.builtMenus.length,
    applied: record.applicationMenu !== undefined && record.builtMenus.includes(record.applicationMenu),
    template: plain(record.applicationMenu?.template ?? []),
  };
  const clickAll = (items) => {
    for (const item of items ?? []) {
      if (typeof item.click === 'function') item.click(item, win, {});
      if (Array.isArray(item.submenu)) clickAll(item.submenu);
    }
  };
  clickAll(record.applicationMenu?.template);
  report.menu.sent = win.webContents.sent;

  report.shell = record.shell;

  // The user moves the window: main keeps its bounds in the window-state file, beside the page's values.
  win.setBounds({ x: 40, y: 30, width: 1000, height: 700 });
  win.emit('move');
  win.emit('resize');
  report.uiStateAfterMove = JSON.parse(readFileSync(join(process.env.MPE_STORE, 'ui-state.json'), 'utf8'));

  // macOS re-creates the window on activate when none is left; with one open, nothing happens.
  app.emit('activate');
  report.windowsAfterActivate = record.windows.length;
  BrowserWindow.all.length = 0;
  app.emit('activate');
  report.windowsAfterActivateWithNone = record.windows.length;
  report.reopened =
    record.windows.length > 1
      ? { options: plain(record.windows.at(-1).options), guards: guarded(record.windows.at(-1).webContents, pageUrl) }
      : null;
  app.emit('window-all-closed');
  report.quitAfterLastWindow = record.quit;
  report.handledAfterReopen = record.handled.size;
}

process.stdout.write(`\n${REPORT_MARKER}\n${JSON.stringify(report)}\n`);
process.exit(0);
