/**
 * Store open: ProfileStore.open of a store holding 1,000 imported profiles, and of the same store after a
 * change to every one of them (what `mpe save` opens: the import's record, and a record holding 1,000
 * after-images and 1,000 before-images, of which the open needs only the after-images).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importProfiles } from '../../../electron/core/admin/profileAdmin.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import type { BenchInput } from '../generate/inputs.js';
import { ms, verdict, type Row } from '../report.js';
import { measure } from './timing.js';
import { step } from '../../helpers/historyStep.js';

export const STORE_OPEN_BUDGET_MS = 1000;

/** A fresh store in a temp dir with every profile of the input, imported in one transaction. */
export function storeWith(input: BenchInput): string {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-bench-store-'));
  const found = readProfilesFile(new Uint8Array(readFileSync(input.regPath)), 'bench.reg', 'reg');
  importProfiles(ProfileStore.open(dir), [{ file: 'bench.reg', ...found }], step('bench.reg'));
  return dir;
}

/** Every profile of the store changed in one transaction: a REG_SZ value added to its profile key. */
export function editAll(dir: string): void {
  const store = ProfileStore.open(dir);
  const value = { name: 'BenchEdit', type: 1, data: Buffer.from('edited\0', 'utf16le').toString('hex') };
  store.transact(step('bench: edit every profile'), (tx) => {
    for (const doc of tx.list())
      tx.put({ ...doc, keys: doc.keys.map((k) => (k.path === '' ? { ...k, values: [...k.values, value] } : k)) });
  });
}

export function storeOpen(input: BenchInput, dir: string, runs: number, what = ''): Row {
  const s = measure(() => {
    const store = ProfileStore.open(dir);
    if (store.list().length !== input.count) throw new Error(`store holds ${store.list().length} profiles, not ${input.count}`);
  }, runs);
  return {
    metric: `store open (ProfileStore.open), ${input.count} profiles${what}`,
    median: ms(s),
    ratio: '—',
    budget: `< ${STORE_OPEN_BUDGET_MS} ms`,
    verdict: verdict(s.median < STORE_OPEN_BUDGET_MS),
  };
}
