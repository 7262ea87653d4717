/**
 * What a reader or a transaction function gets is never the store's own state: editing it in place
 * cannot change the store or the images undo writes back; a reload while another process commits sees
 * one commit, whole; a change that changes nothing is not an undo step; a dead holder's lock is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { asPut, storedDocs, realProfile, tempDir, versioned, versionOf } from './storeHelpers.js';
import { step } from '../../helpers/historyStep.js';
import { tsxArgs } from '../../helpers/tsxChild.js';

describe('store isolation', () => {
  it('a transaction that edits what it read in place still undoes byte for byte', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    store.transact(step('add'), (tx) => tx.put(realProfile('a', 'A')));
    const before = storedDocs(dir);
    store.transact(step('edit in place'), (tx) => {
      const doc = tx.get('a')!;
      doc.name = 'Edited';
      doc.keys[0]!.values.push({ name: 'x', type: 1, data: '00' });
      tx.put(doc);
    });
    expect(store.get('a')?.name).toBe('Edited');
    store.undo();
    expect(storedDocs(dir)).toEqual(before);
    expect(asPut(store.get('a'))).toEqual(realProfile('a', 'A'));
  });

  it('a transaction that edits in place and then throws leaves the loaded store unchanged', () => {
    const store = ProfileStore.open(tempDir());
    store.transact(step('add'), (tx) => tx.put(realProfile('a', 'A')));
    expect(() =>
      store.transact(step('fails'), (tx) => {
        tx.findByName('a')!.name = 'Ghost';
        tx.list()[0]!.keys.length = 0;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(asPut(store.get('a'))).toEqual(realProfile('a', 'A'));
  });

  it('records no undo step for a change that changes nothing', () => {
    const store = ProfileStore.open(tempDir());
    store.transact(step('add'), (tx) => tx.put(realProfile('a', 'A')));
    store.transact(step('same again'), (tx) => tx.put(tx.get('a')!));
    store.transact(step('default'), (tx) => tx.setDefault('new', 'root', 'A'));
    store.transact(step('default again'), (tx) => tx.setDefault('new', 'root', 'A'));
    expect(store.history().map((h) => h.description)).toEqual(['Import add', 'Import default']);
  });

  it('reloads one whole commit at a time while another process commits', async () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir, { historyLimit: 50 });
    const child = spawn(process.execPath, tsxArgs(join(import.meta.dirname, 'busyWriter.ts'), dir), { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await new Promise((resolve, reject) => {
        child.stdout.once('data', resolve);
        child.once('exit', () => reject(new Error('writer died')));
      });
      // Count reloads, not time: on a loaded machine the writer commits slowly, and 1.5 s may see none. The
      // deadline is only a hang guard (a writer that stopped committing).
      const RELOADS = 20;
      let reloads = 0;
      const torn: string[] = [];
      for (const end = Date.now() + 40_000; reloads < RELOADS && Date.now() < end;) {
        if (!store.refresh()) continue;
        reloads++;
        const [a, b] = [versionOf(store.get('A')), versionOf(store.get('B'))];
        if (a !== b) torn.push(`A=${a} B=${b}`);
      }
      expect(reloads, 'the other process stopped committing').toBe(RELOADS);
      expect(torn).toEqual([]);
      expect(store.problems).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  }, 60_000);

  it('takes over a lock left by a process that no longer runs, and leaves none behind', () => {
    const dir = tempDir();
    ProfileStore.open(dir);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, 'lock'), `${dead} 0123456789abcdef`);
    const store = ProfileStore.open(dir);
    store.transact(step('after takeover'), (tx) => tx.put(versioned('A', 1)));
    expect(existsSync(join(dir, 'lock'))).toBe(false);
    expect(versionOf(ProfileStore.open(dir).get('A'))).toBe(1);
  });

  it('leaves a lock it does not own in place', () => {
    const dir = tempDir();
    const store = ProfileStore.open(dir);
    // Our own pid with another nonce: a lock this process does not hold (as if another thread held it).
    const foreign = `${process.pid} ffffffffffffffff`;
    writeFileSync(join(dir, 'lock'), foreign);
    expect(() => store.transact(step('blocked'), (tx) => tx.put(versioned('A', 1)))).toThrow(/writing to the store/);
    expect(readFileSync(join(dir, 'lock'), 'utf8')).toBe(foreign);
  }, 20_000);
});
