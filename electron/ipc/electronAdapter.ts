/**
 * The Electron transport: one `ipcMain.handle` per contract channel. Typed structurally so this file
 * never imports 'electron' (only electron/main does); main passes the real ipcMain.
 */
import { CHANNEL_NAMES } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import { dispatch, type Handlers } from './dispatch.js';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
}
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/**
 * Answers only frames whose URL `isTrustedUrl` accepts (our own renderer), so a navigated or injected
 * frame cannot reach the handlers.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: Handlers, isTrustedUrl: (url: string) => boolean): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, request) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) {
        return { ok: false, error: new AppError('E_INVALID_REQUEST', 'untrustedSender').toShape() };
      }
      return dispatch(handlers, channel, request);
    });
  }
}
