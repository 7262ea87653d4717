/**
 * What a log replay tells the import report (shared/i18n/importWarnings.ts): how many entries or pages were
 * applied, where replay stopped and why, and which logs could not be used. A dirty hive that nothing was
 * applied to keeps the reader's own `hiveDirty` warning.
 */
import type { ImportWarning } from '../../../../../shared/i18n/importWarnings.js';
import type { FormatError } from '../../formatError.js';
import { BASE } from '../regfLayout.js';
import type { LogReplay } from './replayLogs.js';

const problemOf = (e: FormatError) => ({ reason: e.reason, params: { ...e.params } });

/** The warnings for `replay` of the hive `original` (its bytes before replay). */
export function replayWarnings(original: Uint8Array, replay: LogReplay): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const r = replay.report;
  if (r && original.length >= BASE.SIZE) {
    const view = new DataView(original.buffer, original.byteOffset, original.byteLength);
    const seq = { primary: String(view.getUint32(BASE.SEQ1, true)), secondary: String(view.getUint32(BASE.SEQ2, true)) };
    const logs = r.logs.join(', ');
    if (r.format === 'new') warnings.push({ reason: 'hiveLogEntriesApplied', params: { ...seq, count: r.entriesApplied ?? 0, logs } });
    else warnings.push({ reason: 'hiveLogPagesApplied', params: { ...seq, count: r.pagesApplied ?? 0, logs } });
    if (r.stoppedAt) {
      const e = r.stoppedAt.error;
      warnings.push({
        reason: 'hiveLogStopped',
        params: { log: r.stoppedAt.log, offset: `0x${(e.offset ?? 0).toString(16)}` },
        problem: problemOf(e),
      });
    }
  }
  for (const u of replay.unusable) {
    // With two logs, the one Windows wrote before the other holds only entries already in the hive: normal
    // once the hive is recovered, worth saying only when nothing could be applied.
    if (r && u.error.reason === 'hiveLogStale') continue;
    warnings.push({ reason: 'hiveLogUnusable', params: { log: u.log }, problem: problemOf(u.error) });
  }
  return warnings;
}
