/**
 * What a hive must read as after a save: every key of the hive before it (stored names, values in order)
 * with the edits applied. The safe save compares the file it wrote against this, key by key.
 */
import type { RegKey } from '../registry.js';
import { wantedTree, type HiveEdit, type WantedKey } from './hiveEdits.js';
import { upperName } from './nameOrder.js';

const inside = (upper: string, top: string): boolean => upper === top || upper.startsWith(top + '\\');

/** `keys` (whole hive, paths from the root, root '') after `edits`, in upcased-path order. */
export function editedView(keys: readonly RegKey[], edits: readonly HiveEdit[]): RegKey[] {
  const byPath = new Map<string, RegKey>();
  for (const k of keys) byPath.set(upperName(k.path), k);
  for (const edit of edits) {
    const top = upperName(edit.path);
    for (const id of [...byPath.keys()]) if (inside(id, top)) byPath.delete(id);
    if (edit.keys === null) continue;
    const parts = edit.path.split('\\');
    let path = '';
    for (const part of parts.slice(0, -1)) {
      const next = path === '' ? part : `${path}\\${part}`;
      const found = byPath.get(upperName(next));
      if (!found) byPath.set(upperName(next), { path: next, values: [] });
      path = found ? found.path : next;
    }
    const name = parts[parts.length - 1]!;
    add(byPath, wantedTree(name, edit.keys, edit.path), path === '' ? name : `${path}\\${name}`);
  }
  return [...byPath.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}

function add(byPath: Map<string, RegKey>, want: WantedKey, path: string): void {
  byPath.set(upperName(path), { path, values: [...want.values] });
  for (const s of want.subkeys) add(byPath, s, `${path}\\${s.name}`);
}

/** The first difference between two views in the same order, as a sentence; `undefined` when equal. */
export function firstDifference(expected: readonly RegKey[], actual: readonly RegKey[]): string | undefined {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (!e || !a || e.path !== a.path) return `key "${(e ?? a)!.path}" is ${e ? 'missing' : 'not expected'}`;
    if (e.values.length !== a.values.length) return `key "${e.path}" has ${a.values.length} values, ${e.values.length} expected`;
    for (let j = 0; j < e.values.length; j++) {
      const ev = e.values[j]!;
      const av = a.values[j]!;
      if (ev.name !== av.name || ev.type !== av.type || ev.data !== av.data) return `value "${ev.name}" of key "${e.path}" differs`;
    }
  }
  return undefined;
}
