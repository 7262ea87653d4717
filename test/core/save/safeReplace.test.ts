/** The verify step's read-back (safeReplace.ts nodeIo.compareFile): the first byte where the file on disk and
 *  the bytes meant differ, across the chunks it reads in, or -1 when they are the same. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIo } from '../../../electron/core/save/safeReplace.js';

const file = (bytes: Uint8Array) => {
  const path = join(mkdtempSync(join(tmpdir(), 'mpe-compare-')), 'f');
  writeFileSync(path, bytes);
  return path;
};
// 3 MiB and a bit: several chunks, the last one partial.
const meant = new Uint8Array(3 * (1 << 20) + 12345).map((_, i) => (i * 7) & 0xff);

describe('reading a written file back against what was meant', () => {
  it('the same bytes: -1', () => {
    expect(nodeIo.compareFile(file(meant), meant)).toBe(-1);
  });
  it('one byte otherwise, in a later chunk: its offset', () => {
    const at = 2 * (1 << 20) + 77;
    const other = meant.slice();
    other[at] ^= 1;
    expect(nodeIo.compareFile(file(other), meant)).toBe(at);
  });
  it('a file cut short: its length; a file longer: the length meant', () => {
    expect(nodeIo.compareFile(file(meant.subarray(0, 1 << 20)), meant)).toBe(1 << 20);
    const longer = new Uint8Array(meant.length + 1);
    longer.set(meant);
    expect(nodeIo.compareFile(file(longer), meant)).toBe(meant.length);
    expect(nodeIo.compareFile(file(new Uint8Array(0)), meant)).toBe(0);
  });
});
