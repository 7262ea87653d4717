/**
 * A test-only writer of registry transaction logs, written from the spec (msuhanov/regf "Format of
 * transaction log files"; docs/file-formats.md §6.4) and sharing no code with the reader under test
 * (electron/core/formats/hive/logs): its own Marvin32 (BigInt arithmetic), its own checksum, its own offsets.
 *
 * New format: a 512-byte copy of the base block (file type 6), then `HvLE` entries of 512-byte multiples:
 *   0 "HvLE" · 4 size · 8 flags · 12 sequence · 16 hive bins size · 20 page count · 24 Hash-1 · 32 Hash-2 ·
 *   40 page references {offset from the bins, size} · the pages' bytes.
 * Old format: the 512-byte base block copy (file type 1), "DIRT" and a bitmap with one bit per 512-byte page
 * of the bins at 512, then from the next sector one 512-byte page per bit set.
 */

const MASK32 = 0xffffffffn;
const rotl = (x: bigint, n: bigint) => ((x << n) | (x >> (32n - n))) & MASK32;

/** Marvin32 (SymCrypt / .NET Marvin.cs), as hi·2³² + lo. */
export function marvin32Reference(data: Uint8Array, seed = 0x82ef4d887a4e55c5n): bigint {
  let lo = seed & MASK32;
  let hi = seed >> 32n;
  const block = (v: bigint) => {
    lo = (lo + v) & MASK32;
    hi ^= lo;
    lo = (rotl(lo, 20n) + hi) & MASK32;
    hi = rotl(hi, 9n) ^ lo;
    lo = (rotl(lo, 27n) + hi) & MASK32;
    hi = rotl(hi, 19n);
  };
  let i = 0;
  for (; i + 4 <= data.length; i += 4) block(BigInt(data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16)) + (BigInt(data[i + 3]!) << 24n));
  // The 0–3 bytes left, then 0x80, as one little-endian dword.
  let last = 0n;
  let shift = 0n;
  for (; i < data.length; i++, shift += 8n) last |= BigInt(data[i]!) << shift;
  last |= 0x80n << shift;
  block(last);
  block(0n);
  return (hi << 32n) | lo;
}

const le32 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(at, v >>> 0, true);
const get32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
const le64 = (b: Uint8Array, at: number, v: bigint) => {
  le32(b, at, Number(v & MASK32));
  le32(b, at + 4, Number(v >> 32n));
};

/** XOR-32 of the first 508 bytes, −1 → −2 and 0 → 1 (msuhanov/regf "Base block", note 2). */
export function xorChecksum(block: Uint8Array): number {
  let c = 0;
  for (let at = 0; at < 508; at += 4) c = (c ^ get32(block, at)) >>> 0;
  return c === 0xffffffff ? 0xfffffffe : c === 0 ? 1 : c;
}

/** `hive` with its sequence numbers set (a dirty hive when they differ), checksum recomputed. */
export function withSequences(hive: Uint8Array, primary: number, secondary: number): Uint8Array {
  const out = hive.slice();
  le32(out, 4, primary);
  le32(out, 8, secondary);
  le32(out, 508, xorChecksum(out));
  return out;
}

/** A log's first sector: the first 512 bytes of `hive`'s base block, file type and sequence numbers set. */
export function logBaseBlock(hive: Uint8Array, fileType: 1 | 2 | 6, sequence: number, hbinsSize = get32(hive, 40)): Uint8Array {
  const b = hive.slice(0, 512);
  le32(b, 4, sequence);
  le32(b, 8, sequence);
  le32(b, 28, fileType);
  le32(b, 40, hbinsSize);
  le32(b, 508, xorChecksum(b));
  return b;
}

export interface Page {
  /** Offset from the start of the hive bins (file offset − 4096). */
  offset: number;
  bytes: Uint8Array;
}

/** The `size`-byte pages of `after`'s bins that differ from `before` (absent bytes of `before` read as 0). */
export function changedPages(before: Uint8Array, after: Uint8Array, size: number): Page[] {
  const pages: Page[] = [];
  const bins = get32(after, 40);
  for (let offset = 0; offset < bins; offset += size) {
    const at = 4096 + offset;
    const a = after.subarray(at, at + size);
    const b = before.subarray(at, at + size);
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) pages.push({ offset, bytes: a.slice() });
  }
  return pages;
}

/** One `HvLE` entry holding `pages`, hashes computed, padded to a multiple of 512 bytes. */
export function hvleEntry(sequence: number, hbinsSize: number, pages: readonly Page[], flags = 0): Uint8Array {
  const data = pages.reduce((n, p) => n + p.bytes.length, 0);
  const size = Math.ceil((40 + pages.length * 8 + data) / 512) * 512;
  const e = new Uint8Array(size);
  e.set([0x48, 0x76, 0x4c, 0x45]); // "HvLE"
  le32(e, 4, size);
  le32(e, 8, flags);
  le32(e, 12, sequence);
  le32(e, 16, hbinsSize);
  le32(e, 20, pages.length);
  let at = 40 + pages.length * 8;
  pages.forEach((p, i) => {
    le32(e, 40 + i * 8, p.offset);
    le32(e, 44 + i * 8, p.bytes.length);
    e.set(p.bytes, at);
    at += p.bytes.length;
  });
  le64(e, 24, marvin32Reference(e.subarray(40)));
  le64(e, 32, marvin32Reference(e.subarray(0, 32)));
  return e;
}

/** Recomputes an entry's hashes after a test changed its header (to test a check behind the hashes). */
export function rehash(entry: Uint8Array): void {
  le64(entry, 24, marvin32Reference(entry.subarray(40)));
  le64(entry, 32, marvin32Reference(entry.subarray(0, 32)));
}

/** A new-format log: `hive`'s base block copy with `sequence`, then the entries back to back. */
export function newFormatLog(hive: Uint8Array, sequence: number, entries: readonly Uint8Array[]): Uint8Array {
  const parts = [logBaseBlock(hive, 6, sequence), ...entries];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An old-format log bringing a hive to `after`: base block copy of `after`, dirty vector, 512-byte pages. */
export function oldFormatLog(after: Uint8Array, sequence: number, pages: readonly Page[], fileType: 1 | 2 = 1): Uint8Array {
  const bins = get32(after, 40);
  const bitmapBytes = bins / 4096; // one bit per 512 bytes
  const first = Math.ceil((512 + 4 + bitmapBytes) / 512) * 512;
  const out = new Uint8Array(first + pages.length * 512);
  out.set(logBaseBlock(after, fileType, sequence), 0);
  out.set([0x44, 0x49, 0x52, 0x54], 512); // "DIRT"
  // Pages in bitmap order, each at the next free 512-byte slot.
  [...pages]
    .sort((a, b) => a.offset - b.offset)
    .forEach((p, i) => {
      if (p.bytes.length !== 512 || p.offset % 512 !== 0) throw new Error('old-format pages are 512 bytes at 512-byte offsets');
      const bit = p.offset / 512;
      out[516 + (bit >> 3)]! |= 1 << (bit & 7);
      out.set(p.bytes, first + i * 512);
    });
  return out;
}
