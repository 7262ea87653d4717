/**
 * A change answers what it changed (contract.ts `Change`, issue 21 point 4): the window applies that
 * instead of fetching the list, the open profile, the sources and the history again. Proven against the
 * full fetch itself: after each change, the answer equals what profiles.list, profiles.get, sources.list
 * and history.list then give, through the real handlers over a real store.
 */
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope, type Handlers } from '../../../electron/ipc/dispatch.js';
import type { Change, Envelope } from '../../../shared/contract.js';
import { readSample, SAMPLE } from '../../helpers/samples.js';
import { realHandlers } from '../testContext.js';

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';
const PST_PROVIDER = '6876da12b533bc47a32ce78191722d01';

async function value<T>(answer: Promise<Envelope<T>>): Promise<T> {
  const r = await answer;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** What the window fetched after every change before answers carried it. */
async function fullFetch(handlers: Handlers, profileId: string) {
  const [list, open, sources, history] = await Promise.all([
    value(dispatchEnvelope(handlers, 'profiles.list', {})),
    value(dispatchEnvelope(handlers, 'profiles.get', { id: profileId })),
    value(dispatchEnvelope(handlers, 'sources.list', {})),
    value(dispatchEnvelope(handlers, 'history.list', {})),
  ]);
  return { list, open, sources, history };
}

async function withSample() {
  const { handlers } = realHandlers();
  const data = readSample(SAMPLE.hivexReg);
  const [outlook] = (await value(dispatchEnvelope(handlers, 'profiles.import', { files: [{ name: 'sample.reg', data }] }))).imported;
  // A second profile the changes must not touch.
  await value(dispatchEnvelope(handlers, 'profiles.create', { name: 'Other' }));
  return { handlers, id: outlook!.id };
}

function expectSameAsFetched(change: Change, fetched: Awaited<ReturnType<typeof fullFetch>>, id: string): void {
  expect(change.profiles).toEqual([fetched.list.find((p) => p.id === id)]);
  expect(change.view).toEqual(fetched.open);
  const sourceId = fetched.open.summary.origin.sourceId;
  expect(change.sources).toEqual(fetched.sources.filter((s) => s.id === sourceId));
  expect(change.step).toEqual(fetched.history.at(-1));
  expect(change.historyFrom).toBe(fetched.history[0]!.id);
}

describe('changes answer what they changed', () => {
  it('each property and service edit answers its profile, source, view and undo step as a full fetch then gives them', async () => {
    const { handlers, id } = await withSample();
    const edits: [string, () => Promise<{ change: Change }>][] = [
      [
        'properties.set',
        () =>
          value(dispatchEnvelope(handlers, 'properties.set', { profileId: id, section: CONTAB, valueName: '001f3001', value: 'Contacts' })),
      ],
      [
        'properties.setRaw',
        () =>
          value(
            dispatchEnvelope(handlers, 'properties.setRaw', { profileId: id, section: CONTAB, valueName: 'extra', type: 3, data: '0102' }),
          ),
      ],
      [
        'properties.delete',
        () => value(dispatchEnvelope(handlers, 'properties.delete', { profileId: id, section: CONTAB, valueName: 'extra' })),
      ],
      [
        'services.rename',
        () => value(dispatchEnvelope(handlers, 'services.rename', { profileId: id, serviceUid: CONTAB, displayName: 'People' })),
      ],
      [
        'services.setDefaultStore',
        () => value(dispatchEnvelope(handlers, 'services.setDefaultStore', { profileId: id, providerUid: PST_PROVIDER })),
      ],
      [
        'services.create',
        () => value(dispatchEnvelope(handlers, 'services.create', { profileId: id, serviceName: 'MSUPST MS', displayName: 'Archive' })),
      ],
      ['services.delete', () => value(dispatchEnvelope(handlers, 'services.delete', { profileId: id, serviceUid: CONTAB }))],
    ];
    let steps = 0;
    for (const [channel, edit] of edits) {
      const { change } = await edit();
      const fetched = await fullFetch(handlers, id);
      expect(change.step, channel).not.toBeNull();
      expectSameAsFetched(change, fetched, id);
      expect(change.profiles[0]!.unsaved, channel).toBe(true);
      steps++;
    }
    // One step per edit, each the newest when it was answered.
    expect((await value(dispatchEnvelope(handlers, 'history.list', {}))).length).toBe(2 + steps);
  });

  it('a new step after an undo answers the same history the list then gives (the undone step is gone)', async () => {
    const { handlers, id } = await withSample();
    await value(dispatchEnvelope(handlers, 'properties.set', { profileId: id, section: CONTAB, valueName: '001f3001', value: 'One' }));
    await value(dispatchEnvelope(handlers, 'history.undo', {}));
    const { change } = await value(
      dispatchEnvelope(handlers, 'properties.set', { profileId: id, section: CONTAB, valueName: '001f3001', value: 'Two' }),
    );
    const fetched = await fullFetch(handlers, id);
    expectSameAsFetched(change, fetched, id);
    expect(fetched.history.some((h) => h.undone)).toBe(false);
  });

  it('a change that changes nothing records no step and answers null for it', async () => {
    const { handlers, id } = await withSample();
    const before = await value(dispatchEnvelope(handlers, 'history.list', {}));
    const { change } = await value(dispatchEnvelope(handlers, 'services.setPrimaryIdentity', { profileId: id, serviceUid: null }));
    expect(change.step).toBeNull();
    expect(await value(dispatchEnvelope(handlers, 'history.list', {}))).toEqual(before);
    expect(change.view).toEqual(await value(dispatchEnvelope(handlers, 'profiles.get', { id })));
  });
});
