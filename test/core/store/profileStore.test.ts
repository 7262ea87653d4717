import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { SCHEMA_VERSION } from '../../../electron/core/store/storeFiles.js';
import { asPut, realProfile, storeBytes, storedDocs, tempDir, versioned, versionOf } from './storeHelpers.js';
import { step } from '../../helpers/historyStep.js';

describe('the profile store', () => {
  it('keeps the real sample profile across a reopen, byte for byte', () => {
    const dir = tempDir();
    const doc = realProfile('p1');
    ProfileStore.open(dir).transact(step('Import'), (tx) => tx.put(doc));
    expect(asPut(ProfileStore.open(dir).get('p1'))).toEqual(doc);
  });

  it('writes only the document a change touches, once: into its history record, leaving the record holding the other untouched', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    store.transact(step('two'), (tx) => {
      tx.put(realProfile('a', 'A'));
      tx.put(realProfile('b', 'B'));
    });
    const first = join(dir, 'history', '1.json');
    const [bytes, mtime] = [readFileSync(first), statSync(first).mtimeMs];
    store.transact(step('rename a'), (tx) => tx.put({ ...tx.get('a')!, name: 'A2' }));
    expect(readFileSync(first)).toEqual(bytes);
    expect(statSync(first).mtimeMs).toBe(mtime);
    const second = JSON.parse(readFileSync(join(dir, 'history', '2.json'), 'utf8'));
    expect(Object.keys(second.after.docs)).toEqual(['a']);
    expect(readdirSync(join(dir, 'profiles'))).toEqual([]);
    expect(readFileSync(join(dir, 'index.json'), 'utf8')).not.toContain('"keys"');
    const reopened = ProfileStore.open(dir);
    expect(reopened.list().map((d) => d.name)).toEqual(['A2', 'B']);
    expect(asPut(reopened.get('b'))).toEqual(realProfile('b', 'B'));
  });

  it('writes nothing when the transaction throws', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    store.transact(step('one'), (tx) => tx.put(realProfile('a', 'A')));
    const before = storeBytes(dir);
    expect(() =>
      store.transact(step('fails'), (tx) => {
        tx.put(realProfile('b', 'B'));
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(storeBytes(dir)).toEqual(before);
    expect(
      ProfileStore.open(dir)
        .list()
        .map((d) => d.id),
    ).toEqual(['a']);
    expect(store.history().map((h) => h.description)).toEqual(['Import one']);
  });

  it('undo and redo give back byte-identical documents, across restarts', () => {
    const dir = tempDir();
    let store = ProfileStore.open(dir);
    store.transact(step('add'), (tx) => tx.put(realProfile('a', 'A')));
    const afterAdd = storedDocs(dir);
    store.transact(step('edit'), (tx) => tx.put({ ...tx.get('a')!, name: 'Changed' }));
    const afterEdit = storedDocs(dir);
    store = ProfileStore.open(dir);
    expect(store.undo()?.description).toBe('Import edit');
    expect(storedDocs(dir)).toEqual(afterAdd);
    store = ProfileStore.open(dir);
    expect(store.history().map((h) => h.undone)).toEqual([false, true]);
    expect(store.redo()?.description).toBe('Import edit');
    expect(storedDocs(dir)).toEqual(afterEdit);
    store.undo();
    store.undo();
    expect(storedDocs(dir)).toEqual({});
    expect(store.undo()).toBeNull();
  });

  it('a new change after an undo drops the redo tail', () => {
    const store = ProfileStore.open(tempDir());
    store.transact(step('one'), (tx) => tx.put(realProfile('a', 'A')));
    store.transact(step('two'), (tx) => tx.put(realProfile('b', 'B')));
    store.undo();
    store.transact(step('three'), (tx) => tx.put(realProfile('c', 'C')));
    expect(store.history().map((h) => h.description)).toEqual(['Import one', 'Import three']);
    expect(store.redo()).toBeNull();
  });

  it('keeps a bounded history and removes the dropped records', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir, { historyLimit: 5 });
    for (let i = 0; i < 12; i++) store.transact(step(`change ${i}`), (tx) => tx.put({ ...realProfile('a', 'A'), name: `A${i}` }));
    expect(store.history().map((h) => h.description)).toEqual([7, 8, 9, 10, 11].map((i) => `Import change ${i}`));
    expect(existsSync(join(dir, 'history', '1.json'))).toBe(false);
    expect(existsSync(join(dir, 'history', '12.json'))).toBe(true);
  });

  it('quarantines a document that fails its schema and opens the rest', () => {
    const dir = tempDir();
    ProfileStore.open(dir).transact(step('two'), (tx) => {
      tx.put(realProfile('a', 'A'));
      tx.put(realProfile('b', 'B'));
    });
    const file = join(dir, 'history', '1.json');
    const record = JSON.parse(readFileSync(file, 'utf8'));
    record.after.docs.a = { id: 'a', name: 42 };
    writeFileSync(file, JSON.stringify(record));
    const store = ProfileStore.open(dir);
    expect(store.list().map((d) => d.id)).toEqual(['b']);
    expect(store.problems[0]).toMatch(/a failed to load .*quarantine/);
    expect(JSON.parse(readFileSync(join(dir, 'quarantine', 'a.json'), 'utf8'))).toEqual({ id: 'a', name: 42 });
  });

  it('a dropped history record hands the documents it still holds to the committing record', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir, { historyLimit: 2 });
    store.transact(step('two'), (tx) => {
      tx.put(realProfile('a', 'A'));
      tx.put(realProfile('b', 'B'));
    });
    for (const name of ['A1', 'A2']) store.transact(step(name), (tx) => tx.put({ ...tx.get('a')!, name }));
    // Record 1, the only one that held B, is gone; record 3 carries B.
    expect(existsSync(join(dir, 'history', '1.json'))).toBe(false);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'history', '3.json'), 'utf8')).carried)).toEqual(['b']);
    const reopened = ProfileStore.open(dir, { historyLimit: 2 });
    expect(reopened.list().map((d) => d.name)).toEqual(['A2', 'B']);
    expect(asPut(reopened.get('b'))).toEqual(realProfile('b', 'B'));
    expect(reopened.problems).toEqual([]);
  });

  it('a change after undoing a deletion keeps the restored profile, whose only copy was in the dropped redo record', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    store.transact(step('add'), (tx) => tx.put(realProfile('a', 'A')));
    store.transact(step('B'), (tx) => tx.put(realProfile('b', 'B')));
    store.transact(step('delete a'), (tx) => tx.delete('a'));
    store.undo();
    store.undo();
    // a is now in record 3's before-image, b deleted; this change drops records 2 and 3.
    store.transact(step('C'), (tx) => tx.put(realProfile('c', 'C')));
    expect(existsSync(join(dir, 'history', '3.json'))).toBe(false);
    const reopened = ProfileStore.open(dir);
    expect(reopened.list().map((d) => d.id)).toEqual(['a', 'c']);
    expect(asPut(reopened.get('a'))).toEqual(realProfile('a', 'A'));
    expect(reopened.problems).toEqual([]);
  });

  it('opens a v2 store, whose documents are one file each: a change moves a document into its record and removes its file', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    store.transact(step('two'), (tx) => {
      tx.put(realProfile('a', 'A'));
      tx.put(realProfile('b', 'B'));
    });
    // The layout v2 wrote: the same documents, one file each, and an index without places.
    const docs = store.list();
    mkdirSync(join(dir, 'profiles'), { recursive: true });
    for (const doc of docs) writeFileSync(join(dir, 'profiles', `${doc.id}.json`), JSON.stringify(doc));
    const { places: _places, ...index } = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ ...index, schemaVersion: 2, history: { items: [], position: 0, nextId: 2 } }));
    rmSync(join(dir, 'history', '1.json'));
    const v2 = ProfileStore.open(dir);
    expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(v2.list()).toEqual(docs);
    v2.transact(step('rename a'), (tx) => tx.put({ ...tx.get('a')!, name: 'A2' }));
    expect(readdirSync(join(dir, 'profiles'))).toEqual(['b.json']);
    expect(
      ProfileStore.open(dir)
        .list()
        .map((d) => d.name),
    ).toEqual(['A2', 'B']);
    // Undone, a's document is the record's before-image: its file does not come back.
    v2.undo();
    expect(readdirSync(join(dir, 'profiles'))).toEqual(['b.json']);
    expect(ProfileStore.open(dir).list()).toEqual(docs);
  });

  it('sees another process’s commit and never overwrites it', () => {
    const dir = tempDir();
    const first = ProfileStore.open(dir);
    const second = ProfileStore.open(dir);
    second.transact(step('from the CLI'), (tx) => tx.put(realProfile('cli', 'From CLI')));
    first.transact(step('from the app'), (tx) => tx.put(realProfile('app', 'From app')));
    const reopened = ProfileStore.open(dir);
    expect(reopened.list().map((d) => d.name)).toEqual(['From CLI', 'From app']);
    expect(reopened.history().map((h) => h.description)).toEqual(['Import from the CLI', 'Import from the app']);
    expect(second.refresh()).toBe(true);
    expect(second.list()).toHaveLength(2);
  });

  it('finishes a commit interrupted after its journal was written', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    store.transact(step('one'), (tx) => tx.put(realProfile('a', 'A')));
    // What a crash right after the journal's rename leaves: the journal, and none of its files applied.
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    const doc = realProfile('b', 'B');
    const journal = { docs: { b: doc }, index: { ...index, revision: index.revision + 1, order: ['a', 'b'] }, dropHistory: [] };
    writeFileSync(join(dir, 'journal.json'), JSON.stringify(journal));
    const reopened = ProfileStore.open(dir);
    expect(reopened.list().map((d) => d.id)).toEqual(['a', 'b']);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });

  it('replays a journal that carries its history record, as earlier versions wrote them', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    store.transact(step('one'), (tx) => tx.put(realProfile('a', 'A')));
    // A crash right after such a journal's rename: neither the history record nor the documents applied.
    // Such a journal is v2's: its index has no places; its documents go to their files, then the store migrates.
    const { places: _places, ...current } = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    const index = { ...current, schemaVersion: 2 };
    const a = store.get('a')!;
    const renamed = { ...a, name: 'Renamed' };
    const images = (doc: typeof a) => ({ docs: { a: doc }, order: ['a'], defaults: {} });
    const item = { id: 2, description: 'rename', at: new Date(0).toISOString() };
    const journal = {
      docs: { a: renamed },
      index: { ...index, revision: index.revision + 1, history: { items: [...index.history.items, item], position: 2, nextId: 3 } },
      historyFile: { id: 2, record: { before: images(a), after: images(renamed) } },
      dropHistory: [],
    };
    writeFileSync(join(dir, 'journal.json'), JSON.stringify(journal));
    const reopened = ProfileStore.open(dir);
    expect(reopened.get('a')?.name).toBe('Renamed');
    expect(reopened.undo()?.description).toBe('rename');
    expect(reopened.get('a')?.name).toBe('A');
  });

  it('records a change as its message, with the English sentence derived from it', () => {
    const store = ProfileStore.open(tempDir());
    store.transact({ key: 'renameProfile', params: { from: 'Work', to: 'Office' } }, (tx) => tx.put(realProfile('a', 'Office')));
    const [entry] = ProfileStore.open(store.dir).history();
    expect(entry).toMatchObject({
      description: "Rename profile 'Work' to 'Office'",
      message: { key: 'renameProfile', params: { from: 'Work', to: 'Office' } },
    });
  });

  it('opens a store written before history messages: it lists, undoes and extends that history', () => {
    const store = ProfileStore.open(copyFixture('v1-descriptions'));
    expect(store.history()).toEqual([
      { id: 1, description: "Create profile 'Work'", at: '2026-01-05T09:00:00.000Z', undone: false },
      { id: 2, description: "Rename profile 'Work' to 'Office'", at: '2026-01-05T09:01:00.000Z', undone: false },
    ]);
    expect(store.undo()?.description).toBe("Rename profile 'Work' to 'Office'");
    expect(store.get('p-work')?.name).toBe('Work');
    store.transact({ key: 'deleteProfile', params: { name: 'Work' } }, (tx) => tx.delete('p-work'));
    const reopened = ProfileStore.open(store.dir);
    expect(reopened.history().map((h) => h.message?.key)).toEqual([undefined, 'deleteProfile']);
  });

  it('opens a store whose records hold their before-images first, as the previous version wrote them: each document from its place', () => {
    // test/fixtures/store/v3-before-first/README.md: A in record 2's after-images, B in record 3's
    // before-images (its change undone), C carried into record 3.
    const store = ProfileStore.open(copyFixture('v3-before-first'), { historyLimit: 2 });
    expect(store.list().map((d) => [d.id, versionOf(d)])).toEqual([
      ['A', 2],
      ['B', 1],
      ['C', 1],
    ]);
    expect(store.problems).toEqual([]);
    expect(store.redo()?.description).toBe('Import B to 3');
    expect(versionOf(ProfileStore.open(store.dir).get('B'))).toBe(3);
    // A new change drops record 2 (the history holds two): A and C move into the new record, after-images first.
    store.transact(step('C to 4'), (tx) => tx.put(versioned('C', 4)));
    const reopened = ProfileStore.open(store.dir, { historyLimit: 2 });
    expect(reopened.list().map((d) => [d.id, versionOf(d)])).toEqual([
      ['A', 2],
      ['B', 3],
      ['C', 4],
    ]);
    expect(reopened.problems).toEqual([]);
  });

  it('opens what a truncated record still holds whole and reports the documents cut off, leaving the file as it is', () => {
    const dir = tempDir();
    ProfileStore.open(dir).transact(step('three'), (tx) => ['a', 'b', 'c'].forEach((id) => tx.put(realProfile(id, id.toUpperCase()))));
    const file = join(dir, 'history', '1.json');
    const text = readFileSync(file, 'utf8');
    // Cut inside b's document: a's line is whole, b's torn, c's gone.
    const cut = text.slice(0, text.indexOf('\n"b":') + 1000);
    writeFileSync(file, cut);
    const store = ProfileStore.open(dir);
    expect(store.list().map((d) => d.name)).toEqual(['A']);
    expect(store.problems).toHaveLength(2);
    expect(store.problems[0]).toMatch(/ b failed to load/);
    expect(store.problems[1]).toMatch(/ c failed to load/);
    expect(readFileSync(file, 'utf8')).toBe(cut);
  });

  it('migrates a version-0 store', () => {
    const store = ProfileStore.open(copyFixture('v0'));
    expect(store.list().map((d) => d.name)).toEqual(['Outlook', 'Work']);
    expect(store.defaults()).toEqual({ 'new\\HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles': 'Work' });
    expect(store.list().every((d) => !('isDefault' in d))).toBe(true);
  });
});

function copyFixture(name: string): string {
  const dir = tempDir();
  cpSync(join(import.meta.dirname, '../../fixtures/store', name), dir, { recursive: true });
  return dir;
}
