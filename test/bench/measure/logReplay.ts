/**
 * Transaction log replay against our own full walk of the same hive, interleaved in the same run: the worst
 * case of a dirty hive, a log that rewrites every page of the bins (new format: 4 KB pages in 1 MB entries,
 * each checked by Marvin32; old format: every 512-byte page). Logs written by test/helpers/hiveLogs.ts.
 */
import { readFileSync } from 'node:fs';
import { replayLogs } from '../../../electron/core/formats/hive/logs/replayLogs.js';
import { hvleEntry, newFormatLog, oldFormatLog, withSequences, type Page } from '../../helpers/hiveLogs.js';
import type { BenchInput } from '../generate/inputs.js';
import { mbs, ms, times, type Row } from '../report.js';
import { walkWholeHive } from './hiveFormat.js';
import { sideBySide } from './timing.js';

const ENTRY_PAGES = 256;

export function logReplay(input: BenchInput, runs: number): Row[] {
  const hive = new Uint8Array(readFileSync(input.hivePath!));
  const bins = new DataView(hive.buffer).getUint32(40, true);
  const seq = new DataView(hive.buffer).getUint32(4, true);
  const dirty = withSequences(hive, seq + 1, seq);
  const page = (offset: number, size: number): Page => ({ offset, bytes: hive.subarray(4096 + offset, 4096 + offset + size) });
  const entries: Uint8Array[] = [];
  for (let off = 0, n = seq + 1; off < bins; off += ENTRY_PAGES * 4096, n++) {
    const pages: Page[] = [];
    for (let p = off; p < Math.min(bins, off + ENTRY_PAGES * 4096); p += 4096) pages.push(page(p, 4096));
    entries.push(hvleEntry(n, bins, pages));
  }
  const newLog = [{ name: 'bench.LOG1', bytes: newFormatLog(dirty, seq + 1, entries) }];
  const oldPages: Page[] = [];
  for (let p = 0; p < bins; p += 512) oldPages.push(page(p, 512));
  const oldLog = [{ name: 'bench.LOG1', bytes: oldFormatLog(hive, seq + 1, oldPages) }];
  if (replayLogs(dirty, newLog).report?.entriesApplied !== entries.length) throw new Error('the new-format log did not apply whole');
  if (replayLogs(dirty, oldLog).report?.pagesApplied !== oldPages.length) throw new Error('the old-format log did not apply whole');

  const { stats: s, ratios } = sideBySide(
    { walk: () => walkWholeHive(hive), newLog: () => replayLogs(dirty, newLog), oldLog: () => replayLogs(dirty, oldLog) },
    runs,
  );
  const mb = (hive.length / 1e6).toFixed(1);
  return [
    {
      metric: `log replay, new format (${entries.length} HvLE entries rewriting every 4 KB page), ${input.count} profiles (${mb} MB hive)`,
      median: `${mbs(bins, s.newLog!)}; ${ms(s.newLog!)}`,
      ratio: times(ratios.newLog!, 'of our full walk'),
      budget: '— (shown for scale)',
      verdict: 'info',
    },
    {
      metric: `log replay, old format (DIRT, every 512-byte page dirty), ${input.count} profiles (${mb} MB hive)`,
      median: `${mbs(bins, s.oldLog!)}; ${ms(s.oldLog!)}`,
      ratio: times(ratios.oldLog!, 'of our full walk'),
      budget: '— (shown for scale)',
      verdict: 'info',
    },
  ];
}
