/**
 * Multi-valued string and binary layouts (docs/file-formats.md §3.3). MAPI stores an SPropValue with its
 * pointers replaced by offsets from the start of the value, so the layout depends on the bitness of the
 * Outlook that wrote it:
 *
 * ```
 * MV_STRING8 / MV_UNICODE  u32 count | count × offset (u32: mv32, u64: mv64) | strings + NUL, packed
 * MV_BINARY                u32 count | count × {cb u32, off u32} (mv32) or {cb u32, pad u32, off u64} (mv64)
 *                          | blobs at 4-byte-aligned offsets; total padded to 4; an empty element: cb 0, off = end
 * ```
 *
 * The width is told per value from the first offset (4 + 4n vs 4 + 8n for strings; for binaries the
 * layout whose canonical re-encoding gives the same bytes). A value with no element is 4 zero bytes in
 * both layouts and is reported as mv64.
 */
import type { DecodeError, MvLayout } from '../../../shared/profileView.js';
import { align4, concat, equalBytes, readU64, view, writeU64 } from './bytes.js';

export type MvParsed = { layout: MvLayout; items: Uint8Array[] } | { error: DecodeError };

/** The layout given to values that have none yet: modern Outlook is 64-bit. */
export const DEFAULT_MV_LAYOUT: MvLayout = 'mv64';

/**
 * Splits an MV_STRING8 (unit 1) or MV_UNICODE (unit 2) value into its strings, each still ending with its
 * NUL. Offsets must be in order and inside the value; each string runs to the next offset.
 */
export function parseMvStrings(bytes: Uint8Array, unit: 1 | 2): MvParsed {
  if (bytes.length < 4) return { error: 'valueBadSize' };
  const v = view(bytes);
  const n = v.getUint32(0, true);
  if (n === 0) return bytes.length === 4 ? { layout: DEFAULT_MV_LAYOUT, items: [] } : { error: 'valueNonCanonical' };
  if (n > (bytes.length - 4) / 4) return { error: 'valueBadOffsets' };
  let layout: MvLayout;
  let width: 4 | 8;
  if (4 + 4 * n <= bytes.length && v.getUint32(4, true) === 4 + 4 * n) [layout, width] = ['mv32', 4];
  else if (4 + 8 * n <= bytes.length && readU64(v, 4) === 4 + 8 * n) [layout, width] = ['mv64', 8];
  else return { error: 'valueBadOffsets' };
  const offsets: number[] = [];
  for (let i = 0; i < n; i++) {
    const off = width === 4 ? v.getUint32(4 + 4 * i, true) : readU64(v, 4 + 8 * i);
    if (off === null || off > bytes.length || (i > 0 && off < offsets[i - 1]!)) return { error: 'valueBadOffsets' };
    offsets.push(off);
  }
  const items: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const item = bytes.subarray(offsets[i]!, i + 1 < n ? offsets[i + 1]! : bytes.length);
    if (!endsWithNul(item, unit)) return { error: 'valueNoTerminator' };
    items.push(item);
  }
  return { layout, items };
}

function endsWithNul(item: Uint8Array, unit: 1 | 2): boolean {
  if (item.length < unit || item.length % unit !== 0) return false;
  for (let i = item.length - unit; i < item.length; i++) if (item[i] !== 0) return false;
  return true;
}

/** Builds an MV string value from strings that already end with their NUL. */
export function buildMvStrings(items: readonly Uint8Array[], layout: MvLayout): Uint8Array {
  const width = layout === 'mv32' ? 4 : 8;
  const header = new Uint8Array(4 + width * items.length);
  const v = view(header);
  v.setUint32(0, items.length, true);
  let at = header.length;
  items.forEach((item, i) => {
    if (width === 4) v.setUint32(4 + 4 * i, at, true);
    else writeU64(v, 4 + 8 * i, at);
    at += item.length;
  });
  return concat([header, ...items]);
}

/** Splits an MV_BINARY value into its blobs, in whichever layout re-encodes to the same bytes. */
export function parseMvBinary(bytes: Uint8Array): MvParsed {
  if (bytes.length < 4) return { error: 'valueBadSize' };
  const n = view(bytes).getUint32(0, true);
  if (n === 0) return bytes.length === 4 ? { layout: DEFAULT_MV_LAYOUT, items: [] } : { error: 'valueNonCanonical' };
  let inBounds = false;
  for (const layout of ['mv64', 'mv32'] as const) {
    const items = readBinaryEntries(bytes, n, layout);
    if (!items) continue;
    inBounds = true;
    if (equalBytes(buildMvBinary(items, layout), bytes)) return { layout, items };
  }
  return { error: inBounds ? 'valueNonCanonical' : 'valueBadOffsets' };
}

function readBinaryEntries(bytes: Uint8Array, n: number, layout: MvLayout): Uint8Array[] | null {
  const entry = layout === 'mv32' ? 8 : 16;
  if (4 + entry * n > bytes.length) return null;
  const v = view(bytes);
  const items: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const at = 4 + entry * i;
    const cb = v.getUint32(at, true);
    const off = layout === 'mv32' ? v.getUint32(at + 4, true) : readU64(v, at + 8);
    if (off === null || off + cb > bytes.length) return null;
    items.push(bytes.subarray(off, off + cb));
  }
  return items;
}

/**
 * Builds an MV_BINARY value: entries, then each non-empty blob at a 4-byte-aligned offset; the total is
 * padded to 4 with zeros; empty elements get cb 0 and off = the total length.
 */
export function buildMvBinary(items: readonly Uint8Array[], layout: MvLayout): Uint8Array {
  const entry = layout === 'mv32' ? 8 : 16;
  const header = 4 + entry * items.length;
  const offsets: number[] = [];
  let at = header;
  for (const item of items) {
    if (item.length === 0) {
      offsets.push(-1);
      continue;
    }
    at = align4(at);
    offsets.push(at);
    at += item.length;
  }
  const total = align4(at);
  const out = new Uint8Array(total);
  const v = view(out);
  v.setUint32(0, items.length, true);
  items.forEach((item, i) => {
    const e = 4 + entry * i;
    const off = offsets[i] === -1 ? total : offsets[i]!;
    v.setUint32(e, item.length, true);
    if (layout === 'mv32') v.setUint32(e + 4, off, true);
    else writeU64(v, e + 8, off);
    out.set(item, off === total ? total : off);
  });
  return out;
}
