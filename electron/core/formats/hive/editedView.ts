/**
 * What a hive must read as after a save: every key of the hive before it (stored names, values in order)
 * with the edits applied. The safe save compares the file it wrote against this, key by key.
 */
import type { RegKey } from '../registry.js';
import { wantedTree, withValues, type HiveEdit, type WantedKey } from './hiveEdits.js';
import { upperName } from './nameOrder.js';

/** Whether the key `id` (upcased) is one of `tops` or lies below one. */
function insideAny(id: string, tops: ReadonlySet<string>): boolean {
  if (tops.has(id)) return true;
  for (let at = id.lastIndexOf('\\'); at > 0; at = id.lastIndexOf('\\', at - 1)) if (tops.has(id.slice(0, at))) return true;
  return false;
}

/**
 * `keys` (whole hive, paths from the root, root '') after `edits` as writeHive takes them (no two subtree
 * edits overlap: hiveEdits.ts planEdits), in upcased-path order. One pass drops every key inside an edited
 * subtree — a pass per edit was 30,000 keys × 1,000 profiles on the bench's hive.
 */
export function editedView(keys: readonly RegKey[], edits: readonly HiveEdit[]): RegKey[] {
  const tops = new Set(edits.filter((e) => 'keys' in e).map((e) => upperName(e.path)));
  const byPath = new Map<string, RegKey>();
  for (const k of keys) {
    const id = upperName(k.path);
    if (!insideAny(id, tops)) byPath.set(id, k);
  }
  for (const edit of edits) {
    const top = upperName(edit.path);
    const parts = edit.path.split('\\');
    if (!('keys' in edit)) {
      const key = ensure(byPath, parts);
      byPath.set(top, { ...key, values: withValues(key.values, edit) });
      continue;
    }
    if (edit.keys === null) continue;
    const parent = parts.length > 1 ? ensure(byPath, parts.slice(0, -1)).path : '';
    const name = parts[parts.length - 1]!;
    add(byPath, wantedTree(name, edit.keys, edit.path, true), parent === '' ? name : `${parent}\\${name}`);
  }
  return [...byPath.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}

/** The key at `parts`, made (with no values, spelled as asked) with its missing ancestors; existing ones keep their spelling. */
function ensure(byPath: Map<string, RegKey>, parts: readonly string[]): RegKey {
  let key: RegKey | undefined;
  for (const part of parts) {
    const next = key === undefined ? part : `${key.path}\\${part}`;
    key = byPath.get(upperName(next));
    if (!key) byPath.set(upperName(next), (key = { path: next, values: [] }));
  }
  return key!;
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
