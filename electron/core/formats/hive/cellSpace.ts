/**
 * The writer's copy of a hive's bins: cells are allocated and freed in it as Windows does, never in the
 * bytes the hive was read from.
 *
 * - Allocation is best fit among the free cells (those the hive already had, and those this save freed),
 *   splitting a larger cell; only when none fits is a bin appended (its size the smallest multiple of 4096
 *   that holds the cell, docs/file-formats.md §6.1). hivex never reuses a free cell (lib/write.c
 *   `allocate_block`): a hive it edits only grows. We reuse, as Windows does, so that saving every profile
 *   of a hive again does not double its size.
 * - Freed cells are coalesced with free neighbours (msuhanov/regf "Unallocated cell") and their data is
 *   zeroed, so that a deleted profile's values (passwords among them) do not linger in the file.
 * - Sizes are multiples of 8, negative while allocated (regfLayout.ts CELL).
 */
import { BASE, CELL, HBIN } from './regfLayout.js';

/** Buckets of free cells by size / 8, for sizes below this; larger free cells share the last bucket. */
const BUCKETS = 8192;
const bucketOf = (size: number): number => Math.min(size >>> 3, BUCKETS - 1);

export class CellSpace {
  bytes: Uint8Array;
  view: DataView;
  /** Absolute end of the bins area (4096 + hive bins data size). */
  binsEnd: number;
  /** Free cells: absolute start → size, and absolute end → start (to coalesce with the cell before). */
  private readonly freeAt = new Map<number, number>();
  private readonly freeEndingAt = new Map<number, number>();
  /** Free cell starts by bucket, in the order they became free (allocation is deterministic). */
  private readonly buckets: Set<number>[] = Array.from({ length: BUCKETS }, () => new Set<number>());
  /** One bit per bucket: set when the bucket holds a free cell. */
  private readonly nonEmpty = new Uint32Array(BUCKETS / 32);

  /** `original` must have passed `HiveCells` (every bin and cell checked): this trusts its tiling. */
  constructor(original: Uint8Array, binsEnd: number) {
    this.bytes = new Uint8Array(Math.max(original.length, binsEnd + (binsEnd >>> 3)));
    this.bytes.set(original);
    this.view = new DataView(this.bytes.buffer);
    this.binsEnd = binsEnd;
    for (let bin = BASE.SIZE; bin < binsEnd;) {
      const size = this.view.getUint32(bin + HBIN.SIZE, true);
      for (let at = bin + HBIN.HEADER_SIZE; at < bin + size;) {
        const raw = this.view.getInt32(at, true);
        // Free cells of sizes Windows never writes (not a multiple of 8) are left alone.
        if (raw > 0 && raw % CELL.WRITE_ALIGN === 0) this.addFree(at, raw);
        at += Math.abs(raw);
      }
      bin += size;
    }
  }

  /** Absolute offset of the record in the cell at cell offset `off` (after its size field). */
  abs(off: number): number {
    return BASE.SIZE + off + CELL.SIZE_FIELD;
  }

  /**
   * A new cell holding `len` zeroed bytes, the first two set to `sig` when given; returns its cell offset.
   */
  alloc(len: number, sig?: string): number {
    const size = (len + CELL.SIZE_FIELD + CELL.WRITE_ALIGN - 1) & ~(CELL.WRITE_ALIGN - 1);
    let at = this.takeFree(size);
    if (at < 0) at = this.appendBin(size);
    this.view.setInt32(at, -size, true);
    this.bytes.fill(0, at + CELL.SIZE_FIELD, at + size);
    if (sig) {
      this.bytes[at + CELL.SIZE_FIELD] = sig.charCodeAt(0);
      this.bytes[at + CELL.SIZE_FIELD + 1] = sig.charCodeAt(1);
    }
    return at - BASE.SIZE;
  }

  /** Frees the allocated cell at cell offset `off`: zeroes it and joins it to free neighbours. */
  free(off: number): void {
    let at = BASE.SIZE + off;
    const raw = this.view.getInt32(at, true);
    if (raw >= 0) throw new Error(`internal: freeing cell 0x${off.toString(16)}, which is not allocated`);
    let size = -raw;
    this.bytes.fill(0, at + CELL.SIZE_FIELD, at + size);
    const after = this.freeAt.get(at + size);
    if (after !== undefined) {
      this.removeFree(at + size, after);
      size += after;
    }
    const before = this.freeEndingAt.get(at);
    if (before !== undefined) {
      const beforeSize = at - before;
      this.removeFree(before, beforeSize);
      at = before;
      size += beforeSize;
    }
    this.view.setInt32(at, size, true);
    this.addFree(at, size);
  }

  /** The file: the bins, then whatever followed them in the original file and was not overwritten. */
  finish(originalLength: number): Uint8Array {
    return this.bytes.slice(0, Math.max(originalLength, this.binsEnd));
  }

  private addFree(at: number, size: number): void {
    this.freeAt.set(at, size);
    this.freeEndingAt.set(at + size, at);
    const b = bucketOf(size);
    this.buckets[b]!.add(at);
    this.nonEmpty[b >>> 5]! |= 1 << (b & 31);
  }

  private removeFree(at: number, size: number): void {
    this.freeAt.delete(at);
    this.freeEndingAt.delete(at + size);
    const b = bucketOf(size);
    const bucket = this.buckets[b]!;
    bucket.delete(at);
    if (bucket.size === 0) this.nonEmpty[b >>> 5]! &= ~(1 << (b & 31));
  }

  /** Best fit: the first free cell of the smallest bucket that holds `size`, split when larger; −1 if none. */
  private takeFree(size: number): number {
    for (let b = bucketOf(size); b < BUCKETS;) {
      const word = this.nonEmpty[b >>> 5]! >>> (b & 31);
      if (word === 0) {
        b = (b | 31) + 1;
        continue;
      }
      b += 31 - Math.clz32(word & -word);
      for (const at of this.buckets[b]!) {
        const have = this.freeAt.get(at)!;
        if (have < size) continue; // only in the last, open-ended bucket
        this.removeFree(at, have);
        if (have > size) {
          this.view.setInt32(at + size, have - size, true);
          this.addFree(at + size, have - size);
        }
        return at;
      }
      b++;
    }
    return -1;
  }

  /** Appends a bin that holds a cell of `size` bytes at its start; the rest of the bin is one free cell. */
  private appendBin(size: number): number {
    const bin = this.binsEnd;
    const binSize = Math.ceil((size + HBIN.HEADER_SIZE) / HBIN.ALIGN) * HBIN.ALIGN;
    this.ensure(bin + binSize);
    this.bytes.fill(0, bin, bin + binSize);
    this.bytes.set([0x68, 0x62, 0x69, 0x6e], bin); // "hbin"
    this.view.setUint32(bin + HBIN.OFFSET, bin - BASE.SIZE, true);
    this.view.setUint32(bin + HBIN.SIZE, binSize, true);
    this.binsEnd = bin + binSize;
    const at = bin + HBIN.HEADER_SIZE;
    const rest = binSize - HBIN.HEADER_SIZE - size;
    if (rest > 0) {
      this.view.setInt32(at + size, rest, true);
      this.addFree(at + size, rest);
    }
    return at;
  }

  private ensure(end: number): void {
    if (end <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(end, this.bytes.length * 2));
    grown.set(this.bytes);
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }
}
