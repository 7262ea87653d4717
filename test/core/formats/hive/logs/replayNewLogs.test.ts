/**
 * New-format logs (HvLE entries): a dirty S0 with logs written to the spec (test/helpers/hiveLogs.ts) from
 * the states of states.ts is recovered to exactly the state the applied entries reach — its bins byte for
 * byte, and as libhivex reads it, the keys and values of that state. Recovery stops at the first entry
 * that is damaged (hash, sequence number, size, truncation) and applies exactly the ones before it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHive } from '../../../../../electron/core/formats/hive/index.js';
import { replayLogs } from '../../../../../electron/core/formats/hive/logs/replayLogs.js';
import { changedPages, hvleEntry, newFormatLog, rehash, withSequences } from '../../../../helpers/hiveLogs.js';
import { dumpHiveWithLibhivex } from '../../../../helpers/libhivex.js';
import { describeWith } from '../../../../helpers/peerTools.js';
import { hiveStates, MODELS, type Model } from './states.js';

const S = hiveStates();
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
const binsOf = (b: Uint8Array) => Buffer.from(b.subarray(4096, 4096 + u32(b, 40)));
/** S0 as Windows leaves it mid-write: primary sequence number 8, secondary 7. */
const DIRTY = withSequences(S[0]!, 8, 7);
/** Entry k (sequence 7 + k) carries the 4 KB pages that turn S(k−1) into S(k). */
const entry = (k: number, sequence = 7 + k) => hvleEntry(sequence, u32(S[k]!, 40), changedPages(S[k - 1]!, S[k]!, 4096));
const ENTRIES = [entry(1), entry(2), entry(3)];
const logOf = (entries: Uint8Array[], sequence = 8) => ({ name: 'NTUSER.DAT.LOG1', bytes: newFormatLog(DIRTY, sequence, entries) });

/** The state replay must reach: its bins, and clean sequence numbers equal to the last entry's. */
function expectState(bytes: Uint8Array, k: number) {
  expect(binsOf(bytes).equals(binsOf(S[k]!))).toBe(true);
  expect([u32(bytes, 4), u32(bytes, 8)]).toEqual([7 + k, 7 + k]);
  expect(openHive(bytes).warnings).toEqual([]);
}

describe('replaying new-format logs', () => {
  it('applies every entry of a whole log: the hive is the last state, grown to its new bins', () => {
    expect(u32(S[3]!, 40)).toBeGreaterThan(u32(S[0]!, 40));
    const r = replayLogs(DIRTY, [logOf(ENTRIES)]);
    expect(r.report).toEqual({ format: 'new', logs: ['NTUSER.DAT.LOG1'], entriesApplied: 3 });
    expect(r.unusable).toEqual([]);
    expectState(r.bytes, 3);
  });

  it('stops at an entry whose pages fail Hash-1, applying exactly the entries before it', () => {
    const bad = entry(2);
    bad[bad.length - 100]! ^= 0xff;
    const log = logOf([ENTRIES[0]!, bad, ENTRIES[2]!]);
    const r = replayLogs(DIRTY, [log]);
    expect(r.report).toMatchObject({ entriesApplied: 1, stoppedAt: { log: 'NTUSER.DAT.LOG1' } });
    expect(r.report!.stoppedAt!.error.reason).toBe('hiveLogEntryHash');
    expect(r.report!.stoppedAt!.error.offset).toBe(512 + ENTRIES[0]!.length);
    expectState(r.bytes, 1);
  });

  it('stops at an entry whose header fails Hash-2', () => {
    const bad = entry(3);
    bad[8] = 1; // flags changed after the hashes were computed
    const r = replayLogs(DIRTY, [logOf([ENTRIES[0]!, ENTRIES[1]!, bad])]);
    expect(r.report).toMatchObject({ entriesApplied: 2 });
    expect(r.report!.stoppedAt!.error.message).toContain('Hash-2');
    expectState(r.bytes, 2);
  });

  it('stops where the sequence numbers skip one (a sound entry that does not follow)', () => {
    const r = replayLogs(DIRTY, [logOf([ENTRIES[0]!, ENTRIES[1]!, entry(3, 11)])]);
    expect(r.report).toMatchObject({ entriesApplied: 2 });
    expect(r.report!.stoppedAt!.error.message).toBe('log entry has sequence number 11, 10 expected');
    expectState(r.bytes, 2);
  });

  it('stops at a truncated last entry (the log was cut while Windows wrote it)', () => {
    const whole = logOf(ENTRIES).bytes;
    const cut = whole.subarray(0, whole.length - 512);
    const r = replayLogs(DIRTY, [{ name: 'NTUSER.DAT.LOG1', bytes: cut }]);
    expect(r.report).toMatchObject({ entriesApplied: 2 });
    expect(r.report!.stoppedAt!.error.reason).toBe('hiveLogEntrySize');
    expectState(r.bytes, 2);
  });

  it('stops at an entry whose hive bins size is not a multiple of 4096, or reaches past its pages', () => {
    for (const size of [u32(S[2]!, 40) + 512, u32(S[2]!, 40) + (64 << 20)]) {
      const bad = entry(2);
      new DataView(bad.buffer).setUint32(16, size, true);
      rehash(bad);
      const r = replayLogs(DIRTY, [logOf([ENTRIES[0]!, bad])]);
      expect(r.report).toMatchObject({ entriesApplied: 1 });
      expect(r.report!.stoppedAt!.error.reason).toBe('hiveLogEntryBinsSize');
      expectState(r.bytes, 1);
    }
  });

  it('stops at an entry whose page count does not fit it, without reading or allocating for the count', () => {
    const bad = entry(2);
    new DataView(bad.buffer).setUint32(20, 0x7fffffff, true);
    rehash(bad);
    const r = replayLogs(DIRTY, [logOf([ENTRIES[0]!, bad])]);
    expect(r.report!.stoppedAt!.error.reason).toBe('hiveLogEntryPages');
    expectState(r.bytes, 1);
  });

  it('ends quietly at zeros after the last entry (a log is longer than its entries)', () => {
    const log = logOf([...ENTRIES, new Uint8Array(4096)]);
    const r = replayLogs(DIRTY, [log]);
    expect(r.report).toEqual({ format: 'new', logs: ['NTUSER.DAT.LOG1'], entriesApplied: 3 });
  });

  it('splits across LOG1 and LOG2 in either order: the log with the earlier entries goes first', () => {
    const log1 = { name: 'NTUSER.DAT.LOG1', bytes: newFormatLog(DIRTY, 8, [ENTRIES[0]!, ENTRIES[1]!]) };
    const log2 = { name: 'NTUSER.DAT.LOG2', bytes: newFormatLog(DIRTY, 10, [ENTRIES[2]!]) };
    for (const logs of [
      [log1, log2],
      [log2, log1],
    ]) {
      const r = replayLogs(DIRTY, logs);
      expect(r.report).toEqual({ format: 'new', logs: ['NTUSER.DAT.LOG1', 'NTUSER.DAT.LOG2'], entriesApplied: 3 });
      expectState(r.bytes, 3);
    }
    // Swapped roles: LOG2 holds the earlier entries.
    const r = replayLogs(DIRTY, [
      { ...log1, name: 'NTUSER.DAT.LOG2' },
      { ...log2, name: 'NTUSER.DAT.LOG1' },
    ]);
    expect(r.report!.logs).toEqual(['NTUSER.DAT.LOG2', 'NTUSER.DAT.LOG1']);
    expectState(r.bytes, 3);
  });

  it('resumes with the next log where the first stops, when it continues the sequence (a stop then is no stop)', () => {
    const remnant = entry(1);
    remnant[600]! ^= 0xff; // an older entry, half overwritten
    const log1 = { name: 'NTUSER.DAT.LOG1', bytes: newFormatLog(DIRTY, 8, [ENTRIES[0]!, ENTRIES[1]!, remnant]) };
    const log2 = { name: 'NTUSER.DAT.LOG2', bytes: newFormatLog(DIRTY, 10, [ENTRIES[2]!]) };
    const r = replayLogs(DIRTY, [log1, log2]);
    expect(r.report).toEqual({ format: 'new', logs: ['NTUSER.DAT.LOG1', 'NTUSER.DAT.LOG2'], entriesApplied: 3 });
    expectState(r.bytes, 3);
  });

  it('does not continue into a second log that does not follow the first', () => {
    const log1 = { name: 'NTUSER.DAT.LOG1', bytes: newFormatLog(DIRTY, 8, [ENTRIES[0]!]) };
    const log2 = { name: 'NTUSER.DAT.LOG2', bytes: newFormatLog(DIRTY, 10, [ENTRIES[2]!]) };
    const r = replayLogs(DIRTY, [log1, log2]);
    expect(r.report).toMatchObject({ entriesApplied: 1, logs: ['NTUSER.DAT.LOG1'] });
    expect(r.unusable.map((u) => [u.log, u.error.reason])).toEqual([['NTUSER.DAT.LOG2', 'hiveLogStale']]);
    expectState(r.bytes, 1);
  });

  it('leaves the hive dirty when the only log holds entries older than the hive', () => {
    const stale = { name: 'NTUSER.DAT.LOG1', bytes: newFormatLog(DIRTY, 5, [entry(1, 5)]) };
    const r = replayLogs(DIRTY, [stale]);
    expect(r.report).toBeUndefined();
    expect(r.bytes).toBe(DIRTY);
    expect(r.unusable[0]!.error.message).toBe('its entries start at sequence number 5, 7 expected: they are already in the hive');
  });

  it('passes over an empty log in silence (Windows leaves the unused pair empty)', () => {
    const r = replayLogs(DIRTY, [logOf(ENTRIES), { name: 'NTUSER.DAT.LOG2', bytes: new Uint8Array(0) }]);
    expect(r.report).toMatchObject({ entriesApplied: 3 });
    expect(r.unusable).toEqual([]);
  });

  it('ignores the logs of a clean hive, and a log half written (sequence numbers differ, bad checksum)', () => {
    expect(replayLogs(S[0]!, [logOf(ENTRIES)])).toEqual({ bytes: S[0], unusable: [] });
    const half = logOf(ENTRIES).bytes;
    new DataView(half.buffer).setUint32(8, 3, true);
    const r = replayLogs(DIRTY, [{ name: 'NTUSER.DAT.LOG1', bytes: half }]);
    expect(r.report).toBeUndefined();
    expect(r.unusable[0]!.error.reason).toBe('hiveLogChecksum');
  });

  it('recovers a hive whose own base block is bad from the log’s copy of it', () => {
    const broken = DIRTY.slice();
    broken[508]! ^= 0xff;
    const r = replayLogs(broken, [logOf(ENTRIES)]);
    expect(r.report).toMatchObject({ entriesApplied: 3 });
    expectState(r.bytes, 3);
  });
});

const asModel = (keys: { key: string; values: { name: string; type: number; hex: string }[] }[]): Model =>
  Object.fromEntries(keys.map((k) => [k.key, Object.fromEntries(k.values.map((v) => [v.name, [v.type, v.hex]]))]));

describeWith(['pythonHivex'], 'recovered hives as libhivex reads them', () => {
  it('each stop point gives the keys and values of the state it reaches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpe-log-replay-'));
    const cases: [Uint8Array[], number][] = [
      [ENTRIES, 3],
      [[ENTRIES[0]!, ENTRIES[1]!, entry(3, 12)], 2],
      [[ENTRIES[0]!], 1],
    ];
    for (const [entries, k] of cases) {
      const file = join(dir, `recovered-${k}`);
      writeFileSync(file, replayLogs(DIRTY, [logOf(entries)]).bytes);
      expect(asModel(dumpHiveWithLibhivex(file))).toEqual(MODELS[k]);
    }
  });
});
