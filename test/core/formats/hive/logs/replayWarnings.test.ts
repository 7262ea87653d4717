/** What a replay tells the import report: entries applied, where it stopped and why, logs not used. */
import { describe, expect, it } from 'vitest';
import { replayLogs } from '../../../../../electron/core/formats/hive/logs/replayLogs.js';
import { replayWarnings } from '../../../../../electron/core/formats/hive/logs/replayWarnings.js';
import { importWarningText, type ImportWarning } from '../../../../../shared/i18n/importWarnings.js';
import { changedPages, hvleEntry, newFormatLog, withSequences } from '../../../../helpers/hiveLogs.js';
import { hiveStates } from './states.js';

const S = hiveStates();
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
const DIRTY = withSequences(S[0]!, 8, 7);
const entry = (k: number, sequence = 7 + k) => hvleEntry(sequence, u32(S[k]!, 40), changedPages(S[k - 1]!, S[k]!, 4096));
const texts = (ws: ImportWarning[]) => ws.map((w) => importWarningText('en', w));

describe('replayWarnings', () => {
  it('counts the entries applied and says where replay stopped, in the parser’s words', () => {
    const bad = entry(2, 12);
    const log = { name: 'ntuser.dat.LOG1', bytes: newFormatLog(DIRTY, 8, [entry(1), bad]) };
    expect(texts(replayWarnings(DIRTY, replayLogs(DIRTY, [log])))).toEqual([
      'dirty hive (sequence numbers 8 ≠ 7): 1 transaction log entries of ntuser.dat.LOG1 applied, as Windows applies them when it loads the hive',
      `ntuser.dat.LOG1: replay stopped at byte 0x${(512 + entry(1).length).toString(16)} (log entry has sequence number 12, 9 expected); what came before it was applied`,
    ]);
  });

  it('says nothing of a log holding only entries already in the hive once the hive is recovered, and says it when nothing was applied', () => {
    const stale = { name: 'ntuser.dat.LOG1', bytes: newFormatLog(DIRTY, 5, [entry(1, 5)]) };
    const fresh = { name: 'ntuser.dat.LOG2', bytes: newFormatLog(DIRTY, 8, [entry(1)]) };
    expect(replayWarnings(DIRTY, replayLogs(DIRTY, [stale, fresh])).map((w) => w.reason)).toEqual(['hiveLogEntriesApplied']);
    expect(texts(replayWarnings(DIRTY, replayLogs(DIRTY, [stale])))).toEqual([
      'ntuser.dat.LOG1 was not applied: its entries start at sequence number 5, 7 expected: they are already in the hive',
    ]);
  });
});
