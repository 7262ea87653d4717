/**
 * Bounds-checked access to a hive's bytes, and the map of valid cell starts built by walking every bin
 * (hivex keeps the same bitmap): every cell offset followed by the reader is checked against it.
 */
import type { FormatErrorArgs, FormatErrorReason, HiveRecord } from '../../../../shared/i18n/formatErrors.js';
import { FormatError } from '../formatError.js';
import { Latin1Names } from './names.js';
import { BASE, CELL, HBIN, LIMITS } from './regfLayout.js';

/** A cell's record: absolute file offset of its data (after the size field) and the data's length. */
export interface Cell {
  /** Cell offset as stored in the file (relative to the first bin). */
  readonly off: number;
  /** Absolute file offset of the record (just after the int32 size). */
  readonly abs: number;
  /** Bytes of record data (cell size − 4). */
  readonly len: number;
}

const hex = (n: number): string => '0x' + n.toString(16);

/**
 * A FormatError at absolute file offset `at` of `bytes`, with a hex excerpt of the 16 bytes there
 * (`FormatError.located` prints it as `FILE@0xOFFSET: sentence`).
 */
export function hiveError<R extends FormatErrorReason>(
  bytes: Uint8Array,
  at: number,
  reason: R,
  ...params: FormatErrorArgs<R>
): FormatError<R> {
  const from = Math.max(0, Math.min(at, bytes.length));
  let excerpt = '';
  for (const b of bytes.subarray(from, from + 16)) excerpt += b.toString(16).padStart(2, '0');
  return new FormatError('hive', { offset: at, excerpt }, reason, ...params);
}

/** The bytes of a hive, with a bitmap of valid cell starts over the bins area. */
export class HiveCells {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  /** End of the bins area (absolute): 4096 + hive-bins data size. */
  readonly binsEnd: number;
  /** Decodes the hive's Latin-1 ("compressed") names, each different one once. */
  readonly latin1Names: Latin1Names;
  /** One bit per 4-byte slot of the bins area: set where a cell starts. */
  private readonly starts: Uint8Array;
  /** Bytes of value names and data handed out so far, and the most this hive may hand out. */
  private handedOut = 0;
  private readonly readBudget: number;

  constructor(bytes: Uint8Array, binsEnd: number) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.binsEnd = binsEnd;
    this.latin1Names = new Latin1Names(bytes);
    this.readBudget = LIMITS.READ_FACTOR * (binsEnd - BASE.SIZE) + LIMITS.READ_SLACK;
    this.starts = new Uint8Array(((binsEnd - BASE.SIZE) >>> 5) + 1);
    this.walkBins();
  }

  /** A FormatError at absolute offset `at`, with a hex excerpt of the bytes there. */
  error<R extends FormatErrorReason>(at: number, reason: R, ...params: FormatErrorArgs<R>): FormatError<R> {
    return hiveError(this.bytes, at, reason, ...params);
  }

  u16(abs: number): number {
    if (abs < 0 || abs + 2 > this.bytes.length) throw this.error(abs, 'hiveReadPastEnd');
    return this.view.getUint16(abs, true);
  }

  u32(abs: number): number {
    if (abs < 0 || abs + 4 > this.bytes.length) throw this.error(abs, 'hiveReadPastEnd');
    return this.view.getUint32(abs, true);
  }

  /**
   * Counts `n` bytes of value name or data about to be handed out (as a name, or as hex). Every value of a
   * sound hive has cells of its own, so reading all of them hands out less than the bins hold; value lists,
   * vk records or data cells shared many times over (a 2 MB hive can name one 1 MB value 500,000 times) are
   * refused here, before anything is allocated. `at` is where the value's size was read.
   */
  charge(n: number, at: number): void {
    this.handedOut += n;
    if (this.handedOut > this.readBudget) {
      throw this.error(at, 'hiveReadBudget', { budget: this.readBudget, factor: LIMITS.READ_FACTOR });
    }
  }

  /** Two ASCII characters at `abs` (a record signature). */
  sig2(abs: number): string {
    return String.fromCharCode(this.bytes[abs] ?? 0, this.bytes[abs + 1] ?? 0);
  }

  /**
   * The allocated cell at `off`, holding a record of at least `minLen` bytes whose signature (if given)
   * is one of `sigs`. `record` names the expected record for the error; `from` is where the offset was read.
   */
  cell(off: number, record: HiveRecord, from: number, minLen = 2, sigs?: readonly string[]): Cell {
    const start = BASE.SIZE + off;
    if (off === CELL.NONE || !this.isCellStart(start)) {
      throw this.error(from, 'hiveCellNotStart', { record, cell: hex(off), from: hex(from) });
    }
    const size = this.view.getInt32(start, true);
    if (size >= 0) throw this.error(start, 'hiveCellFree', { record, cell: hex(off) });
    const len = -size - CELL.SIZE_FIELD;
    if (len < minLen) throw this.error(start, 'hiveCellTooSmall', { record, min: minLen, cell: hex(off), length: len });
    const abs = start + CELL.SIZE_FIELD;
    if (sigs && !sigs.includes(this.sig2(abs))) {
      throw this.error(abs, 'hiveCellSignature', { record, signatures: sigs.join('/'), found: JSON.stringify(this.sig2(abs)) });
    }
    return { off, abs, len };
  }

  private isCellStart(abs: number): boolean {
    if (abs < BASE.SIZE || abs >= this.binsEnd || (abs & 3) !== 0) return false;
    const slot = (abs - BASE.SIZE) >>> 2;
    return ((this.starts[slot >>> 3] ?? 0) & (1 << (slot & 7))) !== 0;
  }

  /** Checks every bin header and tiles every bin with cells, recording each cell start. */
  private walkBins(): void {
    let bin: number = BASE.SIZE;
    while (bin < this.binsEnd) {
      if (bin + HBIN.HEADER_SIZE > this.binsEnd) throw this.error(bin, 'hiveHbinTruncated');
      const magic = String.fromCharCode(...this.bytes.subarray(bin, bin + 4));
      if (magic !== HBIN.MAGIC) throw this.error(bin, 'hiveHbinSignature', { found: JSON.stringify(magic) });
      const declared = this.view.getUint32(bin + HBIN.OFFSET, true);
      if (declared !== bin - BASE.SIZE) {
        throw this.error(bin + HBIN.OFFSET, 'hiveHbinOffset', { declared: hex(declared), actual: hex(bin - BASE.SIZE) });
      }
      const size = this.view.getUint32(bin + HBIN.SIZE, true);
      if (size === 0 || size % HBIN.ALIGN !== 0) {
        throw this.error(bin + HBIN.SIZE, 'hiveHbinSize', { size: hex(size) });
      }
      const end = bin + size;
      if (end > this.binsEnd) {
        throw this.error(bin + HBIN.SIZE, 'hiveHbinPastEnd', { size: hex(size), end: hex(this.binsEnd) });
      }
      this.walkCells(bin + HBIN.HEADER_SIZE, end);
      bin = end;
    }
  }

  private walkCells(from: number, end: number): void {
    let at = from;
    while (at < end) {
      if (at + CELL.SIZE_FIELD > end) throw this.error(at, 'hiveCellSizeTruncated');
      const raw = this.view.getInt32(at, true);
      const size = raw < 0 ? -raw : raw;
      if (size < CELL.MIN_SIZE || size % CELL.ALIGN !== 0 || at + size > end) {
        throw this.error(at, 'hiveCellSize', { size: raw, end: hex(end) });
      }
      const slot = (at - BASE.SIZE) >>> 2;
      this.starts[slot >>> 3]! |= 1 << (slot & 7);
      at += size;
    }
  }
}
