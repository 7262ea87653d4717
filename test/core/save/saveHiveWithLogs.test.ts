/**
 * Saving into a dirty hive whose transaction logs apply: the logs are replayed first, the edits go on top
 * of the recovered state, the new primary file is clean (sequence numbers equal), the original stays as the
 * backup and the logs move beside it, where Windows will not replay them over the new file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HiveEdit } from '../../../electron/core/formats/hive/hiveEdits.js';
import { saveHiveFile } from '../../../electron/core/save/saveHiveFile.js';
import { changedPages, hvleEntry, newFormatLog, withSequences } from '../../helpers/hiveLogs.js';
import { dumpHiveWithLibhivex } from '../../helpers/libhivex.js';
import { describeWith } from '../../helpers/peerTools.js';
import { hiveStates, MODELS } from '../formats/hive/logs/states.js';

const S = hiveStates();
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
const NOW = new Date('2026-12-07T08:00:00Z');
const EDIT: HiveEdit[] = [{ path: 'Software\\Saved', keys: [{ path: '', values: [{ name: 'n', type: 4, data: '2a000000' }] }] }];

/** A directory holding S0 as a dirty NTUSER.DAT and Windows-style logs that bring it to S2. */
function dirtyWithLogs() {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-save-logs-'));
  const file = join(dir, 'NTUSER.DAT');
  const dirty = withSequences(S[0]!, 8, 7);
  writeFileSync(file, dirty);
  const entry = (k: number) => hvleEntry(7 + k, u32(S[k]!, 40), changedPages(S[k - 1]!, S[k]!, 4096));
  writeFileSync(join(dir, 'ntuser.dat.LOG1'), newFormatLog(dirty, 8, [entry(1)]));
  writeFileSync(join(dir, 'ntuser.dat.LOG2'), newFormatLog(dirty, 9, [entry(2)]));
  return { dir, file, dirty };
}

describe('saveHiveFile on a dirty hive with logs', () => {
  it('applies the logs, writes a clean primary file, keeps the original and its logs as the backup', () => {
    const { dir, file, dirty } = dirtyWithLogs();
    const report = saveHiveFile(file, EDIT, { now: NOW });
    expect(report).toMatchObject({
      written: true,
      added: ['Software\\Saved'],
      replayed: { format: 'new', logs: ['ntuser.dat.LOG1', 'ntuser.dat.LOG2'], entriesApplied: 2 },
    });
    expect(readdirSync(dir).sort()).toEqual(['NTUSER.DAT', 'NTUSER.DAT.bak', 'NTUSER.DAT.bak.LOG1', 'NTUSER.DAT.bak.LOG2']);
    expect(readFileSync(join(dir, 'NTUSER.DAT.bak')).equals(dirty)).toBe(true);
    const saved = new Uint8Array(readFileSync(file));
    // Clean: both sequence numbers one past the last entry's (9).
    expect([u32(saved, 4), u32(saved, 8)]).toEqual([10, 10]);
  });

  it('a dry run reports the replay and writes nothing', () => {
    const { dir, file, dirty } = dirtyWithLogs();
    const report = saveHiveFile(file, EDIT, { dryRun: true });
    expect(report.replayed).toEqual({ format: 'new', logs: ['ntuser.dat.LOG1', 'ntuser.dat.LOG2'], entriesApplied: 2 });
    expect(readFileSync(file).equals(dirty)).toBe(true);
    expect(existsSync(join(dir, 'ntuser.dat.LOG1'))).toBe(true);
  });
});

describeWith(['pythonHivex'], 'a save over recovered logs, as libhivex reads it', () => {
  it('holds the state the logs reached plus the edit', () => {
    const { file } = dirtyWithLogs();
    saveHiveFile(file, EDIT, { now: NOW });
    const keys = Object.fromEntries(
      dumpHiveWithLibhivex(file).map((k) => [k.key, Object.fromEntries(k.values.map((v) => [v.name, [v.type, v.hex]]))]),
    );
    expect(keys).toEqual({ ...MODELS[2], 'Software\\Saved': { n: [4, '2a000000'] } });
  });
});
