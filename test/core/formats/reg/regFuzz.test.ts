/**
 * Mutation fuzz over the real samples: random bit flips, truncations, splices, deletions and duplicated
 * lines. The reader must either read the result or throw a FormatError — never anything else — and never
 * hang (speed is measured by `npm run bench`). What it reads must survive writeReg → parseReg unchanged (or be refused by writeReg with a
 * FormatError, e.g. a name holding a lone CR).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../electron/core/formats/formatError.js';
import { parseReg, toSnapshot, writeReg } from '../../../../electron/core/formats/reg/index.js';
import type { RegFile, RegVersion } from '../../../../electron/core/formats/reg/index.js';
import type { RegKey } from '../../../../electron/core/formats/registry.js';
import { SAMPLE, WINE_EXPORTS, readSample } from '../../../helpers/samples.js';
import { groundTruthKeys } from './regCompare.js';
import { HANG_MS } from '../../../fuzz/fuzzHarness.js';

const SAMPLES: Uint8Array[] = [
  readSample(SAMPLE.hivexReg),
  ...WINE_EXPORTS.map((name) => readSample(name)),
  writeReg(groundTruthKeys()),
  writeReg(groundTruthKeys(), { version: 'REGEDIT4' }),
];

type Mutation = (bytes: Uint8Array) => Uint8Array;

const position = fc.nat({ max: 1 << 30 });
const at = (n: number, bytes: Uint8Array) => (bytes.length === 0 ? 0 : n % (bytes.length + 1));

const bitFlip = fc.tuple(position, fc.nat({ max: 7 })).map(([p, bit]): Mutation => (bytes) => {
  if (bytes.length === 0) return bytes;
  const out = bytes.slice();
  out[p % out.length]! ^= 1 << bit;
  return out;
});

const truncate = position.map((p): Mutation => (bytes) => bytes.slice(0, at(p, bytes)));

const removeRange = fc.tuple(position, fc.nat({ max: 200 })).map(([p, n]): Mutation => (bytes) => {
  const start = at(p, bytes);
  return new Uint8Array([...bytes.subarray(0, start), ...bytes.subarray(start + n)]);
});

/** A piece of any sample (the same one or another) inserted anywhere. */
const splice = fc.tuple(fc.nat({ max: SAMPLES.length - 1 }), position, fc.nat({ max: 300 }), position).map(
  ([s, from, n, to]): Mutation =>
    (bytes) => {
      const source = SAMPLES[s]!;
      const start = at(from, source);
      const piece = source.subarray(start, start + n);
      const where = at(to, bytes);
      return new Uint8Array([...bytes.subarray(0, where), ...piece, ...bytes.subarray(where)]);
    },
);

/** One whole line (up to and including its LF byte) written twice. */
const duplicateLine = position.map((p): Mutation => (bytes) => {
  const start = bytes.lastIndexOf(0x0a, at(p, bytes) - 1) + 1;
  let end = bytes.indexOf(0x0a, start);
  end = end < 0 ? bytes.length : end + 1;
  return new Uint8Array([...bytes.subarray(0, end), ...bytes.subarray(start, end), ...bytes.subarray(end)]);
});

const mutated = fc
  .tuple(fc.nat({ max: SAMPLES.length - 1 }), fc.array(fc.oneof(bitFlip, truncate, removeRange, splice, duplicateLine), { minLength: 1, maxLength: 4 }))
  .map(([s, mutations]) => mutations.reduce((bytes, mutate) => mutate(bytes), SAMPLES[s]!));

/** parseReg's result, or undefined when it refuses the bytes with a FormatError. */
function parseOrRefuse(bytes: Uint8Array): RegFile | undefined {
  try {
    return parseReg(bytes);
  } catch (e) {
    if (e instanceof FormatError) return undefined;
    throw e;
  }
}

/** writeReg's output, or undefined when it refuses the keys with a FormatError. */
function writeOrRefuse(keys: RegKey[], version: RegVersion): Uint8Array | undefined {
  try {
    return writeReg(keys, { version });
  } catch (e) {
    if (e instanceof FormatError) return undefined;
    throw e;
  }
}

describe('mutation fuzz over the real samples', () => {
  it('throws nothing but FormatError, never hangs, and what it reads survives a write', () => {
    let read = 0;
    fc.assert(
      fc.property(mutated, (bytes) => {
        const started = performance.now();
        const file = parseOrRefuse(bytes);
        if (file) {
          read++;
          const { keys } = toSnapshot(file);
          // writeReg refuses data that is not hex: what the reader gives must be hex, or a refusal here would hide it.
          for (const k of keys) for (const v of k.values) expect(v.data).toMatch(/^(?:[0-9a-f]{2})*$/);
          const written = writeOrRefuse(keys, file.version);
          if (written) expect(toSnapshot(parseReg(written)).keys).toEqual(keys);
        }
        expect(performance.now() - started).toBeLessThan(HANG_MS);
      }),
      { numRuns: 2000 },
    );
    // Not only errors: a good share of the mutants must still be readable for the write check to mean anything.
    expect(read).toBeGreaterThan(200);
  });
});
