/**
 * Registry hive (regf) reader: strict, bounds-checked, lazy.
 *
 * @see ./regfLayout.ts for the record layouts; docs/file-formats.md §6.
 */
export { openHive } from './hive.js';
export type { Hive, HiveKey, OpenHiveOptions } from './hive.js';
export { readSubtree, collectProfileKeys, findKey } from './subtree.js';
