/**
 * Key nodes (`nk`) and the subkey lists (`lf`, `lh`, `li`, and `ri`, a list of lists that cannot nest)
 * that point at them.
 */
import type { Cell, HiveCells } from './cells.js';
import { LIMITS, LIST, NK, type ListKind } from './regfLayout.js';
import { utf16Name } from './names.js';

/** The fields of an `nk` record the reader uses. */
export interface KeyNode {
  cell: Cell;
  name: string;
  subkeyCount: number;
  subkeyList: number;
  valueCount: number;
  valueList: number;
  lastWritten?: Date;
}

const FILETIME_UNIX_EPOCH_MS = 11_644_473_600_000;

function filetimeToDate(lo: number, hi: number): Date | undefined {
  if (lo === 0 && hi === 0) return undefined;
  const ms = (hi * 0x1_0000_0000 + lo) / 10_000 - FILETIME_UNIX_EPOCH_MS;
  const date = new Date(Math.floor(ms));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The `nk` record at cell offset `off` (read at absolute offset `from`). */
export function readKeyNode(hive: HiveCells, off: number, from: number): KeyNode {
  const cell = hive.cell(off, 'keyNode', from, NK.FIXED_SIZE, [NK.MAGIC]);
  const at = cell.abs;
  const nameLength = hive.u16(at + NK.NAME_LENGTH);
  if (NK.FIXED_SIZE + nameLength > cell.len) {
    throw hive.error(at + NK.NAME_LENGTH, 'hiveKeyNameOverrun', { length: nameLength, cellSize: cell.len });
  }
  const flags = hive.u16(at + NK.FLAGS);
  let name: string;
  if (flags & NK.FLAG_COMP_NAME) {
    name = hive.latin1Names.get(at + NK.NAME, nameLength);
  } else {
    if (nameLength % 2 !== 0) throw hive.error(at + NK.NAME_LENGTH, 'hiveKeyNameOdd', { length: nameLength });
    name = utf16Name(hive.view, at + NK.NAME, nameLength);
  }
  const subkeyCount = hive.u32(at + NK.SUBKEY_COUNT);
  // Each subkey needs an nk cell of its own: a count the bins cannot hold is corruption, not a number to trust.
  if (subkeyCount > (hive.binsEnd - 4096) / LIMITS.MIN_NK_CELL) {
    throw hive.error(at + NK.SUBKEY_COUNT, 'hiveSubkeyCount', { count: subkeyCount });
  }
  return {
    cell,
    name,
    subkeyCount,
    subkeyList: hive.u32(at + NK.SUBKEY_LIST),
    valueCount: hive.u32(at + NK.VALUE_COUNT),
    valueList: hive.u32(at + NK.VALUE_LIST),
    lastWritten: filetimeToDate(hive.u32(at + NK.TIMESTAMP), hive.u32(at + NK.TIMESTAMP + 4)),
  };
}

const LEAF_KINDS: readonly string[] = ['lf', 'lh', 'li'];
const ALL_KINDS: readonly string[] = ['lf', 'lh', 'li', 'ri'];

/**
 * The nk cell offsets a key's subkey list points at, in list order, each paired with the absolute offset
 * it was read from. Reads no more than `node.subkeyCount` entries, and checks the lists hold exactly that.
 */
export function readSubkeyOffsets(hive: HiveCells, node: KeyNode): { off: number; from: number }[] {
  const out: { off: number; from: number }[] = [];
  if (node.subkeyCount === 0) return out;
  const countAt = node.cell.abs + NK.SUBKEY_COUNT;
  const add = (list: Cell, kind: ListKind, count: number) => {
    const size = LIST.ENTRY_SIZE[kind];
    for (let i = 0; i < count; i++) {
      const from = list.abs + LIST.ENTRIES + i * size;
      if (out.length === node.subkeyCount) {
        throw hive.error(countAt, 'hiveSubkeyListsOverfull', { count: node.subkeyCount });
      }
      out.push({ off: hive.u32(from), from });
    }
  };
  const open = (off: number, from: number, kinds: readonly string[]) => {
    const list = hive.cell(off, 'subkeyList', from, LIST.FIXED_SIZE, kinds);
    const kind = hive.sig2(list.abs) as ListKind;
    const count = hive.u16(list.abs + LIST.COUNT);
    if (LIST.ENTRIES + count * LIST.ENTRY_SIZE[kind] > list.len) {
      throw hive.error(list.abs + LIST.COUNT, 'hiveListOverrun', { kind, count, cellSize: list.len });
    }
    return { list, kind, count };
  };

  const top = open(node.subkeyList, node.cell.abs + NK.SUBKEY_LIST, ALL_KINDS);
  if (top.kind !== 'ri') {
    add(top.list, top.kind, top.count);
  } else {
    const seen = new Set<number>();
    for (let i = 0; i < top.count; i++) {
      const from = top.list.abs + LIST.ENTRIES + i * LIST.ENTRY_SIZE.ri;
      const off = hive.u32(from);
      if (seen.has(off)) throw hive.error(from, 'hiveRiTwice', { list: off.toString(16) });
      seen.add(off);
      const sub = hive.cell(off, 'subkeyList', from, LIST.FIXED_SIZE);
      if (hive.sig2(sub.abs) === 'ri') throw hive.error(sub.abs, 'hiveRiNested');
      const leaf = open(off, from, LEAF_KINDS);
      add(leaf.list, leaf.kind, leaf.count);
    }
  }
  if (out.length !== node.subkeyCount) {
    throw hive.error(countAt, 'hiveSubkeyCountMismatch', { count: node.subkeyCount, found: out.length });
  }
  return out;
}
