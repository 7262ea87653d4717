import { describe, expect, it } from 'vitest';
import * as admin from '../../../electron/core/admin/profileAdmin.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { profileFiles, realProfile, tempDir } from '../store/storeHelpers.js';
import { step } from '../../helpers/historyStep.js';

const searchKey = (doc: { keys: { path: string; values: { name: string; data: string }[] }[] }) =>
  doc.keys.find((k) => k.path === SECTION.profileInstance)?.values.find((v) => v.name === '0102300b')?.data;

function withOutlook() {
  const dir = tempDir();
  const store = ProfileStore.open(dir);
  admin.importProfiles(store, [{ file: 'NTUSER.DAT', profiles: [realProfile('outlook')], defaults: [{ root: realProfile('x').origin.root, name: 'Outlook' }] }], step('NTUSER.DAT'));
  return { dir, store };
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

  it('refuses a taken name with MAPI_E_NO_ACCESS, case-insensitively, on create, rename and copy', () => {
    const { store } = withOutlook();
    admin.createProfile(store, 'Work');
    for (const act of [() => admin.createProfile(store, 'outlook'), () => admin.renameProfile(store, 'Work', 'OUTLOOK'), () => admin.copyProfile(store, 'Work', 'Outlook')]) {
      expect(act).toThrowError(expect.objectContaining({ code: 'MAPI_E_NO_ACCESS', hresult: 0x80070005 }));
    }
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
    expect(() => admin.deleteProfile(store, 'nope')).toThrowError(expect.objectContaining({ code: 'MAPI_E_NOT_FOUND', hresult: 0x8004010f }));
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

  it('set default and clear it, per registry root', () => {
    const { store } = withOutlook();
    admin.createProfile(store, 'Old', PROFILE_ROOTS.messaging);
    admin.setDefaultProfile(store, 'Old', true);
    expect(store.defaults()).toEqual({ [realProfile('x').origin.root]: 'Outlook', [PROFILE_ROOTS.messaging]: 'Old' });
    admin.setDefaultProfile(store, 'Outlook', false);
    expect(store.defaults()).toEqual({ [PROFILE_ROOTS.messaging]: 'Old' });
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
      states.push({ files: profileFiles(dir), defaults: { ...store.defaults() } });
      op();
    }
    for (let i = ops.length - 1; i >= 0; i--) {
      store.undo();
      expect(profileFiles(dir), ops[i]![0]).toEqual(states[i]!.files);
      expect(store.defaults(), ops[i]![0]).toEqual(states[i]!.defaults);
    }
  });

  it('import renames a colliding profile and keeps the first default of a root', () => {
    const { store } = withOutlook();
    const again = admin.importProfiles(store, [{ file: 'b.reg', profiles: [realProfile('second')], defaults: [{ root: realProfile('x').origin.root, name: 'Outlook' }] }], step('b.reg'));
    expect(again).toEqual([{ id: 'second', name: 'Outlook (2)', file: 'b.reg', renamedFrom: 'Outlook' }]);
    expect(Object.values(store.defaults())).toEqual(['Outlook']);
  });
});
