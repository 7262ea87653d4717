/**
 * Size: generated multi-megabyte files read correctly — many wrapped values, and one 3-million-character
 * line (hivexregedit does not wrap). No timing assertion; the reader is linear by construction
 * (regReader.ts header) and the bench measures it.
 */
import { describe, expect, it } from 'vitest';
import { parseReg, toSnapshot, writeReg } from '../../../../electron/core/formats/reg/index.js';
import type { RegKey } from '../../../../electron/core/formats/registry.js';

const KEYS = 1000;
const VALUES_PER_KEY = 8;

function pattern(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 7) & 0xff);
}

describe('large files', () => {
  it('reads a 5 MB regedit-style file with every value intact', () => {
    const keys: RegKey[] = Array.from({ length: KEYS }, (_, k) => ({
      path: `HKEY_CURRENT_USER\\Software\\Big\\${k.toString(16).padStart(32, '0')}`,
      values: Array.from({ length: VALUES_PER_KEY }, (_, v) => ({ name: `0102${v.toString(16).padStart(4, '0')}`, type: 3, data: pattern(100, k + v) })),
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
    expect(keys[0]!.values[0]!.data).toEqual(data);
  });

  it('keeps every value apart where values share the reader’s byte blocks (sizes around the block sizes)', () => {
    // The reader writes the values' bytes one after the other into blocks of 256 bytes growing to 64 KB,
    // and moves a value that does not fit to the next block: sizes here cross every block edge.
    const sizes = [0, 1, 255, 256, 257, 300, 511, 1000, 4096, 70_000, 3, 65_535, 65_536, 65_537, 2, 200_000, 1];
    const keys: RegKey[] = [
      { path: 'HKEY_CURRENT_USER\Blocks', values: sizes.map((n, i) => ({ name: `v${i}`, type: 3, data: pattern(n, i) })) },
    ];
    const read = toSnapshot(parseReg(writeReg(keys))).keys;
    expect(read).toEqual(keys);
    read[0]!.values[1]!.data[0] ^= 0xff;
    expect(read[0]!.values.map((v) => v.data.length)).toEqual(sizes);
    expect(read[0]!.values.slice(2)).toEqual(keys[0]!.values.slice(2));
  });
});
