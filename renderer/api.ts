/**
 * The renderer's only door to the main process: `window.api` when the Electron preload provides it,
 * otherwise the browser mode's HTTP bridge. Both implement the contract's `Api`; the renderer never
 * knows which one it has. Errors come back as the contract's envelope, never as exceptions.
 */
import { CHANNEL_NAMES, type Api, type ChannelName, type Envelope, type RequestOf, type ResponseOf } from '../shared/contract';
import { channelWire } from '../shared/wire/wireCodec';

declare global {
  interface Window {
    api?: Api;
  }
}

const TOKEN_KEY = 'mpe.token';

/** The browser mode's token arrives in the URL fragment once; keep it for this tab and clear the URL. */
function takeToken(): string {
  const m = /token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpApi(): Api {
  const token = takeToken();
  const api: Partial<Record<ChannelName, (request: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const channel of CHANNEL_NAMES) {
    api[channel] = async (request: unknown) => {
      // JSON has no bytes: byte fields go as base64 and come back as bytes (the same codec as the server's).
      const wire = channelWire(channel);
      try {
        const res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(wire.request.toWire(request ?? {})),
        });
        const envelope = (await res.json()) as Envelope<unknown>;
        return envelope.ok ? { ok: true, value: wire.response.fromWire(envelope.value) } : envelope;
      } catch (e) {
        return { ok: false, error: { code: 'E_IO', reason: 'connectionLost', message: String(e) } };
      }
    };
  }
  return api as Api;
}

export const api: Api = window.api ?? httpApi();
export const shell: 'electron' | 'web' = window.api ? 'electron' : 'web';

/** Calls a channel and returns the envelope (typed by the contract). */
export function invokeChannel<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Envelope<ResponseOf<C>>> {
  return (api[channel] as (r: RequestOf<C>) => Promise<Envelope<ResponseOf<C>>>)(request);
}
