/**
 * Mutation fuzz over transaction logs: bit flips, huge numbers written over header and entry fields (with
 * the hashes recomputed, so the checks behind them are reached), truncations. Replay never throws, grows
 * the hive by no more than the log's size (nothing is allocated from a size the log merely states), applies
 * no more than the log's entries, and what it gives back either opens with the strict reader or is refused
 * with a FormatError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../../electron/core/formats/formatError.js';
import { openHive, readSubtree } from '../../../../../electron/core/formats/hive/index.js';
import { replayLogs } from '../../../../../electron/core/formats/hive/logs/replayLogs.js';
import { changedPages, hvleEntry, newFormatLog, oldFormatLog, rehash, withSequences } from '../../../../helpers/hiveLogs.js';
import { hiveStates } from './states.js';

const S = hiveStates();
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
const DIRTY = withSequences(S[0]!, 8, 7);
const ENTRIES = [1, 2, 3].map((k) => hvleEntry(7 + k, u32(S[k]!, 40), changedPages(S[k - 1]!, S[k]!, 4096)));
const NEW_LOG = newFormatLog(DIRTY, 8, ENTRIES);
const OLD_LOG = oldFormatLog(S[3]!, 8, changedPages(S[0]!, S[3]!, 512));
/** Where each entry starts in NEW_LOG, and the header fields worth overwriting (offsets in an entry). */
const ENTRY_AT = ENTRIES.map((_, i) => 512 + ENTRIES.slice(0, i).reduce((n, e) => n + e.length, 0));
const ENTRY_FIELDS = [4, 8, 12, 16, 20, 40, 44, 48, 52];
const BASE_FIELDS = [4, 8, 28, 36, 40, 512, 516];
const BIG = [0, 1, 0x1ff, 0x200, 0x1000, 0x10000, 0x10000000, 0x7fffffff, 0x80000000, 0xfffff000, 0xffffffff, 0xfffffe00];

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'field'; entry: number; field: number; value: number }
  | { kind: 'base'; field: number; value: number }
  | { kind: 'cut'; at: number };

const mutation = (size: number): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(size - 1), bit: fc.nat(7) }),
    fc.record({
      kind: fc.constant('field' as const),
      entry: fc.nat(ENTRIES.length - 1),
      field: fc.constantFrom(...ENTRY_FIELDS),
      value: fc.constantFrom(...BIG),
    }),
    fc.record({ kind: fc.constant('base' as const), field: fc.constantFrom(...BASE_FIELDS), value: fc.constantFrom(...BIG) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(size) }),
  );

function mutate(log: Uint8Array, ms: Mutation[], isNew: boolean): Uint8Array {
  let out = log.slice();
  for (const m of ms) {
    if (m.kind === 'flip' && m.at < out.length) out[m.at]! ^= 1 << m.bit;
    if (m.kind === 'base' && m.field + 4 <= out.length) new DataView(out.buffer).setUint32(m.field, m.value, true);
    if (m.kind === 'field' && isNew) {
      const at = ENTRY_AT[m.entry]!;
      if (at + m.field + 4 > out.length) continue;
      new DataView(out.buffer).setUint32(at + m.field, m.value, true);
      const size = Math.min(u32(out, at + 4), out.length - at);
      if (size >= 40 && size % 512 === 0) rehash(out.subarray(at, at + size));
    }
    if (m.kind === 'cut') out = out.slice(0, m.at);
  }
  return out;
}

function check(log: Uint8Array, isNew: boolean) {
  const r = replayLogs(DIRTY, [{ name: 'NTUSER.DAT.LOG1', bytes: log }]);
  expect(r.bytes.length).toBeLessThanOrEqual(DIRTY.length + log.length);
  if (!r.report) {
    expect(r.bytes).toBe(DIRTY);
    return;
  }
  if (isNew) expect(r.report.entriesApplied).toBeLessThanOrEqual(ENTRIES.length);
  try {
    readSubtree(openHive(r.bytes), '', '');
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
  }
}

describe('replay of damaged logs', () => {
  it('new format: never throws, grows the hive by no more than the log’s size', () => {
    fc.assert(
      fc.property(fc.array(mutation(NEW_LOG.length), { minLength: 1, maxLength: 4 }), (ms) => {
        check(mutate(NEW_LOG, ms, true), true);
      }),
      { numRuns: 300 },
    );
  });

  it('old format: never throws, grows the hive by no more than the log’s size', () => {
    fc.assert(
      fc.property(fc.array(mutation(OLD_LOG.length), { minLength: 1, maxLength: 4 }), (ms) => {
        check(mutate(OLD_LOG, ms, false), false);
      }),
      { numRuns: 300 },
    );
  });
});
