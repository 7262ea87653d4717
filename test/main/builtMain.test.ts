/**
 * The desktop app as it ships: out/main/index.js, started in a child Node process with `electron`
 * resolved to a recording stand-in (test/main/standIn/), since Electron's binary cannot run here
 * (issue 16 §4). What it proves, from behaviour and not from the source's spelling: the bundle loads
 * (no broken import, no ESM/CommonJS mix-up) and starts without an exception; it answers every contract
 * channel and nothing else, and only to its own page; its window is created with the hardened
 * webPreferences, a preload and a page that exist in out/; navigation, webviews, new windows and
 * permissions are refused for every web contents; the CSP header is applied; the menu is built and
 * its commands reach the page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, CHANNEL_NAMES, MENU_COMMANDS } from '../../shared/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';
import { ErrorShape } from '../../shared/errors.js';
import { MENU_LABELS, menuLocale } from '../../shared/i18n/menuLabels.js';
import { BUILT_MAIN, BUILT_PAGE, BUILT_PRELOAD, builtAppPresent, ROOT } from './builtApp.js';

const REPORT_MARKER = '--- built main report ---';

interface Guarded {
  navigation: Record<string, { listeners: number; prevented: boolean }>;
  webview: { listeners: number; prevented: boolean };
  windowOpen: unknown;
}
interface WindowSeen {
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  loaded?: { file?: string; url?: string };
  shownBeforeReady: boolean;
}
interface Settled {
  value?: unknown;
  threw?: string;
}
interface Report {
  errors: string[];
  handled: string[];
  listened: string[];
  appEvents: string[];
  pageUrl: string;
  windows: WindowSeen[];
  shownWhenReady: boolean;
  guards: { window: Guarded; later: Guarded };
  permissions: Record<string, { request: unknown; check: unknown }>;
  headers: { filter: unknown; answer: { responseHeaders?: Record<string, string[]> } | 'no answer' }[];
  ipc: Record<'fromPage' | 'listFromPage' | 'fromForeignFrame' | 'fromLookAlike' | 'withoutFrame' | 'badRequest' | 'pick', Settled>;
  dialogs: { parentIsWindow: boolean; options: unknown }[];
  saveAs: {
    begun: unknown;
    answer: Settled | null;
    dialogs: { parentIsWindow: boolean; options: { defaultPath?: string; filters?: { name: string; extensions: string[] }[] } }[];
    downloadsDir: string;
    written: { name: string; text: string }[];
  };
  listenedAnswers: Record<string, unknown>;
  menu: { built: number; applied: boolean; template: unknown[]; sent: unknown[][] };
  shell: unknown[];
  windowsAfterActivate: number;
  windowsAfterActivateWithNone: number;
  reopened: { options: WindowSeen['options']; guards: Guarded } | null;
  quitAfterLastWindow: number;
  handledAfterReopen: number;
  uiStateAfterMove: Record<string, unknown>;
}

/** The window state a previous run left in the store's folder: the page's values and main's window placement. */
const PREVIOUS_RUN = { 'mpe.theme': 'dark', window: { bounds: { x: 100, y: 50, width: 1111, height: 777 }, maximized: false } };

/** Every switch Electron's security checklist asks for (electronjs.org/docs/latest/tutorial/security), as the window must get it. */
const HARDENED = {
  preload: BUILT_PRELOAD,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  disableBlinkFeatures: 'Auxclick',
  spellcheck: false,
};

let temp: string;
let report: Report;

function startBuiltMain(): Report {
  temp = mkdtempSync(join(tmpdir(), 'mpe-built-main-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MPE_STAND_IN_DIR: join(temp, 'paths'),
    MPE_STORE: join(temp, 'store'),
    HOME: join(temp, 'home'),
    XDG_CONFIG_HOME: join(temp, 'config'),
  };
  mkdirSync(join(temp, 'store'));
  writeFileSync(join(temp, 'store', 'ui-state.json'), JSON.stringify(PREVIOUS_RUN));
  // The dev server's URL would make the app load it instead of the built page.
  delete env.ELECTRON_RENDERER_URL;
  const run = spawnSync(process.execPath, [join(import.meta.dirname, 'startBuiltMain.mjs'), BUILT_MAIN], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const json = run.stdout?.split(`${REPORT_MARKER}\n`)[1];
  if (run.status !== 0 || !json)
    throw new Error(`the built main did not report (exit ${run.status}, ${run.signal ?? 'no signal'}):\n${run.stderr}\n${run.stdout}`);
  return JSON.parse(json) as Report;
}

const isBuilt = builtAppPresent();

describe.skipIf(!isBuilt)('out/main/index.js, started with a recording stand-in for electron', () => {
  beforeAll(() => {
    report = startBuiltMain();
  }, 90_000);
  afterAll(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  // The stand-in offers only what the app uses today: a new call (say app.commandLine.appendSwitch('no-sandbox'))
  // is a TypeError here until the stand-in, and this test, learn it.
  it('starts without an exception', () => {
    expect(report.errors).toEqual([]);
    expect(report.windows).toHaveLength(1);
  });

  it('registers one handler per contract channel and nothing else', () => {
    expect([...report.handled].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(report.handled).toHaveLength(new Set(report.handled).size);
    // ipcMain.on: nothing (electron-store, which registered its synchronous 'electron-store-get-data', no
    // longer keeps the window's bounds: electron/main/windowState.ts).
    expect(report.listened).toEqual([]);
  });

  it('answers its own page through the contract, and refuses any other frame', () => {
    const info = report.ipc.fromPage.value as { ok: boolean; value: unknown };
    expect(info.ok).toBe(true);
    const parsed = channels['app.info'].response.parse(info.value);
    expect(parsed).toMatchObject({ shell: 'electron', storeDir: join(temp, 'store'), liveRegistry: process.platform === 'win32' });
    const list = report.ipc.listFromPage.value as { ok: boolean; value: unknown };
    expect(channels['profiles.list'].response.parse(list.value)).toEqual([]);
    for (const key of ['fromForeignFrame', 'fromLookAlike', 'withoutFrame'] as const) {
      const refused = report.ipc[key].value as { ok: boolean; error: unknown };
      expect(refused.ok, key).toBe(false);
      expect(ErrorShape.parse(refused.error), key).toMatchObject({ code: 'E_INVALID_REQUEST', reason: 'untrustedSender' });
    }
    const bad = report.ipc.badRequest.value as { ok: boolean; error: unknown };
    expect(ErrorShape.parse(bad.error)).toMatchObject({ code: 'E_INVALID_REQUEST', reason: 'invalidRequest' });
  });

  it('opens the native dialog for files.pick, parented to its window (cancelled: nothing picked)', () => {
    expect(report.ipc.pick.value).toEqual({ ok: true, value: null });
    expect(report.dialogs).toHaveLength(1);
    expect(report.dialogs[0]!.parentIsWindow).toBe(true);
  });

  it('saves an export through the native Save dialog parented to its window: its name proposed, main writes the file', () => {
    expect(report.saveAs.begun).toMatchObject({ ok: true });
    const fileName = (report.saveAs.begun as { value: { fileName: string } }).value.fileName;
    expect(report.saveAs.answer?.value).toEqual({ ok: true, value: { fileName } });
    expect(report.saveAs.dialogs).toHaveLength(1);
    const [shown] = report.saveAs.dialogs;
    expect(shown!.parentIsWindow).toBe(true);
    expect(shown!.options.defaultPath).toBe(join(report.saveAs.downloadsDir, fileName));
    // The stand-in's locale is en-US: the filters are the English table's, the file's own type first.
    const labels = MENU_LABELS[menuLocale('en-US')];
    expect(shown!.options.filters).toEqual([
      { name: labels.fileOfType.replace('{ext}', 'reg'), extensions: ['reg'] },
      { name: labels.allFiles, extensions: ['*'] },
    ]);
    expect(MENU_LABELS.fr.fileOfType).not.toBe(labels.fileOfType);
    // What main wrote is the export: a .reg file naming the profile created (only that file, no NAME.tmp).
    expect(report.saveAs.written.map((w) => w.name)).toEqual([fileName]);
    expect(report.saveAs.written[0]!.text).toContain('Saved');
  });

  it('creates its window with the hardened webPreferences, hidden until ready', () => {
    const [win] = report.windows;
    expect(win!.options.webPreferences).toEqual(HARDENED);
    expect(win!.options.show).toBe(false);
    expect(win!.shownBeforeReady).toBe(false);
    expect(report.shownWhenReady).toBe(true);
  });

  it('points the preload and the page at files that exist in out/, and the page at assets that exist', () => {
    const win = report.windows[0]!;
    expect(existsSync(win.options.webPreferences!.preload as string)).toBe(true);
    expect(win.loaded).toEqual({ file: BUILT_PAGE });
    expect(existsSync(win.loaded!.file!)).toBe(true);
    // The page is opened as a file: its scripts and styles must be relative to it and exist beside it
    // (a base of '/' would send them to the root of the disk).
    const page = readFileSync(BUILT_PAGE, 'utf8');
    const refs = [...page.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThanOrEqual(1);
    for (const ref of refs) {
      const file = fileURLToPath(new URL(ref, report.pageUrl));
      expect(relative(dirname(BUILT_PAGE), file).startsWith('..'), ref).toBe(false);
      expect(existsSync(file), ref).toBe(true);
    }
  });

  it('lets its windows navigate only within its page, and refuses webviews and new windows — also for web contents made later', () => {
    for (const [name, guarded] of Object.entries(report.guards)) {
      for (const [url, seen] of Object.entries(guarded.navigation)) {
        expect(seen.listeners, `${name} ${url}`).toBeGreaterThanOrEqual(1);
        const ownPage = url.split('#')[0] === report.pageUrl;
        expect(seen.prevented, `${name} ${url}`).toBe(!ownPage);
      }
      expect(guarded.webview.prevented, name).toBe(true);
      expect(guarded.windowOpen, name).toEqual({ action: 'deny' });
    }
  });

  it('refuses every permission request and check', () => {
    expect(Object.keys(report.permissions).length).toBeGreaterThanOrEqual(10);
    for (const [permission, answer] of Object.entries(report.permissions))
      expect(answer, permission).toEqual({ request: false, check: false });
  });

  it('applies its Content-Security-Policy to every response, replacing the server’s', () => {
    expect(report.headers).toHaveLength(1);
    const [{ filter, answer }] = report.headers as [Report['headers'][number]];
    expect(filter).toBeNull();
    expect(answer).not.toBe('no answer');
    const headers = (answer as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('builds its menu and applies it; each command reaches the page as a menu.command event', () => {
    expect(report.menu.applied).toBe(true);
    expect(report.menu.template.length).toBeGreaterThanOrEqual(4);
    expect(report.menu.sent.map(([channel]) => channel)).toEqual(report.menu.sent.map(() => 'menu.command'));
    expect(report.menu.sent.map(([, command]) => command).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('opens its window where the last run left it, and keeps a move in the same window-state file as the page’s values', () => {
    expect(report.windows[0]!.options).toMatchObject(PREVIOUS_RUN.window.bounds);
    expect(report.uiStateAfterMove).toEqual({
      'mpe.theme': 'dark',
      window: { bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: false },
    });
  });

  it('opens nothing outside: no shell call', () => {
    expect(report.shell).toEqual([]);
  });

  it('re-creates a hardened window on activate only when none is open, keeps its handlers, and quits when the last window closes (not on macOS)', () => {
    expect(report.windowsAfterActivate).toBe(1);
    expect(report.windowsAfterActivateWithNone).toBe(2);
    expect(report.reopened!.options.webPreferences).toEqual(HARDENED);
    expect(report.reopened!.guards.windowOpen).toEqual({ action: 'deny' });
    expect(report.handledAfterReopen).toBe(CHANNEL_NAMES.length);
    expect(report.quitAfterLastWindow).toBe(process.platform === 'darwin' ? 0 : 1);
  });
});

// The built files this test reads must be the ones the app loads (paths above are absolute, out/ beside package.json's main).
it.skipIf(!isBuilt)('package.json main is the file started here', () => {
  const main = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string }).main;
  expect(resolve(ROOT, main)).toBe(BUILT_MAIN);
});
