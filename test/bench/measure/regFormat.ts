/**
 * `.reg` import against its floor, export, and growth with size.
 *
 * Import = read the file + parseReg + toSnapshot + profilesFromRegistry (readProfilesFile with format
 * 'reg'). Floor = read the file + TextDecoder('utf-16le') of it, no parsing: no reader can beat it. Both
 * include the same readFileSync (its Buffer is passed as is: the handlers do not copy it either),
 * measured interleaved in the same run.
 */
import { readFileSync, statSync } from 'node:fs';
import { writeReg } from '../../../electron/core/formats/reg/index.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { profileToRegistry } from '../../../electron/core/model/index.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { BenchInput } from '../generate/inputs.js';
import { mbs, ms, times, verdict, type Row } from '../report.js';
import { measure, sideBySide } from './timing.js';

export const REG_IMPORT_BUDGET = 3;
/** Per-profile time may grow at most this much from one size to the next (10×) to count as linear. */
export const GROWTH_BUDGET = 1.5;

const floor = (path: string) => () => new TextDecoder('utf-16le').decode(readFileSync(path));
const importReg = (path: string) => () => readProfilesFile(readFileSync(path), 'bench.reg', 'reg');

export interface RegImportResult {
  rows: Row[];
  /** Median import time per profile, by size. */
  perProfile: Map<number, number>;
}

export function regImport(inputs: BenchInput[], runs: number): RegImportResult {
  const rows: Row[] = [];
  const perProfile = new Map<number, number>();
  for (const input of inputs) {
    const bytes = statSync(input.regPath).size;
    const { stats: s, ratios } = sideBySide({ floor: floor(input.regPath), import: importReg(input.regPath) }, runs);
    perProfile.set(input.count, s.import!.median / input.count);
    const mb = (bytes / 1e6).toFixed(1);
    rows.push({
      metric: `.reg import, ${input.count} profiles (${mb} MB UTF-16LE)`,
      median: `${mbs(bytes, s.import!)}; ${ms(s.import!)}`,
      ratio: `${times(ratios.import!, 'of floor')}; floor ${mbs(bytes, s.floor!)}`,
      budget: `≤ ${REG_IMPORT_BUDGET}× read+decode floor`,
      verdict: verdict(ratios.import!.median <= REG_IMPORT_BUDGET),
    });
  }
  return { rows, perProfile };
}

/** writeReg of every key of the profiles (profileToRegistry done beforehand: it is not the writer). */
export function regExport(docs: ProfileDoc[], runs: number): Row {
  const keys = docs.flatMap((doc, i) => profileToRegistry(doc, { isDefault: i === 0 }));
  const size = writeReg(keys).length;
  const s = measure(() => writeReg(keys), runs);
  return {
    metric: `.reg export (writeReg), ${docs.length} profiles (${(size / 1e6).toFixed(1)} MB)`,
    median: `${mbs(size, s)}; ${ms(s)}`,
    ratio: '—',
    budget: '— (no budget)',
    verdict: 'info',
  };
}

/** Time per profile from one size to the next: 1.0 is perfectly linear. */
export function growthRows(what: string, perProfile: Map<number, number>): Row[] {
  const sizes = [...perProfile.keys()].sort((a, b) => a - b);
  const rows: Row[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const [a, b] = [sizes[i - 1]!, sizes[i]!];
    const ratio = perProfile.get(b)! / perProfile.get(a)!;
    rows.push({
      metric: `${what} growth ${a} → ${b} profiles (time per profile)`,
      median: `${(perProfile.get(a)! * 1000).toFixed(0)} → ${(perProfile.get(b)! * 1000).toFixed(0)} µs/profile`,
      ratio: `${ratio.toFixed(2)}×`,
      budget: `≤ ${GROWTH_BUDGET}× (close to linear)`,
      verdict: verdict(ratio <= GROWTH_BUDGET),
    });
  }
  return rows;
}
