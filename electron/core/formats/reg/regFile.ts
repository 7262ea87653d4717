/**
 * A parsed `.reg` file, before merging: every key line and value line in file order, with its line number,
 * deletions included (docs/file-formats.md §4.3, §4.4). `toSnapshot` (regSnapshot.ts) merges it into a RegSnapshot.
 */
import type { RegValue } from '../registry.js';
import type { RegEncoding } from './regText.js';

/** `Windows Registry Editor Version 5.00` or `REGEDIT4` (docs/file-formats.md §4.1). */
export type RegVersion = '5.00' | 'REGEDIT4';

/**
 * REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ: the types whose `hex(N):` bytes a REGEDIT4 file holds as ANSI text,
 * widened to UTF-16LE on import (docs/file-formats.md §4.4).
 */
export const ANSI_HEX_TYPES: ReadonlySet<number> = new Set([1, 2, 7]);

/** `"name"=data` or `@=data`: set a value. */
export interface RegSetValue {
  kind: 'set';
  line: number;
  value: RegValue;
}

/** `"name"=-` or `@=-`: delete a value. */
export interface RegDeleteValue {
  kind: 'delete';
  line: number;
  name: string;
}

export type RegValueOp = RegSetValue | RegDeleteValue;

/** `[PATH]` and the value lines under it. */
export interface RegKeyEntry {
  kind: 'key';
  path: string;
  line: number;
  ops: RegValueOp[];
}

/** `[-PATH]`: delete the key and its whole subtree. Value lines under it are ignored, as regedit does. */
export interface RegKeyDeletion {
  kind: 'deleteKey';
  path: string;
  line: number;
}

export type RegEntry = RegKeyEntry | RegKeyDeletion;

export interface RegFile {
  version: RegVersion;
  encoding: RegEncoding;
  entries: RegEntry[];
}
