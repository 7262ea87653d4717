/**
 * Old-format logs (Windows NT to Windows 8; docs/file-formats.md §6.4, msuhanov/regf "Dirty vector" and
 * "Dirty pages"): after the base block sector, the dirty vector — "DIRT" and a bitmap with one bit per
 * 512-byte page of the hive bins data (hbinsSize / 512 bits) — then, from the next sector, one 512-byte page
 * for each bit set, in bit order. Page n of the bitmap goes to file offset 4096 + 512·n.
 *
 * The spec's recovery processes the dirty pages of one hive bin together and stops at a dirty bin that is not
 * valid (signature, a size of at least 4096, its offset field): here the pages are applied bin by bin, and
 * the first bin that would come out invalid — or whose pages the log lacks (a truncated log) — ends the
 * replay, so only whole bins before it change.
 */
import type { FormatError } from '../../formatError.js';
import { BASE, HBIN } from '../regfLayout.js';
import { logError } from './logFile.js';
import { BIN_ALIGN, DIRT } from './logLayout.js';
import type { DirtyPage } from './newLog.js';

export interface OldLogScan {
  /** Pages to apply, in bitmap order (absolute offsets in the log and the primary file). */
  pages: DirtyPage[];
  /** The hive bins size the replay leaves (the log's own, or where it stopped). */
  hbinsSize: number;
  stop?: FormatError;
}

/**
 * The pages of `log` that apply to `primary`, for a hive of `hbinsSize` bytes of bins (the log's base
 * block). Throws a FormatError when the log holds no dirty vector.
 */
export function readOldLog(log: Uint8Array, primary: Uint8Array, hbinsSize: number): OldLogScan {
  const bitmapBytes = hbinsSize / DIRT.PAGE / 8;
  if (log.length < DIRT.AT + DIRT.BITMAP + bitmapBytes) throw logError(log, DIRT.AT, 'hiveLogDirtTruncated', { size: hbinsSize });
  const magic = String.fromCharCode(...log.subarray(DIRT.AT, DIRT.AT + 4));
  if (magic !== DIRT.MAGIC) throw logError(log, DIRT.AT, 'hiveLogDirtSignature', { found: JSON.stringify(magic) });
  const bitmap = log.subarray(DIRT.AT + DIRT.BITMAP, DIRT.AT + DIRT.BITMAP + bitmapBytes);
  const first = Math.ceil((DIRT.AT + DIRT.BITMAP + bitmapBytes) / DIRT.SECTOR) * DIRT.SECTOR;

  // Every set bit, in order; a page the log does not hold marks where it was cut.
  const pages: DirtyPage[] = [];
  let missing: number | undefined;
  for (let byte = 0; byte < bitmap.length; byte++) {
    if (bitmap[byte] === 0) continue;
    for (let bit = 0; bit < 8; bit++) {
      if (((bitmap[byte]! >> bit) & 1) === 0) continue;
      const from = first + pages.length * DIRT.PAGE;
      const to = BASE.SIZE + (byte * 8 + bit) * DIRT.PAGE;
      if (from + DIRT.PAGE > log.length) {
        missing ??= to;
        continue;
      }
      pages.push({ from, to, size: DIRT.PAGE });
    }
  }

  // The bins as they come out, walked from the first: the first invalid dirty bin, or the bin of the first
  // missing page, is where the replay stops.
  const end = BASE.SIZE + hbinsSize;
  const pageAt = new Map(pages.map((p) => [p.to, p]));
  const byteAt = (abs: number): number => {
    const page = pageAt.get(abs - ((abs - BASE.SIZE) % DIRT.PAGE));
    if (page) return log[page.from + ((abs - BASE.SIZE) % DIRT.PAGE)]!;
    return abs < primary.length ? primary[abs]! : 0;
  };
  const u32At = (abs: number) => (byteAt(abs) | (byteAt(abs + 1) << 8) | (byteAt(abs + 2) << 16) | (byteAt(abs + 3) << 24)) >>> 0;
  let pos: number = BASE.SIZE;
  let stop: FormatError | undefined;
  while (pos < end) {
    const size = u32At(pos + HBIN.SIZE);
    const sig = String.fromCharCode(byteAt(pos), byteAt(pos + 1), byteAt(pos + 2), byteAt(pos + 3));
    const ok =
      sig === HBIN.MAGIC &&
      size >= BIN_ALIGN &&
      size % BIN_ALIGN === 0 &&
      pos + size <= end &&
      u32At(pos + HBIN.OFFSET) === pos - BASE.SIZE;
    const binEnd = ok ? pos + size : end;
    if (missing !== undefined && missing < binEnd) {
      stop = logError(log, log.length, 'hiveLogDirtyPagesMissing', { offset: `0x${missing.toString(16)}` });
      break;
    }
    if (!ok) {
      stop = logError(log, DIRT.AT, 'hiveLogDirtyBin', { offset: `0x${pos.toString(16)}` });
      break;
    }
    pos = binEnd;
  }
  if (!stop) return { pages, hbinsSize };
  return { pages: pages.filter((p) => p.to < pos), hbinsSize: pos - BASE.SIZE, stop };
}
