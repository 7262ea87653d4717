/**
 * A tiny fake transport at the network edge: it implements the contract's `Api` with fixed envelopes
 * (the real ProfileView of the sample hive) and records the requests. Installed as `window.api` before
 * renderer/api.ts loads, exactly where the Electron preload would put the real one. Components, stores
 * and composables under test are the real ones.
 */
import { CHANNEL_NAMES, type Api, type ChannelName, type Envelope, type ProfileSummary } from '../../shared/contract';
import { ProfileView } from '../../shared/profileView';
import raw from './fixtures/outlookView.json';

export const VIEW = ProfileView.parse(raw);
export const SUMMARY: ProfileSummary = {
  id: 'p1',
  name: VIEW.name,
  origin: VIEW.origin,
  isDefault: true,
  serviceCount: VIEW.services.length,
  sectionCount: VIEW.sections.length,
};

type Answer = (request: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;
export const calls: { channel: ChannelName; request: unknown }[] = [];
const answers = new Map<ChannelName, Answer>();

const defaults: Partial<Record<ChannelName, Answer>> = {
  'app.info': () => ({ ok: true, value: { name: 'MAPI Profile Editor', version: '0.0.0', platform: 'test', shell: 'web', storeDir: '/tmp/store' } }),
  'profiles.list': () => ({ ok: true, value: [SUMMARY] }),
  'profiles.get': () => ({ ok: true, value: { summary: SUMMARY, view: VIEW } }),
  'history.list': () => ({ ok: true, value: [] }),
  'recent.list': () => ({ ok: true, value: [] }),
  'uiState.set': () => ({ ok: true, value: { ok: true } }),
  'properties.set': () => ({ ok: true, value: { ok: true } }),
};

/** Makes `channel` answer with `answer` until resetFake(). */
export function answer(channel: ChannelName, a: Answer): void {
  answers.set(channel, a);
}
export function resetFake(): void {
  answers.clear();
  calls.length = 0;
}

const notImplemented = (channel: string): Envelope<unknown> => ({
  ok: false,
  error: { code: 'E_INTERNAL', reason: 'internal', message: `${channel} not in the fake`, details: { message: `${channel} not in the fake` } },
});

const fake: Record<string, (request: unknown) => Promise<Envelope<unknown>>> = {};
for (const channel of CHANNEL_NAMES) {
  fake[channel] = async (request: unknown) => {
    calls.push({ channel, request });
    const a = answers.get(channel) ?? defaults[channel];
    return a ? a(request) : notImplemented(channel);
  };
}
window.api = fake as unknown as Api;
