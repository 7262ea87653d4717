/**
 * The preload as it ships: out/preload/index.cjs, run the way Electron runs a sandboxed preload
 * (issue 16 §4). Electron wraps the file in a function of (require, process, Buffer, global,
 * setImmediate, clearImmediate, exports, module) and its `require` loads only `electron` (the renderer
 * modules), `events`, `timers` and `url` (electronjs.org/docs/latest/tutorial/sandbox, "Preload
 * scripts"). The same here, in a fresh V8 context with a recording `electron`, so an ES module build
 * (a SyntaxError in that wrapper), a bundled Node import or a second file to require fails as it would
 * on the desktop; the test process's module cache is never touched. What it then checks is what the
 * page receives: exactly one function per contract channel plus onMenuCommand, each forwarding to its
 * own channel.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createContext, compileFunction } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, MENU_COMMANDS } from '../../shared/contract.js';
import { BUILT_PRELOAD, builtAppPresent } from './builtApp.js';

/** What a sandboxed preload's require can load (Electron's docs, above); anything else throws there. */
const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url', 'node:events', 'node:timers', 'node:url'];
const SANDBOX_WRAPPER = ['require', 'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', 'exports', 'module'];

interface Loaded {
  required: string[];
  exposed: [string, unknown][];
  invoked: unknown[][];
  /** ipcRenderer calls other than invoke and the menu event's on/removeListener. */
  otherIpc: unknown[][];
  ipcRenderer: EventEmitter;
}

/** Runs the built preload as Electron's sandbox does, with a recording electron module. */
function runSandboxedPreload(code: string): Loaded {
  const loaded: Loaded = { required: [], exposed: [], invoked: [], otherIpc: [], ipcRenderer: new EventEmitter() };
  const ipc = loaded.ipcRenderer;
  const ipcRenderer = {
    invoke: (...args: unknown[]) => (loaded.invoked.push(args), Promise.resolve({ ok: true, value: args[0] })),
    on: (channel: string, listener: (...a: unknown[]) => void) => (ipc.on(channel, listener), ipcRenderer),
    removeListener: (channel: string, listener: (...a: unknown[]) => void) => (ipc.removeListener(channel, listener), ipcRenderer),
    ...Object.fromEntries(
      ['send', 'sendSync', 'sendToHost', 'postMessage', 'once', 'off', 'removeAllListeners'].map((name) => [
        name,
        (...args: unknown[]) => loaded.otherIpc.push([name, ...args]),
      ]),
    ),
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => loaded.exposed.push([key, api]),
      exposeInIsolatedWorld: (...args: unknown[]) => loaded.otherIpc.push(['exposeInIsolatedWorld', ...args]),
    },
    ipcRenderer,
    crashReporter: {},
    nativeImage: {},
    webFrame: {},
    webUtils: {},
  };
  const require = (id: string) => {
    loaded.required.push(id);
    if (!SANDBOX_MODULES.includes(id)) throw new Error(`module not found: ${id}`);
    if (id === 'electron') return electron;
    return { events: EventEmitter }[id.replace(/^node:/, '')] ?? {};
  };
  // A page's isolated world: the Web globals, none of Node's.
  const context = createContext({ console, URL, TextEncoder, TextDecoder, setTimeout, clearTimeout, queueMicrotask });
  const fn = compileFunction(code, SANDBOX_WRAPPER, { filename: BUILT_PRELOAD, parsingContext: context });
  const module = { exports: {} };
  fn(require, { platform: process.platform, env: {} }, Buffer, context, setImmediate, clearImmediate, module.exports, module);
  return loaded;
}

describe.skipIf(!builtAppPresent())('out/preload/index.cjs, run as a sandboxed preload', () => {
  let loaded: Loaded;
  let api: Record<string, unknown>;
  beforeAll(() => {
    loaded = runSandboxedPreload(readFileSync(BUILT_PRELOAD, 'utf8'));
    api = loaded.exposed[0]?.[1] as Record<string, unknown>;
  });

  it('requires only electron, and exposes one object, as window.api', () => {
    expect(loaded.required).toEqual(['electron']);
    expect(loaded.exposed.map(([key]) => key)).toEqual(['api']);
    expect(loaded.otherIpc).toEqual([]);
  });

  it('exposes exactly one function per contract channel, plus onMenuCommand', () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onMenuCommand'].sort());
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
  });

  it('each channel function invokes its own channel with the request as given, and nothing else', async () => {
    for (const channel of CHANNEL_NAMES) {
      const request = { probe: channel };
      const answer = await (api[channel] as (r: unknown, extra?: unknown) => Promise<unknown>)(request, 'ignored');
      expect(loaded.invoked.at(-1), channel).toEqual([channel, request]);
      expect(loaded.invoked.at(-1)![1], channel).toBe(request);
      expect(answer, channel).toEqual({ ok: true, value: channel });
    }
    expect(loaded.invoked).toHaveLength(CHANNEL_NAMES.length);
    expect(loaded.otherIpc).toEqual([]);
  });

  it('onMenuCommand passes on only the menu commands, and its return value unsubscribes', () => {
    const seen: unknown[] = [];
    const off = (api.onMenuCommand as (l: (c: unknown) => void) => () => void)((c) => seen.push(c));
    expect(loaded.ipcRenderer.listenerCount('menu.command')).toBe(1);
    expect(loaded.ipcRenderer.eventNames()).toEqual(['menu.command']);
    for (const command of [...MENU_COMMANDS, 'quit', { open: true }, undefined]) loaded.ipcRenderer.emit('menu.command', {}, command);
    expect(seen).toEqual([...MENU_COMMANDS]);
    off();
    expect(loaded.ipcRenderer.listenerCount('menu.command')).toBe(0);
  });
});
