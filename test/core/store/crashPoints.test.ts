/**
 * Deterministic crash points: a child is killed right after each rename of a commit in turn (see
 * killAfterRename.ts). Situations the timed crash test cannot reach: a store that stays open in another
 * process (the app) and commits after the crash without reopening, a migration killed half way, a
 * commit killed between its history record and its journal, a commit that carries documents out of the
 * record it drops, and an undo.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { SCHEMA_VERSION } from '../../../electron/core/store/storeFiles.js';
import { tempDir, versioned, versionOf } from './storeHelpers.js';
import { step } from '../../helpers/historyStep.js';
import { tsxArgs } from '../../helpers/tsxChild.js';

const CHILD = join(import.meta.dirname, 'crashPointChild.ts');
const V0 = join(import.meta.dirname, '../../fixtures/store/v0');
const OFFICE16 = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';

function runChild(mode: 'commit' | 'migrate' | 'undo', dir: string, n: number, historyLimit?: number): { killed: boolean } {
  const r = spawnSync(process.execPath, tsxArgs(CHILD, mode, dir, String(n), ...(historyLimit ? [String(historyLimit)] : [])), {
    encoding: 'utf8',
  });
  if (r.signal !== 'SIGKILL' && r.stdout.trim() !== 'done') throw new Error(`child failed: ${r.stderr}`);
  return { killed: r.signal === 'SIGKILL' };
}

describe('crash points', () => {
  it('a store left open elsewhere finishes a dead process’s half-applied commit before committing its own', () => {
    let sawUnkilled = false;
    for (let n = 1; !sawUnkilled; n++) {
      expect(n, 'a commit has fewer than 12 renames').toBeLessThan(12);
      const dir = tempDir();
      const app = ProfileStore.open(dir);
      app.transact(step('seed'), (tx) => ['A', 'B', 'Z'].forEach((id) => tx.put(versioned(id, 1))));
      const { killed } = runChild('commit', dir, n);
      sawUnkilled = !killed;
      // The app never reopens: its next commit must not build on a torn state.
      app.transact(step('app: Z to 9'), (tx) => tx.put(versioned('Z', 9)));
      const fresh = ProfileStore.open(dir);
      const context = `killed after rename ${n}`;
      const a = versionOf(fresh.get('A'));
      expect([a, versionOf(fresh.get('B')), fresh.get('C') ? 2 : 1], context).toEqual([a, a, a]);
      expect(versionOf(fresh.get('Z')), context).toBe(9);
      expect(versionOf(app.get('A')), context).toBe(a);
      expect(fresh.problems, context).toEqual([]);
      expect(existsSync(join(dir, 'journal.json')), context).toBe(false);
    }
  }, 60_000);

  it('a commit writes its history record first: killed after it, the store is unchanged and the next commit reuses the id', () => {
    const dir = tempDir();
    const app = ProfileStore.open(dir);
    app.transact(step('seed'), (tx) => ['A', 'B'].forEach((id) => tx.put(versioned(id, 1))));
    expect(runChild('commit', dir, 1).killed).toBe(true);
    expect(existsSync(join(dir, 'history', '2.json'))).toBe(true);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    expect(versionOf(ProfileStore.open(dir).get('A'))).toBe(1);
    app.transact(step('app: A to 9'), (tx) => tx.put(versioned('A', 9)));
    expect(app.history().map((h) => [h.id, h.description])).toEqual([
      [1, 'Import seed'],
      [2, 'Import app: A to 9'],
    ]);
    expect(app.undo()?.description).toBe('Import app: A to 9');
    expect(versionOf(app.get('A'))).toBe(1);
  });

  it('a journal carries the index, which places the documents in the history record written before it', () => {
    const dir = tempDir();
    ProfileStore.open(dir).transact(step('seed'), (tx) => tx.put(versioned('A', 1)));
    expect(runChild('commit', dir, 2).killed).toBe(true);
    const journal = JSON.parse(readFileSync(join(dir, 'journal.json'), 'utf8'));
    expect(Object.keys(journal).sort()).toEqual(['docs', 'dropHistory', 'index']);
    expect(journal.docs).toEqual({});
    expect(journal.index.places).toEqual(Object.fromEntries(['A', 'B', 'C'].map((id) => [id, { record: 2, side: 'after' }])));
    const record = JSON.parse(readFileSync(join(dir, 'history', '2.json'), 'utf8'));
    expect(Object.keys(record.after.docs).sort()).toEqual(['A', 'B', 'C']);
    expect(versionOf(ProfileStore.open(dir).get('C'))).toBe(2);
  });

  it('a commit that drops the record holding a document carries it over: killed at any point, the document is there', () => {
    let sawUnkilled = false;
    for (let n = 1; !sawUnkilled; n++) {
      expect(n, 'a commit has fewer than 12 renames').toBeLessThan(12);
      const dir = tempDir();
      ProfileStore.open(dir).transact(step('seed'), (tx) => ['A', 'B', 'Z'].forEach((id) => tx.put(versioned(id, 1))));
      // With a history of one change, the child's commit drops record 1, Z's only copy.
      sawUnkilled = !runChild('commit', dir, n, 1).killed;
      const fresh = ProfileStore.open(dir, { historyLimit: 1 });
      const context = `killed after rename ${n}`;
      const a = versionOf(fresh.get('A'));
      expect([a, versionOf(fresh.get('B')), fresh.get('C') ? 2 : 1], context).toEqual([a, a, a]);
      expect(versionOf(fresh.get('Z')), context).toBe(1);
      expect(fresh.problems, context).toEqual([]);
      expect(existsSync(join(dir, 'journal.json')), context).toBe(false);
      if (a === 2) expect(existsSync(join(dir, 'history', '1.json')), context).toBe(false);
    }
  }, 60_000);

  it('an undo killed at any point leaves the change applied or undone, never half', () => {
    let sawUnkilled = false;
    for (let n = 1; !sawUnkilled; n++) {
      expect(n, 'an undo has fewer than 12 renames').toBeLessThan(12);
      const dir = tempDir();
      const store = ProfileStore.open(dir);
      store.transact(step('seed'), (tx) => ['A', 'B'].forEach((id) => tx.put(versioned(id, 1))));
      store.transact(step('A and B to 2, add C'), (tx) => ['A', 'B', 'C'].forEach((id) => tx.put(versioned(id, 2))));
      sawUnkilled = !runChild('undo', dir, n).killed;
      const fresh = ProfileStore.open(dir);
      const context = `killed after rename ${n}`;
      const a = versionOf(fresh.get('A'));
      expect([a, versionOf(fresh.get('B')), fresh.get('C') ? 2 : 1], context).toEqual([a, a, a]);
      expect(
        fresh.history().map((h) => h.undone),
        context,
      ).toEqual([false, a === 1]);
      expect(fresh.problems, context).toEqual([]);
    }
  }, 60_000);

  it('a migration killed at any point leaves the v0 store or the current one, never a mix', () => {
    let sawUnkilled = false;
    for (let n = 1; !sawUnkilled; n++) {
      expect(n).toBeLessThan(12);
      const dir = tempDir();
      cpSync(V0, dir, { recursive: true });
      sawUnkilled = !runChild('migrate', dir, n).killed;
      const store = ProfileStore.open(dir);
      const context = `killed after rename ${n}`;
      // Work was created in the editor: it belongs to the "new profiles" source, its default with it.
      expect(store.defaults(), context).toEqual({ [`new\\${OFFICE16}`]: 'Work' });
      expect(
        store.list().map((d) => d.name),
        context,
      ).toEqual(['Outlook', 'Work']);
      expect(store.problems, context).toEqual([]);
      expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).schemaVersion, context).toBe(SCHEMA_VERSION);
    }
  }, 60_000);
});
