/**
 * Each class of the tag table's "on copy" column (docs/mapi-profiles.md §6.7, §11, §14), on the real PST service
 * with values added where real data has none: UIDs embedded in AB entry IDs, a PR_RECORD_KEY equal to the
 * service UID, provider-type constants, an unclassified value holding a copied UID, secure values, and a
 * fixed-UID extra section.
 */
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/admin/serviceAdmin.js';
import { applyCopy, planCopy } from '../../../electron/core/copy/index.js';
import { loadDefaultCatalog } from '../../../electron/core/formats/mapisvc/index.js';
import { encodeProperty, toHex } from '../../../electron/core/model/index.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { emptyDoc, expectGoodCopy, PST, PST_STORE, sampleDoc, uidSequence } from './copyFixtures.js';

const REG_BINARY = 3;

function withValues(doc: ProfileDoc, path: string, values: { name: string; type: number; data: string }[]): ProfileDoc {
  return { ...doc, keys: doc.keys.map((k) => (k.path === path ? { ...k, values: [...k.values, ...values] } : k)) };
}

/** An AB entry ID (§14.4): flags(4) | UID(16) | version(4) | type(4) | "/". */
const abEntryId = (uid: string) => '00000000' + uid + '01000000' + '00010000' + '2f00';
const mvBinary = (items: string[]) => toHex(encodeProperty(items, { ptype: 0x1102 }).data);

describe('what the copy rewrites and what it keeps', () => {
  const source = withValues(
    withValues(sampleDoc(), PST, [
      { name: '01023d06', type: REG_BINARY, data: abEntryId(PST_STORE) }, // PR_AB_DEFAULT_DIR
      { name: '11023d05', type: REG_BINARY, data: mvBinary([abEntryId('11'.repeat(16)), abEntryId(PST_STORE)]) }, // PR_AB_SEARCH_PATH
      { name: '01020ff9', type: REG_BINARY, data: PST }, // PR_RECORD_KEY = the service UID (WrapPST sample)
      { name: '01026699', type: REG_BINARY, data: '0000' + PST_STORE + '0000' }, // unknown, holds a copied UID
      { name: '01026700', type: REG_BINARY, data: 'aa'.repeat(16) }, // unknown, nothing copied in it
      { name: 'S01026701', type: REG_BINARY, data: 'bb'.repeat(20) }, // secure
      { name: '010267f1', type: REG_BINARY, data: 'cc'.repeat(20) }, // secure id range
    ]),
    PST_STORE,
    [{ name: '01023d15', type: REG_BINARY, data: PST }], // PR_EMSMDB_SECTION_UID naming the service
  );

  it('remaps embedded UIDs, the record key and single UIDs; keeps constants and unknown values', () => {
    const target = emptyDoc();
    const plan = planCopy(source, PST, target, { newUid: uidSequence() });
    const newService = plan.service.newUid;
    const newStore = plan.uidMap[PST_STORE]!;
    const kinds = Object.fromEntries(
      plan.rewrites
        .filter((r) => r.section === newService || r.section === newStore)
        .map((r) => [`${r.section === newService ? 'svc' : 'store'}:${r.value}`, r.kind]),
    );
    expect(kinds).toEqual({
      'svc:01023d00': 'uidList',
      'svc:01023d06': 'embedded',
      'svc:11023d05': 'embedded',
      'svc:01020ff9': 'recordKey',
      'store:01023d0c': 'uid',
      'store:01023d15': 'uid',
    });
    const service = plan.sections[0]!.values;
    const value = (name: string) => service.find((v) => v.name === name)!.data;
    expect(value('01023d06')).toBe(abEntryId(newStore));
    expect(value('11023d05')).toBe(mvBinary([abEntryId('11'.repeat(16)), abEntryId(newStore)]));
    expect(value('01020ff9')).toBe(newService);
    // Unclassified: kept verbatim and warned about.
    expect(value('01026699')).toBe('0000' + PST_STORE + '0000');
    expect(plan.warnings).toContainEqual({
      code: 'unknownUidReference',
      params: { section: newService, value: '01026699', uid: PST_STORE },
    });
    expect(plan.warnings.filter((w) => w.code === 'unknownUidReference')).toHaveLength(1);
    // Constants: PR_MDB_PROVIDER and the PST store entry ID are byte for byte the original's.
    const store = plan.sections[1]!.values;
    const orig = source.keys.find((k) => k.path === PST_STORE)!.values;
    for (const name of ['01023414', '01020fff', '01020ff9', '001f6700'])
      expect(store.find((v) => v.name === name)).toEqual(orig.find((v) => v.name === name));
    // Secure values travel, with a warning, to another profile only.
    expect(plan.warnings.filter((w) => w.code === 'secureNotPortable').map((w) => w.params.value)).toEqual(['S01026701', '010267f1']);
    expect(planCopy(source, PST, source).warnings.some((w) => w.code === 'secureNotPortable')).toBe(false);
    const result = applyCopy(plan, target);
    expectGoodCopy(plan, source, source, target, result);
  });
});

describe('fixed-UID extra sections (MSEMS, 13dbb0c8…)', () => {
  const GLOBAL = '13dbb0c8aa05101a9bb000aa002fc45a';
  const msems = loadDefaultCatalog().services.find((s) => s.name === 'MSEMS')!;

  it('is copied at the same UID into a profile that lacks it, and shared (with a warning) where it exists', () => {
    const { doc: withExchange, serviceUid } = createService(emptyDoc('ex', 'Exchange'), msems, { newUid: uidSequence('e0') });
    const before = structuredClone(withExchange);
    const into = emptyDoc('t', 'Target');
    const plan = planCopy(withExchange, serviceUid, into, { newUid: uidSequence() });
    const extra = plan.sections.find((s) => s.role === 'extra')!;
    expect(extra).toMatchObject({ uid: GLOBAL, from: GLOBAL, fixedUid: true });
    expect(plan.uidMap[GLOBAL]).toBeUndefined();
    expectGoodCopy(plan, withExchange, before, into, applyCopy(plan, into));

    // The real profile keeps an empty 13dbb0c8… key: the service's settings arrive in it, not duplicated.
    const real = sampleDoc();
    const plan2 = planCopy(withExchange, serviceUid, real, { newUid: uidSequence() });
    expect(plan2.sections.find((s) => s.uid === GLOBAL)).toMatchObject({ fixedUid: true, role: 'extra' });
    expect(plan2.sharedSections).toEqual([]);
    const result = applyCopy(plan2, real);
    const globals = result.keys.filter((k) => k.path.toLowerCase() === GLOBAL);
    expect(globals).toHaveLength(1);
    expect(globals[0]!.values.map((v) => v.name)).toEqual(['00036600', '00036601', '00036605', '00036604']);
    expectGoodCopy(plan2, withExchange, before, real, result);
  });

  it('refuses (MAPI_E_COLLISION) a target whose fixed section holds other settings; shares one with the same', () => {
    const { doc: withExchange, serviceUid } = createService(emptyDoc('ex', 'Exchange'), msems, { newUid: uidSequence('e0') });
    const other = {
      ...sampleDoc('o', 'Other'),
      keys: sampleDoc().keys.map((k) => (k.path === GLOBAL ? { ...k, values: [{ name: '00036600', type: 3, data: '02050000' }] } : k)),
    };
    const before = structuredClone(other);
    let error: unknown;
    try {
      planCopy(withExchange, serviceUid, other);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'MAPI_E_COLLISION', hresult: 0x80040604, reason: 'fixedSectionConflict' });
    expect((error as Error).message).toBe(
      `Profile "Other" already holds section ${GLOBAL} with other settings: copying "Microsoft Exchange Server" would put two accounts’ settings in one section, so nothing was copied.`,
    );
    expect(other).toEqual(before);
    // Identical settings: one section serves both, with a warning.
    const same = {
      ...other,
      keys: other.keys.map((k) => (k.path === GLOBAL ? { ...k, values: withExchange.keys.find((x) => x.path === GLOBAL)!.values } : k)),
    };
    const plan = planCopy(withExchange, serviceUid, same, { newUid: uidSequence() });
    expect(plan.sharedSections).toEqual([GLOBAL]);
    expect(plan.warnings).toContainEqual({ code: 'fixedSectionShared', params: { section: GLOBAL } });
    expectGoodCopy(plan, withExchange, withExchange, same, applyCopy(plan, same));
  });

  it('MSEMS is single-copy: within its own profile the copy is refused', () => {
    const { doc, serviceUid } = createService(emptyDoc(), msems);
    expect(() => planCopy(doc, serviceUid, doc)).toThrowError(expect.objectContaining({ code: 'MAPI_E_NO_ACCESS', hresult: 0x80070005 }));
  });

  it('a service without an account entry is copied without one, with a warning', () => {
    const { doc, serviceUid } = createService(
      emptyDoc(),
      loadDefaultCatalog().services.find((s) => s.name === 'MSUPST MS')!,
    );
    const plan = planCopy(doc, serviceUid, doc);
    expect(plan.accountEntry).toBeNull();
    expect(plan.warnings).toContainEqual({ code: 'accountNotCopied', params: { service: 'Outlook Data File (.pst)' } });
  });
});
