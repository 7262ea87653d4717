/**
 * The generic copy oracle (copyOracle.ts) is a check that can fail: on a correct copy of the real profile it
 * passes, and each planted fault — a UID left unrewritten, a value changed or dropped, a flag cleared that
 * the plan does not list, a section not copied, a key of the target touched, an extra key — makes it fail.
 */
import { describe, expect, it } from 'vitest';
import { applyCopy, planCopy } from '../../../electron/core/copy/index.js';
import type { CopyPlan } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { emptyDoc, PST, PST_STORE, sampleDoc, uidSequence } from './copyFixtures.js';
import { expectFaithfulCopy, replaceUids } from './copyOracle.js';

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';

/** The copy with one key of the result changed by `plant`. */
function planted(
  result: ProfileDoc,
  path: string,
  plant: (values: ProfileDoc['keys'][number]['values']) => ProfileDoc['keys'][number]['values'],
): ProfileDoc {
  return {
    ...result,
    keys: result.keys.map((k) =>
      k.path.toLowerCase() === path.toLowerCase() ? { ...k, values: plant(k.values.map((v) => ({ ...v }))) } : k,
    ),
  };
}

describe('the generic copy oracle', () => {
  const source = sampleDoc();
  const sameProfile = planCopy(source, PST, source, { newUid: uidSequence() });
  const within = applyCopy(sameProfile, source);
  const target = emptyDoc();
  const across: CopyPlan = planCopy(source, PST, target, { newUid: uidSequence() });
  const into = applyCopy(across, target);
  const newStore = sameProfile.uidMap[PST_STORE]!;

  it('passes on correct copies, within the profile and into another', () => {
    expectFaithfulCopy(sameProfile, source, source, within);
    expectFaithfulCopy(across, source, target, into);
  });

  it('replaces UIDs at byte boundaries only', () => {
    expect(replaceUids('00' + 'ab'.repeat(16) + 'ff', { ['ab'.repeat(16)]: 'cd'.repeat(16) })).toBe('00' + 'cd'.repeat(16) + 'ff');
    // The same digits starting in the middle of a byte are not a UID.
    expect(replaceUids('0' + 'ab'.repeat(16) + 'f', { ['ab'.repeat(16)]: 'cd'.repeat(16) })).toBe('0' + 'ab'.repeat(16) + 'f');
  });

  it('fails when a UID reference is left unrewritten (PR_SERVICE_UID still names the original)', () => {
    const bug = planted(within, newStore, (vs) => vs.map((v) => (v.name === '01023d0c' ? { ...v, data: PST } : v)));
    expect(() => expectFaithfulCopy(sameProfile, source, source, bug)).toThrow(/01023d0c/);
  });

  it('fails when a copied value changes or disappears', () => {
    const changed = planted(within, newStore, (vs) => vs.map((v) => (v.name === '001f6700' ? { ...v, data: '41004200' + '0000' } : v)));
    expect(() => expectFaithfulCopy(sameProfile, source, source, changed)).toThrow(/001f6700/);
    const dropped = planted(within, newStore, (vs) => vs.filter((v) => v.name !== '01023414'));
    expect(() => expectFaithfulCopy(sameProfile, source, source, dropped)).toThrow(/value names/);
  });

  it('fails when a flag is cleared that the plan does not list as dropped', () => {
    const cleared = planted(into, across.uidMap[PST_STORE]!, (vs) =>
      vs.map((v) => (v.name === '00033009' ? { ...v, data: '00000000' } : v)),
    );
    expect(() => expectFaithfulCopy(across, source, target, cleared)).toThrow(/00033009/);
  });

  it('fails when a section of the service is not copied, or a target key is touched, or an extra key appears', () => {
    const lost = { ...into, keys: into.keys.filter((k) => k.path !== across.uidMap[PST_STORE]) };
    expect(() => expectFaithfulCopy(across, source, target, lost)).toThrow(/missing/);
    const withoutStore = { ...across, uidMap: Object.fromEntries(Object.entries(across.uidMap).filter(([from]) => from !== PST_STORE)) };
    expect(() => expectFaithfulCopy(withoutStore, source, target, into)).toThrow(/not copied/);
    const touched = planted(within, CONTAB, (vs) => vs.slice(1));
    expect(() => expectFaithfulCopy(sameProfile, source, source, touched)).toThrow(/changed/);
    const extra = { ...within, keys: [...within.keys, { path: 'ab'.repeat(16), values: [] }] };
    expect(() => expectFaithfulCopy(sameProfile, source, source, extra)).toThrow(/neither copied nor planned/);
  });

  it('fails when the account entry keeps the original service', () => {
    const path = sameProfile.accountEntry!.path;
    const bug = planted(within, path, (vs) => vs.map((v) => (v.name === 'Service UID' ? { ...v, data: PST } : v)));
    expect(() => expectFaithfulCopy(sameProfile, source, source, bug)).toThrow(/Service UID/);
  });
});
