/**
 * history.changes through the real handlers over a real store: each step of the history lists what it
 * changed — old → new values named PR_…, the sections a copy created, the profiles a step created or
 * deleted — read from the step's record, so it stays the same after the step is undone.
 */
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope, type Handlers } from '../../../electron/ipc/dispatch.js';
import type { Envelope } from '../../../shared/contract.js';
import { readSample, SAMPLE } from '../../helpers/samples.js';
import { realHandlers } from '../testContext.js';
import { historyChanges } from '../../../electron/core/compare/historyChanges.js';

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';

async function value<T>(answer: Promise<Envelope<T>>): Promise<T> {
  const r = await answer;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function lastStep(handlers: Handlers) {
  const history = await value(dispatchEnvelope(handlers, 'history.list', {}));
  return value(dispatchEnvelope(handlers, 'history.changes', { id: history.at(-1)!.id }));
}

describe('history.changes', () => {
  it('lists old → new values of an edit, the sections of a copy, and created and deleted profiles', async () => {
    const { handlers } = realHandlers();
    const data = readSample(SAMPLE.hivexReg);
    const [outlook] = (await value(dispatchEnvelope(handlers, 'profiles.import', { files: [{ name: 'sample.reg', data }] }))).imported;
    const view = (await value(dispatchEnvelope(handlers, 'profiles.get', { id: outlook!.id }))).view;
    const oldName = view.services.find((s) => s.uid === CONTAB)!.displayName;
    expect(oldName).toBeTruthy();

    await value(
      dispatchEnvelope(handlers, 'properties.set', { profileId: outlook!.id, section: CONTAB, valueName: '001f3001', value: 'Contacts' }),
    );
    const edit = (await lastStep(handlers))!;
    expect(edit.truncated).toBe(false);
    expect(edit.profiles).toHaveLength(1);
    const [p] = edit.profiles;
    expect([p!.before, p!.after]).toEqual(['Outlook', 'Outlook']);
    const changed = p!.keys.flatMap((k) => k.values.map((v) => ({ path: k.path, ...v })));
    expect(changed.map((v) => [v.path.toLowerCase().endsWith(CONTAB), v.tagName, v.state, v.left?.text, v.right?.text])).toEqual([
      [true, 'PR_DISPLAY_NAME_W', 'changed', oldName, 'Contacts'],
    ]);

    const work = await value(dispatchEnvelope(handlers, 'profiles.create', { name: 'Work' }));
    const created = (await lastStep(handlers))!;
    expect(created.profiles.map((x) => [x.before, x.after, x.keys.length])).toEqual([[null, 'Work', 0]]);

    const copied = await value(
      dispatchEnvelope(handlers, 'services.copy', { sourceId: outlook!.id, serviceUid: CONTAB, targetId: work.id }),
    );
    const copy = (await lastStep(handlers))!;
    const intoWork = copy.profiles.find((x) => x.profileId === work.id)!;
    // The new service's section is among the keys the copy created, with its PR_DISPLAY_NAME_W.
    const serviceKey = intoWork.keys.find((k) => k.path.toLowerCase().endsWith(copied.service.newUid))!;
    expect(serviceKey.state).toBe('onlyRight');
    expect(serviceKey.values.find((v) => v.tagName === 'PR_DISPLAY_NAME_W')?.right?.text).toBe('Contacts');
    // The source is untouched by a copy (DESIGN: "the source untouched"): not listed.
    expect(copy.profiles.map((x) => x.profileId)).toEqual([work.id]);

    // Undone, the step still says what it did.
    await value(dispatchEnvelope(handlers, 'history.undo', {}));
    expect(await lastStep(handlers)).toEqual(copy);

    await value(dispatchEnvelope(handlers, 'profiles.delete', { id: work.id }));
    const deleted = (await lastStep(handlers))!;
    expect(deleted.profiles.map((x) => [x.before, x.after])).toEqual([['Work', null]]);
  });

  it('answers null for a step the history does not hold, and refuses a bad id', async () => {
    const { handlers } = realHandlers();
    expect(await value(dispatchEnvelope(handlers, 'history.changes', { id: 99 }))).toBeNull();
    const bad = await dispatchEnvelope(handlers, 'history.changes', { id: -1 } as never);
    expect(bad.ok).toBe(false);
  });

  it('lists whole keys up to a number of values, and says when it stopped', async () => {
    const { handlers, context } = realHandlers();
    const data = readSample(SAMPLE.hivexReg);
    const [outlook] = (await value(dispatchEnvelope(handlers, 'profiles.import', { files: [{ name: 'sample.reg', data }] }))).imported;
    const work = await value(dispatchEnvelope(handlers, 'profiles.create', { name: 'Work' }));
    await value(dispatchEnvelope(handlers, 'services.copy', { sourceId: outlook!.id, serviceUid: CONTAB, targetId: work.id }));
    const record = context.store.historyRecord(context.store.history().at(-1)!.id)!;
    const all = historyChanges(record);
    const values = (c: typeof all) => c.profiles.flatMap((p) => p.keys).reduce((n, k) => n + k.values.length, 0);
    const total = values(all);
    expect(all.truncated).toBe(false);
    expect(total).toBeGreaterThan(3);
    const capped = historyChanges(record, total - 1);
    expect(capped.truncated).toBe(true);
    expect(values(capped)).toBeLessThan(total);
    expect(values(capped)).toBeLessThanOrEqual(total - 1);
  });
});
