/**
 * Size: generated multi-megabyte files read correctly — many wrapped values, and one 3-million-character
 * line (hivexregedit does not wrap). No timing assertion; the reader is linear by construction
 * (regReader.ts header) and the bench measures it.
 */
import { describe, expect, it } from 'vitest';
import { parseReg, toSnapshot, writeReg } from '../../../../electron/core/formats/reg/index.js';
import type { RegKey } from '../../../../electron/core/formats/registry.js';
import { toHex } from '../../../helpers/samples.js';

const KEYS = 1000;
const VALUES_PER_KEY = 8;

function pattern(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 7) & 0xff);
}

/** `pattern` as a value's data: hex. */
const patternHex = (length: number, seed: number): string => toHex(pattern(length, seed));

describe('large files', () => {
  it('reads a 5 MB regedit-style file with every value intact', () => {
    const keys: RegKey[] = Array.from({ length: KEYS }, (_, k) => ({
      path: `HKEY_CURRENT_USER\\Software\\Big\\${k.toString(16).padStart(32, '0')}`,
      values: Array.from({ length: VALUES_PER_KEY }, (_, v) => ({
        name: `0102${v.toString(16).padStart(4, '0')}`,
        type: 3,
        data: patternHex(100, k + v),
      })),
    }));
    const bytes = writeReg(keys);
    expect(bytes.length).toBeGreaterThan(5_000_000);
    const snapshot = toSnapshot(parseReg(bytes));
    expect(snapshot.keys.length).toBe(KEYS);
    expect(snapshot.keys.reduce((n, k) => n + k.values.length, 0)).toBe(KEYS * VALUES_PER_KEY);
    expect(snapshot.keys).toEqual(keys);
  });

  it('reads a one-megabyte value written on a single line', () => {
    const data = pattern(1 << 20, 3);
    const hex = Array.from(data, (b) => b.toString(16).padStart(2, '0')).join(',');
    const text = `Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Big]\n"v"=hex(3):${hex}\n"after"=dword:1\n`;
    const { keys } = toSnapshot(parseReg(new TextEncoder().encode(text)));
    expect(keys[0]!.values.map((v) => v.name)).toEqual(['v', 'after']);
    expect(keys[0]!.values[0]!.data).toBe(toHex(data));
  });

  it('keeps every value apart where values share the reader’s hex batches (sizes around the batch sizes)', () => {
    // The reader writes the values' hex digits one after the other into one buffer (reg/hexBatch.ts: 16 K
    // digits growing to 1 M); a full buffer hands out its finished values as slices of one string and moves
    // the digits of the value being written to its front. Sizes here (bytes, two digits each) cross the
    // growth and batch edges, and one value is larger than a batch.
    const sizes = [0, 1, 8191, 8192, 8193, 3, 300_000, 262_144, 2, 524_287, 524_288, 524_289, 1, 600_000, 4];
    const keys: RegKey[] = [
      { path: 'HKEY_CURRENT_USER\\Blocks', values: sizes.map((n, i) => ({ name: `v${i}`, type: 3, data: patternHex(n, i) })) },
    ];
    const read = toSnapshot(parseReg(writeReg(keys))).keys;
    expect(read[0]!.values.map((v) => v.data.length / 2)).toEqual(sizes);
    expect(read).toEqual(keys);
  });
});
