/** Store v1 → v2: every profile gets a source; a profile renamed on import gets its name back. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootKey } from '../../../shared/source.js';
import { ProfileStore, sourceIdOf } from '../../../electron/core/store/profileStore.js';
import { unsavedOf, defaultsOf, profilesOf } from '../../../electron/core/store/savedState.js';
import { tempDir } from './storeHelpers.js';

const OFFICE16 = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
const WMS = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles';

function openFixture(): ProfileStore {
  const dir = tempDir();
  cpSync(join(import.meta.dirname, '../../fixtures/store/v1-renamed'), dir, { recursive: true });
  return ProfileStore.open(dir);
}

describe('store migration to sources (v2)', () => {
  it('gives a profile renamed on import its name back, in a source of its own file', () => {
    const store = openFixture();
    const byId = (id: string) => store.get(id)!;
    const sourceName = (id: string) => store.source(sourceIdOf(byId(id)))!.name;
    expect(['p-a', 'p-b', 'p-c', 'p-f'].map((id) => [byId(id).name, sourceName(id)])).toEqual([
      ['Outlook', 'NTUSER.DAT'],
      ['Outlook', 'NTUSER.DAT'],
      ['Outlook', 'laptop.reg'],
      ['Outlook', 'NTUSER.DAT'],
    ]);
    // The two NTUSER.DAT files are two sources; the WMS "Outlook" shares the first one's (another root).
    expect(sourceIdOf(byId('p-a'))).not.toBe(sourceIdOf(byId('p-b')));
    expect(sourceIdOf(byId('p-f'))).toBe(sourceIdOf(byId('p-a')));
  });

  it('keeps the names the user chose: no base name beside it, or created in the editor', () => {
    const store = openFixture();
    expect(store.get('p-d')!.name).toBe('Sales (2)');
    expect(store.get('p-e')!.name).toBe('Outlook (4)');
    expect(store.source(sourceIdOf(store.get('p-e')!))!.kind).toBe('new');
    expect(store.source(sourceIdOf(store.get('p-g')!))!.kind).toBe('computer');
  });

  it('moves each default to the source of the profile it named, under its restored name', () => {
    const store = openFixture();
    const b = store.get('p-b')!;
    const f = store.get('p-f')!;
    expect(store.defaults()).toEqual({ [rootKey(sourceIdOf(b), OFFICE16)]: 'Outlook', [rootKey(sourceIdOf(f), WMS)]: 'Outlook' });
    expect(store.isDefault(b)).toBe(true);
    expect(store.isDefault(store.get('p-a')!)).toBe(false);
  });

  it('takes what every source holds as saved', () => {
    const store = openFixture();
    for (const sourceId of Object.keys(store.sources())) {
      expect(unsavedOf(profilesOf(store.list(), sourceId), defaultsOf(store.defaults(), sourceId), store.saved(sourceId)).dirty).toBe(
        false,
      );
    }
  });
});
