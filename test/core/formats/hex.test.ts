import { describe, expect, it } from 'vitest';
import { fromHex, toHex, toHexAll } from '../../../electron/core/formats/hex.js';

const bytes = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 131 + seed * 17) & 0xff);

describe('toHexAll', () => {
  it('gives what toHex gives for each array, across its 1 MB batches', () => {
    // Enough small arrays to fill several batches, empty ones, one just under a batch and one over it.
    const arrays = [
      ...Array.from({ length: 30_000 }, (_, i) => bytes(i % 97, i)),
      new Uint8Array(0),
      bytes((1 << 19) - 1, 1),
      bytes(1 << 19, 2),
      bytes((1 << 19) + 1, 3),
      new Uint8Array(0),
      bytes(3 << 19, 4),
      bytes(5, 5),
    ];
    const all = toHexAll(arrays);
    expect(all).toHaveLength(arrays.length);
    arrays.forEach((a, i) => expect(all[i]).toBe(toHex(a)));
  });

  it('handles no arrays', () => {
    expect(toHexAll([])).toEqual([]);
  });
});

describe('fromHex', () => {
  it('reads either case back to the bytes, and refuses anything that is not hex of whole bytes', () => {
    const b = bytes(256, 7);
    expect(fromHex(toHex(b))).toEqual(b);
    expect(fromHex(toHex(b).toUpperCase())).toEqual(b);
    for (const bad of ['0', 'zz', '0g', '0\u0130', '1 ']) expect(() => fromHex(bad)).toThrow(RangeError);
  });
});
