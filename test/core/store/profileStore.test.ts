import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { asPut, profileFiles, realProfile, tempDir } from './storeHelpers.js';
import { step } from '../../helpers/historyStep.js';

describe('the profile store', () => {
  it('keeps the real sample profile across a reopen, byte for byte', () => {
    const dir = tempDir();
    const doc = realProfile('p1');
    ProfileStore.open(dir).transact(step('Import'), (tx) => tx.put(doc));
    expect(asPut(ProfileStore.open(dir).get('p1'))).toEqual(doc);
  });

  it('rewrites only the document a change touches', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    store.transact(step('two'), (tx) => {
      tx.put(realProfile('a', 'A'));
      tx.put(realProfile('b', 'B'));
    });
    const bBefore = readFileSync(join(dir, 'profiles', 'b.json'));
    const mtimeB = statSync(join(dir, 'profiles', 'b.json')).mtimeMs;
    store.transact(step('rename a'), (tx) => tx.put({ ...tx.get('a')!, name: 'A2' }));
    expect(readFileSync(join(dir, 'profiles', 'b.json'))).toEqual(bBefore);
    expect(statSync(join(dir, 'profiles', 'b.json')).mtimeMs).toBe(mtimeB);
  });

  it('writes nothing when the transaction throws', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    store.transact(step('one'), (tx) => tx.put(realProfile('a', 'A')));
    const before = profileFiles(dir);
    expect(() =>
      store.transact(step('fails'), (tx) => {
        tx.put(realProfile('b', 'B'));
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(profileFiles(dir)).toEqual(before);
    expect(ProfileStore.open(dir).list().map((d) => d.id)).toEqual(['a']);
    expect(store.history().map((h) => h.description)).toEqual(['Import one']);
  });

  it('undo and redo give back byte-identical documents, across restarts', () => {
    const dir = tempDir();
    let store = ProfileStore.open(dir);
    store.transact(step('add'), (tx) => tx.put(realProfile('a', 'A')));
    const afterAdd = profileFiles(dir);
    store.transact(step('edit'), (tx) => tx.put({ ...tx.get('a')!, name: 'Changed' }));
    const afterEdit = profileFiles(dir);
    store = ProfileStore.open(dir);
    expect(store.undo()?.description).toBe('Import edit');
    expect(profileFiles(dir)).toEqual(afterAdd);
    store = ProfileStore.open(dir);
    expect(store.history().map((h) => h.undone)).toEqual([false, true]);
    expect(store.redo()?.description).toBe('Import edit');
    expect(profileFiles(dir)).toEqual(afterEdit);
    store.undo();
    store.undo();
    expect(profileFiles(dir)).toEqual({});
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
    writeFileSync(join(dir, 'profiles', 'a.json'), '{"id":"a","name":42}');
    const store = ProfileStore.open(dir);
    expect(store.list().map((d) => d.id)).toEqual(['b']);
    expect(store.problems[0]).toMatch(/a failed to load .*quarantine/);
    expect(existsSync(join(dir, 'quarantine', 'a.json'))).toBe(true);
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
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
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
    expect(entry).toMatchObject({ description: "Rename profile 'Work' to 'Office'", message: { key: 'renameProfile', params: { from: 'Work', to: 'Office' } } });
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
