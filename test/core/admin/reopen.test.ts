/** A file opened again: refused until the caller says reload (undoable, unsaved changes dropped) or open again separately. */
import { describe, expect, it } from 'vitest';
import * as admin from '../../../electron/core/admin/profileAdmin.js';
import { ProfileStore, sourceIdOf } from '../../../electron/core/store/profileStore.js';
import { defaultsOf, profilesOf, unsavedOf } from '../../../electron/core/store/savedState.js';
import { realProfile, tempDir } from '../store/storeHelpers.js';
import { step } from '../../helpers/historyStep.js';

const file = (profiles = [realProfile('a', 'Outlook'), realProfile('b', 'Home')]) => ({
  file: 'NTUSER.DAT',
  source: { kind: 'file' as const, name: 'NTUSER.DAT', path: '/profiles/alice/NTUSER.DAT', format: 'hive' as const },
  profiles,
  defaults: [],
});
const dirty = (store: ProfileStore, sourceId: string) =>
  unsavedOf(profilesOf(store.list(), sourceId), defaultsOf(store.defaults(), sourceId), store.saved(sourceId));

describe('opening a file that is already open', () => {
  it('is refused with the source named, and nothing changes', () => {
    const store = ProfileStore.open(tempDir());
    admin.importProfiles(store, [file()], step('open'));
    const revision = store.revision;
    expect(() => admin.importProfiles(store, [file()], step('again'))).toThrowError(expect.objectContaining({ reason: 'alreadyOpen' }));
    expect(store.revision).toBe(revision);
  });

  it('reload: the file’s profiles replace the source’s, under the same ids, with nothing unsaved; undo brings the edits back', () => {
    const store = ProfileStore.open(tempDir());
    const [first] = admin.importProfiles(store, [file()], step('open'));
    const sourceId = first!.sourceId;
    admin.renameProfile(store, first!.id, 'Edited');
    admin.deleteProfile(store, 'Home');
    expect(dirty(store, sourceId).dirty).toBe(true);
    admin.importProfiles(store, [file([realProfile('x', 'Outlook'), realProfile('y', 'Home')])], step('reload'), 'reload');
    expect(store.list().map((d) => [d.name, sourceIdOf(d)])).toEqual([
      ['Outlook', sourceId],
      ['Home', sourceId],
    ]);
    expect(store.list()[0]!.id).toBe(first!.id);
    expect(dirty(store, sourceId).dirty).toBe(false);
    store.undo();
    expect(store.list().map((d) => d.name)).toEqual(['Edited']);
    // The file holds what the reload read: the undone state differs from it.
    expect(dirty(store, sourceId).dirty).toBe(true);
  });

  it('separate: a second source of the same file, its profiles under the same names', () => {
    const store = ProfileStore.open(tempDir());
    admin.importProfiles(store, [file()], step('open'));
    admin.importProfiles(store, [file()], step('again'), 'separate');
    expect(Object.values(store.sources()).map((s) => s.name)).toEqual(['NTUSER.DAT', 'NTUSER.DAT']);
    expect(store.list().map((d) => d.name)).toEqual(['Outlook', 'Home', 'Outlook', 'Home']);
    expect(() => admin.requireProfile(store, 'Outlook')).toThrowError(expect.objectContaining({ reason: 'profileAmbiguous' }));
  });
});
