/**
 * Merges a parsed `.reg` file into a RegSnapshot the way importing it would change an empty registry
 * (file-formats.md §4.3, §4.4): in file order, key paths and value names compared case-insensitively.
 */
import type { RegKey, RegSnapshot, RegValue } from '../registry.js';
import type { RegFile } from './regFile.js';

interface MergedKey {
  path: string;
  values: Map<string, RegValue>;
}

/**
 * - keys keep the order in which they first appear (a key deleted and written again goes to the end);
 * - a later value with the same name replaces the earlier one in its place, keeping the first spelling of
 *   the name, as RegSetValueEx does on an existing value;
 * - `[-KEY]` removes that key and its subkeys from what came before and is listed in `deletedKeys`;
 * - `"x"=-` removes the value and is listed in `deletedValues`.
 */
export function toSnapshot(file: RegFile): RegSnapshot {
  const keys = new Map<string, MergedKey>();
  const deletedKeys: string[] = [];
  const deletedValues: { path: string; name: string }[] = [];

  for (const entry of file.entries) {
    if (entry.kind === 'deleteKey') {
      removeTree(keys, entry.path);
      deletedKeys.push(entry.path);
      continue;
    }
    const id = entry.path.toLowerCase();
    let key = keys.get(id);
    if (!key) {
      key = { path: entry.path, values: new Map() };
      keys.set(id, key);
    }
    for (const op of entry.ops) {
      if (op.kind === 'delete') {
        key.values.delete(op.name.toLowerCase());
        deletedValues.push({ path: key.path, name: op.name });
        continue;
      }
      const name = op.value.name.toLowerCase();
      const earlier = key.values.get(name);
      key.values.set(name, earlier ? { ...op.value, name: earlier.name } : op.value);
    }
  }

  const merged: RegKey[] = [...keys.values()].map((key) => ({ path: key.path, values: [...key.values.values()] }));
  return { keys: merged, deletedKeys, deletedValues };
}

function removeTree(keys: Map<string, MergedKey>, path: string): void {
  const root = path.toLowerCase();
  const prefix = root + '\\';
  for (const id of keys.keys()) {
    if (id === root || id.startsWith(prefix)) keys.delete(id);
  }
}
