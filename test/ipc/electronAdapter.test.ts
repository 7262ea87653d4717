import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, type IpcEventLike } from '../../electron/ipc/electronAdapter.js';
import { CHANNEL_NAMES } from '../../shared/contract.js';
import { realHandlers } from './testContext.js';

/** Electron's ipcMain as seen by the adapter: a table of listeners. The handlers behind it are real. */
function ipcTable() {
  const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
  return {
    listeners,
    ipcMain: { handle: (c: string, l: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>) => void listeners.set(c, l) },
  };
}

describe('the Electron adapter', () => {
  const trusted = 'file:///app/out/renderer/index.html';
  const { handlers } = realHandlers('electron');
  const { listeners, ipcMain } = ipcTable();
  registerIpcHandlers(ipcMain, handlers, (url) => url.startsWith('file:///app/out/renderer/'));
  const frame = (url: string): IpcEventLike => ({ senderFrame: { url } });

  it('registers exactly the contract channels', () => {
    expect([...listeners.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers our renderer and parses its request with the schema', async () => {
    const info = listeners.get('app.info');
    expect(await info?.(frame(trusted), {})).toMatchObject({ ok: true, value: { shell: 'electron' } });
    expect(await info?.(frame(trusted), { unexpected: true })).toMatchObject({ ok: false, error: { code: 'E_INVALID_REQUEST' } });
  });

  it('refuses a frame that is not our renderer', async () => {
    const r = await listeners.get('profiles.list')?.(frame('https://evil.example/'), {});
    expect(r).toMatchObject({ ok: false, error: { reason: 'untrustedSender' } });
    expect(await listeners.get('app.info')?.({ senderFrame: null }, {})).toMatchObject({ ok: false });
  });
});
