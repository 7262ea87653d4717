/** importProfiles never replaces a profile already in the workspace, even one with the same id, and renames nothing. */
import { describe, expect, it } from 'vitest';
import { importProfiles } from '../../../electron/core/admin/profileAdmin.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { realProfile, tempDir } from '../store/storeHelpers.js';
import { step } from '../../helpers/historyStep.js';

describe('importProfiles', () => {
  it('gives a new id to an imported profile whose id is taken, and keeps its name', () => {
    const store = ProfileStore.open(tempDir());
    store.transact(step('add'), (tx) => tx.put(realProfile('p1', 'Outlook')));
    const imported = importProfiles(
      store,
      [{ file: 'export.json', profiles: [realProfile('p1', 'Outlook')], defaults: [] }],
      step('export.json'),
    );
    expect(imported.map((i) => i.name)).toEqual(['Outlook']);
    expect(imported.some((i) => i.id === 'p1')).toBe(false);
    expect(store.list().map((d) => [d.id === 'p1', d.name])).toEqual([
      [true, 'Outlook'],
      [false, 'Outlook'],
    ]);
    expect(store.history().map((h) => h.description)).toEqual(['Import add', 'Import export.json']);
  });
});
