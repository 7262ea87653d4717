import { describe, expect, it } from 'vitest';
import * as admin from '../../../electron/core/admin/profileAdmin.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';
import { rootKey } from '../../../shared/source.js';
import { sourceIdOf } from '../../../electron/core/store/profileStore.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { storedDocs, realProfile, tempDir } from '../store/storeHelpers.js';
import { step } from '../../helpers/historyStep.js';

const searchKey = (doc: { keys: { path: string; values: { name: string; data: string }[] }[] }) =>
  doc.keys.find((k) => k.path === SECTION.profileInstance)?.values.find((v) => v.name === '0102300b')?.data;

const ROOT = realProfile('x').origin.root;

function withOutlook() {
  const dir = tempDir();
  const store = ProfileStore.open(dir);
  admin.importProfiles(
    store,
    [{ file: 'NTUSER.DAT', profiles: [realProfile('outlook')], defaults: [{ root: ROOT, name: 'Outlook' }] }],
    step('NTUSER.DAT'),
  );
  const sourceId = sourceIdOf(store.get('outlook')!);
  return { dir, store, sourceId };
}

describe('profile administration (IProfAdmin semantics)', () => {
  it('creates an empty profile with a master section and a fresh PR_SEARCH_KEY', () => {
    const store = ProfileStore.open(tempDir());
    const a = admin.createProfile(store, 'Work');
    const b = admin.createProfile(store, 'Home', PROFILE_ROOTS.messaging);
    expect(a.keys.map((k) => k.path)).toEqual(['', SECTION.master, SECTION.profileInstance]);
    expect(searchKey(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(searchKey(a)).not.toBe(searchKey(b));
    expect(b.origin.root).toBe(PROFILE_ROOTS.messaging);
    expect(store.history().map((h) => h.description)).toEqual(["Create profile 'Work'", "Create profile 'Home'"]);
  });

  it('refuses a name taken in the same source and root with MAPI_E_NO_ACCESS, case-insensitively, on create, rename and copy', () => {
    const { store, sourceId } = withOutlook();
    admin.createProfile(store, 'Work', ROOT, sourceId);
    for (const act of [
      () => admin.createProfile(store, 'outlook', ROOT, sourceId),
      () => admin.renameProfile(store, 'Work', 'OUTLOOK'),
      () => admin.copyProfile(store, 'Work', 'Outlook'),
    ]) {
      expect(act).toThrowError(expect.objectContaining({ code: 'MAPI_E_NO_ACCESS', hresult: 0x80070005, reason: 'profileExistsIn' }));
    }
  });

  it('the copy plan refuses what the copy refuses — a taken name in the target, a bad name — and accepts the name under another root', () => {
    const { dir, store, sourceId } = withOutlook();
    const before = storedDocs(dir);
    expect(() => admin.planCopyProfile(store, 'Outlook', 'OUTLOOK')).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_NO_ACCESS', reason: 'profileExistsIn', details: expect.objectContaining({ root: ROOT }) }),
    );
    expect(() => admin.planCopyProfile(store, 'Outlook', 'a\\b', { sourceId, root: 'office15' })).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_INVALID_PARAMETER', reason: 'profileNameBackslash' }),
    );
    expect(admin.planCopyProfile(store, 'Outlook', 'Outlook', { sourceId, root: 'office15' })).toMatchObject({
      to: { name: 'Outlook', root: PROFILE_ROOTS.office15 },
      rootChanges: true,
      sourceChanges: false,
    });
    // A plan writes nothing.
    expect(storedDocs(dir)).toEqual(before);
  });

  it('takes a name that another source or another root holds: names are unique per source and root only', () => {
    const { store, sourceId } = withOutlook();
    expect(admin.createProfile(store, 'Outlook').origin.sourceId).toBe('new');
    expect(admin.createProfile(store, 'Outlook', PROFILE_ROOTS.messaging, sourceId).name).toBe('Outlook');
    expect(store.list().map((d) => d.name)).toEqual(['Outlook', 'Outlook', 'Outlook']);
  });

  it('a root spelled in another case is the source’s own root: one key, one root, one default', () => {
    const { store, sourceId } = withOutlook();
    // The sample hive says SOFTWARE; PROFILE_ROOTS (what the window offers) says Software.
    const other = PROFILE_ROOTS.office16;
    expect(other).not.toBe(ROOT);
    expect(other.toLowerCase()).toBe(ROOT.toLowerCase());
    const work = admin.createProfile(store, 'Work', other, sourceId);
    expect(work.origin.root).toBe(ROOT);
    expect(admin.copyProfile(store, work.id, 'Home', { sourceId, root: other }).origin.root).toBe(ROOT);
    admin.setDefaultProfile(store, work.id, true);
    expect(store.defaults()).toEqual({ [rootKey(sourceId, ROOT)]: 'Work' });
  });

  it('refuses names MAPI cannot hold, saying why', () => {
    const store = ProfileStore.open(tempDir());
    expect(() => admin.createProfile(store, 'x'.repeat(65))).toThrowError(expect.objectContaining({ reason: 'profileNameTooLong' }));
    expect(() => admin.createProfile(store, ' padded')).toThrowError(expect.objectContaining({ reason: 'profileNameOuterSpace' }));
    expect(() => admin.createProfile(store, 'a\\b')).toThrowError(expect.objectContaining({ reason: 'profileNameBackslash' }));
    expect(admin.createProfile(store, "Bob's mail - Contoso (2)").name).toBe("Bob's mail - Contoso (2)");
  });

  it('an unknown profile is MAPI_E_NOT_FOUND', () => {
    const store = ProfileStore.open(tempDir());
    expect(() => admin.deleteProfile(store, 'nope')).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_NOT_FOUND', hresult: 0x8004010f }),
    );
  });

  it('rename: the default follows the profile', () => {
    const { store } = withOutlook();
    admin.renameProfile(store, 'Outlook', 'Main');
    expect(Object.values(store.defaults())).toEqual(['Main']);
    expect(store.isDefault(store.findByName('Main')!)).toBe(true);
  });

  it('copy: every section copied, a new PR_SEARCH_KEY, never the default', () => {
    const { store } = withOutlook();
    const original = store.findByName('Outlook')!;
    const copy = admin.copyProfile(store, 'Outlook', 'Outlook copy');
    expect(copy.keys.map((k) => k.path)).toEqual(original.keys.map((k) => k.path));
    expect(searchKey(copy)).not.toBe(searchKey(original));
    const withoutKey = (d: typeof copy) => d.keys.filter((k) => k.path !== SECTION.profileInstance);
    expect(withoutKey(copy)).toEqual(withoutKey(original));
    expect(store.isDefault(copy)).toBe(false);
  });

  it('set default and clear it, per source and registry root', () => {
    const { store, sourceId } = withOutlook();
    admin.createProfile(store, 'Old', PROFILE_ROOTS.messaging, sourceId);
    admin.setDefaultProfile(store, 'Old', true);
    expect(store.defaults()).toEqual({ [rootKey(sourceId, ROOT)]: 'Outlook', [rootKey(sourceId, PROFILE_ROOTS.messaging)]: 'Old' });
    admin.setDefaultProfile(store, 'Outlook', false);
    expect(store.defaults()).toEqual({ [rootKey(sourceId, PROFILE_ROOTS.messaging)]: 'Old' });
  });

  it('delete clears the default; undo of every operation gives back byte-identical documents', () => {
    const { dir, store } = withOutlook();
    const ops: [string, () => unknown][] = [
      ['create', () => admin.createProfile(store, 'Work')],
      ['rename', () => admin.renameProfile(store, 'Outlook', 'Main')],
      ['copy', () => admin.copyProfile(store, 'Main', 'Main copy')],
      ['default', () => admin.setDefaultProfile(store, 'Work', true)],
      ['delete', () => admin.deleteProfile(store, 'Main')],
    ];
    const states: { files: Record<string, string>; defaults: Record<string, string> }[] = [];
    for (const [, op] of ops) {
      states.push({ files: storedDocs(dir), defaults: { ...store.defaults() } });
      op();
    }
    for (let i = ops.length - 1; i >= 0; i--) {
      store.undo();
      expect(storedDocs(dir), ops[i]![0]).toEqual(states[i]!.files);
      expect(store.defaults(), ops[i]![0]).toEqual(states[i]!.defaults);
    }
  });

  it('import renames nothing: each file is a source with its own profiles and its own default', () => {
    const { store, sourceId } = withOutlook();
    const again = admin.importProfiles(
      store,
      [{ file: 'b.reg', profiles: [realProfile('second')], defaults: [{ root: ROOT, name: 'Outlook' }] }],
      step('b.reg'),
    );
    expect(again).toEqual([{ id: 'second', name: 'Outlook', file: 'b.reg', sourceId: again[0]!.sourceId }]);
    expect(again[0]!.sourceId).not.toBe(sourceId);
    expect(store.defaults()).toEqual({ [rootKey(sourceId, ROOT)]: 'Outlook', [rootKey(again[0]!.sourceId, ROOT)]: 'Outlook' });
    expect(store.list().map((d) => [d.name, store.isDefault(d)])).toEqual([
      ['Outlook', true],
      ['Outlook', true],
    ]);
  });

  it('copy-profile into another source and root: the uplift from the messaging subsystem to Office 16.0, the default moving with it', () => {
    const store = ProfileStore.open(tempDir());
    const old = { ...realProfile('old', 'Legacy'), origin: { ...realProfile('x').origin, root: PROFILE_ROOTS.messaging } };
    admin.importProfiles(
      store,
      [{ file: 'old.reg', profiles: [old], defaults: [{ root: PROFILE_ROOTS.messaging, name: 'Legacy' }] }],
      step('old.reg'),
    );
    admin.importProfiles(store, [{ file: 'NTUSER.DAT', profiles: [realProfile('new')], defaults: [] }], step('NTUSER.DAT'));
    const target = sourceIdOf(store.get('new')!);
    const plan = admin.planCopyProfile(store, 'Legacy', 'Legacy', { sourceId: target, root: 'office16' });
    expect(plan).toMatchObject({
      to: { root: ROOT, source: 'NTUSER.DAT' },
      becomesDefault: true,
      rootChanges: true,
      sourceChanges: true,
      defaultHolder: ROOT.slice(0, ROOT.lastIndexOf('\\')),
    });
    const copy = admin.copyProfile(store, 'Legacy', 'Legacy', { sourceId: target, root: 'office16' });
    expect([copy.origin.root, copy.origin.sourceId, store.isDefault(copy)]).toEqual([ROOT, target, true]);
    // The original stays where it was, still its root's default; a second copy finds the name taken.
    expect(store.isDefault(store.get('old')!)).toBe(true);
    expect(() => admin.copyProfile(store, 'old.reg:Legacy', 'Legacy', { sourceId: target, root: 'office16' })).toThrowError(
      expect.objectContaining({ reason: 'profileExistsIn' }),
    );
  });
});
