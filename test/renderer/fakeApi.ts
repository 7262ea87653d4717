/**
 * A tiny fake transport at the network edge: it implements the contract's `Api` with fixed envelopes
 * (the real ProfileView of the sample hive, built by the real engine in this run: test/helpers/
 * engineAnswers.ts) and records the requests. Installed as `window.api` before renderer/api.ts loads,
 * exactly where the Electron preload would put the real one. Components, stores and composables under
 * test are the real ones. Every request and every answer is parsed with the contract's schemas, as
 * the main process would parse the request and as the real handlers' answers conform, so neither a
 * test's fake answer nor the renderer's request can drift from the contract.
 */
import { afterEach, inject } from 'vitest';
// The type of inject('engineAnswers') (vitest's ProvidedContext).
import type {} from '../helpers/providedContext';
import { channels, CHANNEL_NAMES, type Api, type ChannelName, type Envelope, type ProfileSummary } from '../../shared/contract';
import { ErrorShape } from '../../shared/errors';
import { ProfileView } from '../../shared/profileView';

export const VIEW = ProfileView.parse(inject('engineAnswers').outlookView);
export const SUMMARY: ProfileSummary = {
  id: 'p1',
  name: VIEW.name,
  origin: VIEW.origin,
  isDefault: true,
  serviceCount: VIEW.services.length,
  sectionCount: VIEW.sections.length,
};

/** A change's answer (contract.ts Change) that recorded no step: the window shows `view` for `summary`'s profile. */
export const changed = (summary: ProfileSummary = SUMMARY, view: ProfileView = VIEW) => ({
  profiles: [summary],
  sources: [],
  view: { summary, view },
  step: null,
  historyFrom: null,
});

type Answer = (request: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;
export const calls: { channel: ChannelName; request: unknown }[] = [];
const answers = new Map<ChannelName, Answer>();

const defaults: Partial<Record<ChannelName, Answer>> = {
  'app.info': () => ({
    ok: true,
    value: { name: 'MAPI Profile Editor', version: '0.0.0', platform: 'test', shell: 'web', storeDir: '/tmp/store', liveRegistry: false },
  }),
  'profiles.list': () => ({ ok: true, value: [SUMMARY] }),
  'profiles.get': () => ({ ok: true, value: { summary: SUMMARY, view: VIEW } }),
  'history.list': () => ({ ok: true, value: [] }),
  'recent.list': () => ({ ok: true, value: [] }),
  'uiState.set': () => ({ ok: true, value: { ok: true } }),
  // A change that changed nothing (no step): the window keeps what it shows (stores/workspace.ts applyChange).
  'properties.set': () => ({ ok: true, value: { change: changed() } }),
  // No target refused unless a test says so (the copy dialog asks when it opens).
  'services.copyTargets': () => ({ ok: true, value: [] }),
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
  error: {
    code: 'E_INTERNAL',
    reason: 'internal',
    message: `${channel} not in the fake`,
    details: { message: `${channel} not in the fake` },
  },
});

/** Contract breaks seen during a test; the page may catch the call's rejection, this hook does not let it pass. */
const violations: string[] = [];
afterEach(() => {
  const seen = violations.splice(0);
  if (seen.length > 0) throw new Error(seen.join('\n'));
});

/** Throws, and fails the test, when `value` does not parse with `schema`; says which channel and why. */
function conform(schema: { safeParse(v: unknown): { success: boolean; error?: { message: string } } }, value: unknown, what: string): void {
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  violations.push(`${what} breaks the contract: ${parsed.error?.message}`);
  throw new Error(violations.at(-1));
}

const fake: Record<string, (request: unknown) => Promise<Envelope<unknown>>> = {};
for (const channel of CHANNEL_NAMES) {
  fake[channel] = async (request: unknown) => {
    calls.push({ channel, request });
    conform(channels[channel].request, request, `the renderer's ${channel} request`);
    const a = answers.get(channel) ?? defaults[channel];
    const envelope = await (a ? a(request) : notImplemented(channel));
    if (envelope.ok) conform(channels[channel].response, envelope.value, `the fake's ${channel} answer`);
    else conform(ErrorShape, envelope.error, `the fake's ${channel} error`);
    return envelope;
  };
}
window.api = fake as unknown as Api;
