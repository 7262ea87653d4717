/** Store open: ProfileStore.open of a store holding 1,000 imported profiles (one document each). */
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

export function storeOpen(input: BenchInput, dir: string, runs: number): Row {
  const s = measure(() => {
    const store = ProfileStore.open(dir);
    if (store.list().length !== input.count) throw new Error(`store holds ${store.list().length} profiles, not ${input.count}`);
  }, runs);
  return {
    metric: `store open (ProfileStore.open), ${input.count} profiles`,
    median: ms(s),
    ratio: '—',
    budget: `< ${STORE_OPEN_BUDGET_MS} ms`,
    verdict: verdict(s.median < STORE_OPEN_BUDGET_MS),
  };
}
