/**
 * Old-format logs (base block copy, DIRT vector, 512-byte dirty pages), as Windows 7 writes them for a
 * minor-version-3 hive: a dirty S0 with a log written to the spec (test/helpers/hiveLogs.ts) is recovered to
 * S3 byte for byte, and libhivex reads S3's keys and values from it. A log cut short, or one whose pages
 * would leave a hive bin invalid, is applied only up to the bin where it fails.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHive } from '../../../../../electron/core/formats/hive/index.js';
import { replayLogs } from '../../../../../electron/core/formats/hive/logs/replayLogs.js';
import { changedPages, oldFormatLog, withSequences, xorChecksum } from '../../../../helpers/hiveLogs.js';
import { dumpHiveWithLibhivex } from '../../../../helpers/libhivex.js';
import { describeWith } from '../../../../helpers/peerTools.js';
import { hiveStates, MODELS, type Model } from './states.js';

const S = hiveStates(3);
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
const binsOf = (b: Uint8Array, size = u32(b, 40)) => Buffer.from(b.subarray(4096, 4096 + size));
const DIRTY = withSequences(S[0]!, 8, 7);
const PAGES = changedPages(S[0]!, S[3]!, 512);
const LOG = oldFormatLog(S[3]!, 8, PAGES);
const log1 = (bytes = LOG) => ({ name: 'NTUSER.DAT.LOG1', bytes });
/** Bin offsets (from the bins) of S3: where each bin starts. */
function binStarts(hive: Uint8Array): number[] {
  const starts: number[] = [];
  for (let at = 0; at < u32(hive, 40); at += u32(hive, 4096 + at + 8)) starts.push(at);
  return starts;
}

describe('replaying old-format logs', () => {
  it('writes every dirty page: the hive is S3, grown to its bins, clean', () => {
    expect(u32(S[3]!, 24)).toBe(3);
    expect(u32(S[3]!, 40)).toBeGreaterThan(u32(S[0]!, 40));
    const r = replayLogs(DIRTY, [log1()]);
    expect(r.report).toEqual({ format: 'old', logs: ['NTUSER.DAT.LOG1'], pagesApplied: PAGES.length });
    expect(binsOf(r.bytes).equals(binsOf(S[3]!))).toBe(true);
    expect([u32(r.bytes, 4), u32(r.bytes, 8), u32(r.bytes, 28)]).toEqual([8, 8, 0]);
    expect(openHive(r.bytes).warnings).toEqual([]);
  });

  it('applies a log cut short only up to the bin of its first missing page', () => {
    const last = PAGES[PAGES.length - 1]!;
    const bin = binStarts(S[3]!)
      .filter((b) => b <= last.offset)
      .at(-1)!;
    expect(bin).toBeGreaterThanOrEqual(u32(S[0]!, 40)); // a bin the hive grew by
    const r = replayLogs(DIRTY, [log1(LOG.subarray(0, LOG.length - 512))]);
    const before = PAGES.filter((p) => p.offset < bin).length;
    expect(r.report).toMatchObject({ pagesApplied: before });
    expect(r.report!.stoppedAt!.error.reason).toBe('hiveLogDirtyPagesMissing');
    expect(u32(r.bytes, 40)).toBe(bin);
    expect(binsOf(r.bytes).equals(binsOf(S[3]!, bin))).toBe(true);
  });

  it('stops at a hive bin its pages would leave invalid, applying the bins before it', () => {
    const grown = u32(S[0]!, 40);
    const header = PAGES.findIndex((p) => p.offset === grown);
    expect(header).toBeGreaterThan(0);
    const bad = LOG.slice();
    const first = Math.ceil((512 + 4 + u32(S[3]!, 40) / 4096) / 512) * 512;
    bad[first + header * 512] = 0x78; // "hbin" → "xbin"
    const r = replayLogs(DIRTY, [log1(bad)]);
    expect(r.report).toMatchObject({ pagesApplied: header });
    expect(r.report!.stoppedAt!.error.message).toBe(
      `the hive bin at file offset 0x${(4096 + grown).toString(16)} would not be valid with the dirty pages applied`,
    );
    expect(binsOf(r.bytes).equals(binsOf(S[3]!, grown))).toBe(true);
  });

  it('does not use a log without its DIRT vector, or one written before the hive was', () => {
    const noDirt = LOG.slice();
    noDirt[512] = 0x58;
    let r = replayLogs(DIRTY, [log1(noDirt)]);
    expect(r.bytes).toBe(DIRTY);
    expect(r.unusable[0]!.error.message).toBe('expected the "DIRT" dirty vector, found "XIRT"');

    const older = LOG.slice();
    new DataView(older.buffer).setUint32(16, 0, true); // last written: before the hive's
    new DataView(older.buffer).setUint32(12, 0, true);
    new DataView(older.buffer).setUint32(508, xorChecksum(older), true);
    const dirtyLater = DIRTY.slice();
    new DataView(dirtyLater.buffer).setUint32(16, 0x01d00000, true);
    new DataView(dirtyLater.buffer).setUint32(508, xorChecksum(dirtyLater), true);
    r = replayLogs(dirtyLater, [log1(older)]);
    expect(r.bytes).toBe(dirtyLater);
    expect(r.unusable[0]!.error.reason).toBe('hiveLogOlder');
  });

  it('chooses the latest of LOG1 and LOG2', () => {
    const stale = oldFormatLog(S[1]!, 8, changedPages(S[0]!, S[1]!, 512));
    const r = replayLogs(DIRTY, [
      { name: 'ntuser.dat.LOG1', bytes: stale },
      { name: 'ntuser.dat.LOG2', bytes: LOG },
    ]);
    expect(r.report!.logs).toEqual(['ntuser.dat.LOG2']);
    expect(binsOf(r.bytes).equals(binsOf(S[3]!))).toBe(true);
  });
});

const asModel = (keys: { key: string; values: { name: string; type: number; hex: string }[] }[]): Model =>
  Object.fromEntries(keys.map((k) => [k.key, Object.fromEntries(k.values.map((v) => [v.name, [v.type, v.hex]]))]));

describeWith(['pythonHivex'], 'an old-format recovery as libhivex reads it', () => {
  it('holds the keys and values of S3, and the dirty S0 those of S0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpe-old-log-'));
    writeFileSync(join(dir, 'recovered'), replayLogs(DIRTY, [log1()]).bytes);
    writeFileSync(join(dir, 'dirty'), DIRTY);
    expect(asModel(dumpHiveWithLibhivex(join(dir, 'recovered')))).toEqual(MODELS[3]);
    expect(asModel(dumpHiveWithLibhivex(join(dir, 'dirty')))).toEqual(MODELS[0]);
  });
});
