/**
 * The records a save writes: value keys and their data, value lists, subkey lists and key nodes, each in
 * a new cell of the writer's CellSpace (docs/file-formats.md §6.1, §6.3; msuhanov/regf "Format of primary
 * files"). Nothing here reads the hive the save started from.
 */
import { fromHex } from '../hex.js';
import type { RegValue } from '../registry.js';
import type { CellSpace } from './cellSpace.js';
import { encodeName, lfHint, lhHash } from './nameOrder.js';
import { CELL, DB, LIST, NK, VALUE_LIST, VK } from './regfLayout.js';

const FILETIME_UNIX_EPOCH_MS = 11_644_473_600_000;

/** Writes `date` as a FILETIME (100 ns since 1601, little-endian) at absolute offset `at`. */
export function setFiletime(view: DataView, at: number, date: Date): void {
  const ticks = BigInt(date.getTime() + FILETIME_UNIX_EPOCH_MS) * 10_000n;
  view.setBigUint64(at, ticks, true);
}

/** A value's name length in UTF-16 bytes, as the nk "largest value name" field counts it. */
export const utf16Bytes = (name: string): number => name.length * 2;

/**
 * A new vk and its data: ≤ 4 bytes inline in the offset field (size with its top bit set), more in one
 * data cell, over 16,344 bytes in a `db` record from minor version 4 on. Returns the vk's cell offset and
 * the data's length (for the nk's largest-data field).
 */
export function writeValue(space: CellSpace, value: RegValue, minor: number): { off: number; size: number } {
  const name = encodeName(value.name);
  const data = fromHex(value.data);
  const off = space.alloc(VK.FIXED_SIZE + name.bytes.length, VK.MAGIC);
  let at = space.abs(off);
  space.view.setUint16(at + VK.NAME_LENGTH, name.bytes.length, true);
  space.view.setUint32(at + VK.TYPE, value.type >>> 0, true);
  // The default value (empty name) has no flag, as Windows and hivex write it (all 1,165 in the sample hives).
  space.view.setUint16(at + VK.FLAGS, name.compressed && value.name !== '' ? VK.FLAG_COMP_NAME : 0, true);
  space.bytes.set(name.bytes, at + VK.NAME);
  if (data.length <= VK.INLINE_MAX) {
    space.view.setUint32(at + VK.DATA_SIZE, (data.length | VK.DATA_INLINE) >>> 0, true);
    space.bytes.set(data, at + VK.DATA_OFFSET);
    return { off, size: data.length };
  }
  const dataOff = data.length > DB.SEGMENT_MAX && minor >= DB.FROM_MINOR ? writeBigData(space, data) : writeCell(space, data);
  at = space.abs(off); // the allocations above may have moved the buffer, not the cell
  space.view.setUint32(at + VK.DATA_SIZE, data.length, true);
  space.view.setUint32(at + VK.DATA_OFFSET, dataOff, true);
  return { off, size: data.length };
}

function writeCell(space: CellSpace, data: Uint8Array, slack = 0): number {
  const off = space.alloc(data.length + slack);
  space.bytes.set(data, space.abs(off));
  return off;
}

/**
 * `db` → list of segment offsets → segments of 16,344 bytes, the last one what remains. Every segment cell
 * gets 4 bytes more than its data: hivex reads a segment as its cell length − 8 bytes (lib/value.c), which
 * for a full segment is 16,344 either way, but would cut a short last segment by 4 bytes without them.
 */
function writeBigData(space: CellSpace, data: Uint8Array): number {
  const segments: number[] = [];
  for (let i = 0; i < data.length; i += DB.SEGMENT_MAX) {
    segments.push(writeCell(space, data.subarray(i, i + DB.SEGMENT_MAX), CELL.SIZE_FIELD));
  }
  const list = space.alloc(segments.length * VALUE_LIST.ENTRY_SIZE);
  const listAt = space.abs(list);
  segments.forEach((s, i) => space.view.setUint32(listAt + i * VALUE_LIST.ENTRY_SIZE, s, true));
  const db = space.alloc(DB.FIXED_SIZE, DB.MAGIC);
  const dbAt = space.abs(db);
  space.view.setUint16(dbAt + DB.COUNT, segments.length, true);
  space.view.setUint32(dbAt + DB.SEGMENT_LIST, list, true);
  return db;
}

/** A value list of these vk offsets, or CELL.NONE when there are none. */
export function writeValueList(space: CellSpace, vks: readonly number[]): number {
  if (vks.length === 0) return CELL.NONE;
  const off = space.alloc(vks.length * VALUE_LIST.ENTRY_SIZE);
  const at = space.abs(off);
  vks.forEach((v, i) => space.view.setUint32(at + i * VALUE_LIST.ENTRY_SIZE, v, true));
  return off;
}

export interface ListEntry {
  /** Cell offset of the subkey's nk. */
  off: number;
  name: string;
}

/**
 * A subkey list of `entries` (already in Windows order): one `lh` leaf (`lf` before minor version 5), or
 * leaves of at most LIST.LEAF_MAX entries under an `ri` root. CELL.NONE when there are none.
 */
export function writeSubkeyList(space: CellSpace, entries: readonly ListEntry[], minor: number): number {
  if (entries.length === 0) return CELL.NONE;
  const kind = minor >= LIST.LH_FROM_MINOR ? 'lh' : 'lf';
  if (entries.length <= LIST.LEAF_MAX) return writeLeaf(space, kind, entries);
  const leaves: number[] = [];
  for (let i = 0; i < entries.length; i += LIST.LEAF_MAX) leaves.push(writeLeaf(space, kind, entries.slice(i, i + LIST.LEAF_MAX)));
  const off = space.alloc(LIST.FIXED_SIZE + leaves.length * LIST.ENTRY_SIZE.ri, 'ri');
  const at = space.abs(off);
  space.view.setUint16(at + LIST.COUNT, leaves.length, true);
  leaves.forEach((l, i) => space.view.setUint32(at + LIST.ENTRIES + i * LIST.ENTRY_SIZE.ri, l, true));
  return off;
}

function writeLeaf(space: CellSpace, kind: 'lh' | 'lf', entries: readonly ListEntry[]): number {
  const size = LIST.ENTRY_SIZE[kind];
  const off = space.alloc(LIST.FIXED_SIZE + entries.length * size, kind);
  const at = space.abs(off);
  space.view.setUint16(at + LIST.COUNT, entries.length, true);
  entries.forEach((e, i) => {
    const entry = at + LIST.ENTRIES + i * size;
    space.view.setUint32(entry, e.off, true);
    if (kind === 'lh') space.view.setUint32(entry + 4, lhHash(e.name), true);
    else space.bytes.set(lfHint(e.name), entry + 4);
  });
  return off;
}

/**
 * A new, empty nk named `name` under `parent`, with security cell `sk` (its parent's: hivex lib/write.c
 * `hivex_node_add_child`, and what Windows does for a key created without a descriptor of its own).
 * Its lists and counts are filled in by the caller once its values and subkeys are written.
 */
export function writeKeyNode(space: CellSpace, name: string, parent: number, sk: number, now: Date): number {
  const enc = encodeName(name);
  const off = space.alloc(NK.FIXED_SIZE + enc.bytes.length, NK.MAGIC);
  const at = space.abs(off);
  const v = space.view;
  v.setUint16(at + NK.FLAGS, enc.compressed ? NK.FLAG_COMP_NAME : 0, true);
  setFiletime(v, at + NK.TIMESTAMP, now);
  v.setUint32(at + NK.PARENT, parent, true);
  for (const f of [NK.SUBKEY_LIST, NK.VOLATILE_SUBKEY_LIST, NK.VALUE_LIST, NK.CLASS_NAME]) v.setUint32(at + f, CELL.NONE, true);
  v.setUint32(at + NK.SECURITY, sk, true);
  v.setUint16(at + NK.NAME_LENGTH, enc.bytes.length, true);
  space.bytes.set(enc.bytes, at + NK.NAME);
  return off;
}
