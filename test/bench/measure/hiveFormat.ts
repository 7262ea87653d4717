/**
 * Our hive reader against `hivexml` (C, libhivex) on the same hive, interleaved in the same run.
 *
 * - full walk: read the file, openHive (checks every bin and cell), then every key and every value of the
 *   whole hive (readSubtree from the root) — the same work hivexml does (it also prints XML: more work).
 *   The budget "no slower than hivexml" is checked on this one.
 * - profile import: read the file, openHive, collectProfileKeys, profilesFromRegistry (readProfilesFile
 *   with format 'hive') — what `mpe import` does; shown against hivexml for scale.
 * hivexml runs as a child process with stdout to /dev/null; its time includes its process start.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { openHive, readSubtree } from '../../../electron/core/formats/hive/index.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import type { BenchInput } from '../generate/inputs.js';
import { mbs, ms, times, verdict, type Row } from '../report.js';
import { sideBySide } from './timing.js';

export const HIVE_BUDGET = 1;

function hivexml(path: string): void {
  const r = spawnSync('hivexml', [path], { stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.status !== 0) throw new Error(`hivexml failed on ${path} (status ${r.status})`);
}

/** Every key and value of the hive: returns counts so nothing is optimized away. */
export function walkWholeHive(bytes: Uint8Array): { keys: number; values: number } {
  const keys = readSubtree(openHive(bytes), '', '');
  return { keys: keys.length, values: keys.reduce((n, k) => n + k.values.length, 0) };
}

export interface HiveResult {
  rows: Row[];
  perProfile: Map<number, number>;
}

export function hiveImport(inputs: BenchInput[], runs: number, withHivexml: boolean): HiveResult {
  const rows: Row[] = [];
  const perProfile = new Map<number, number>();
  for (const input of inputs) {
    const path = input.hivePath!;
    const bytes = statSync(path).size;
    const mb = (bytes / 1e6).toFixed(1);
    const fns: Record<string, () => unknown> = {};
    if (withHivexml) fns.hivexml = () => hivexml(path);
    fns.walk = () => walkWholeHive(readFileSync(path));
    fns.import = () => readProfilesFile(readFileSync(path), 'bench.hive', 'hive');
    const { stats: s, ratios } = sideBySide(fns, runs);
    perProfile.set(input.count, s.import!.median / input.count);
    rows.push({
      metric: `hive import (openHive + collectProfileKeys + profilesFromRegistry), ${input.count} profiles (${mb} MB hive)`,
      median: `${mbs(bytes, s.import!)}; ${ms(s.import!)}`,
      ratio: withHivexml ? times(ratios.import!, 'of hivexml') : '—',
      budget: '— (shown for scale)',
      verdict: 'info',
    });
    if (withHivexml) {
      rows.push({
        metric: `hive full walk (every key + value) vs hivexml, ${input.count} profiles (${mb} MB hive)`,
        median: `ours ${ms(s.walk!)}; hivexml ${ms(s.hivexml!)}`,
        ratio: times(ratios.walk!, 'of hivexml'),
        budget: `≤ ${HIVE_BUDGET}× hivexml`,
        verdict: verdict(ratios.walk!.median <= HIVE_BUDGET),
      });
    }
  }
  return { rows, perProfile };
}
