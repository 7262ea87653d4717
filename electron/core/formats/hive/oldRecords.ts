/**
 * The cells an existing key owns, read from the hive the save started from (checked by the reader's
 * HiveCells, every offset against the map of cell starts): what a save frees when it replaces a key's
 * values or subkey list, or deletes the key.
 */
import type { RegValue } from '../registry.js';
import type { HiveCells } from './cells.js';
import type { KeyNode } from './keyNode.js';
import { CELL, DB, LIST, NK, VALUE_LIST, VK } from './regfLayout.js';
import { readValues } from './valueNode.js';

export interface OldValue {
  /** Cell offset of the vk. */
  vk: number;
  value: RegValue;
  /** The cells holding its data: none (inline or empty), one data cell, or db + segment list + segments. */
  dataCells: number[];
}

/** A key's values in value-list order, each with its vk and data cells. */
export function oldValues(hive: HiveCells, node: KeyNode): OldValue[] {
  const values = readValues(hive, node);
  if (values.length === 0) return [];
  const list = hive.cell(node.valueList, 'valueList', node.cell.abs + NK.VALUE_LIST, 0);
  return values.map((value, i) => {
    const vk = hive.u32(list.abs + i * VALUE_LIST.ENTRY_SIZE);
    return { vk, value, dataCells: dataCells(hive, hive.cell(vk, 'valueKey', list.abs, VK.FIXED_SIZE).abs) };
  });
}

function dataCells(hive: HiveCells, vkAt: number): number[] {
  const raw = hive.u32(vkAt + VK.DATA_SIZE);
  const size = raw & 0x7fffffff;
  if (raw & VK.DATA_INLINE || size === 0) return [];
  const off = hive.u32(vkAt + VK.DATA_OFFSET);
  const cell = hive.cell(off, 'valueData', vkAt + VK.DATA_OFFSET, 0);
  if (size <= cell.len) return [off];
  // readValues has checked the db record, its list and its segments.
  const count = hive.u16(cell.abs + DB.COUNT);
  const listOff = hive.u32(cell.abs + DB.SEGMENT_LIST);
  const list = hive.cell(listOff, 'dbSegmentList', cell.abs + DB.SEGMENT_LIST, 0);
  const cells = [off, listOff];
  for (let i = 0; i < count; i++) cells.push(hive.u32(list.abs + i * 4));
  return cells;
}

/** The cells of a key's subkey list: the list itself and, under an `ri`, each leaf. */
export function oldListCells(hive: HiveCells, node: KeyNode): number[] {
  if (node.subkeyCount === 0 || node.subkeyList === CELL.NONE) return [];
  const top = hive.cell(node.subkeyList, 'subkeyList', node.cell.abs + NK.SUBKEY_LIST, LIST.FIXED_SIZE);
  const cells = [node.subkeyList];
  if (hive.sig2(top.abs) === 'ri') {
    const count = hive.u16(top.abs + LIST.COUNT);
    for (let i = 0; i < count; i++) cells.push(hive.u32(top.abs + LIST.ENTRIES + i * LIST.ENTRY_SIZE.ri));
  }
  return cells;
}
