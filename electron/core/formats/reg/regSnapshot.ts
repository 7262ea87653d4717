/**
 * Merges a parsed `.reg` file into a RegSnapshot the way importing it would change an empty registry
 * (docs/file-formats.md §4.3, §4.4): in file order, key paths and value names compared case-insensitively.
 */
import type { RegKey, RegSnapshot, RegValue } from '../registry.js';
import type { RegFile, RegKeyEntry, RegValueOp } from './regFile.js';

/**
 * - keys keep the order in which they first appear (a key deleted and written again goes to the end);
 * - a later value with the same name replaces the earlier one in its place, keeping the first spelling of
 *   the name, as RegSetValueEx does on an existing value;
 * - `[-KEY]` removes that key and its subkeys from what came before and is listed in `deletedKeys`;
 * - `"x"=-` removes the value and is listed in `deletedValues`.
 */
export function toSnapshot(file: RegFile): RegSnapshot {
  const keys = new KeyIndex();
  const deletedKeys: string[] = [];
  const deletedValues: { path: string; name: string }[] = [];

  for (const entry of file.entries) {
    if (entry.kind === 'deleteKey') {
      keys.removeTree(entry.path);
      deletedKeys.push(entry.path);
      continue;
    }
    const id = entry.path.toLowerCase();
    const key = keys.get(id);
    if (!key) {
      keys.add(id, MergedKey.from(entry, deletedValues));
      continue;
    }
    for (const op of entry.ops) key.apply(op, deletedValues);
  }

  const merged: RegKey[] = [];
  for (const key of keys.keys.values()) merged.push({ path: key.path, values: key.values() });
  return { keys: merged, deletedKeys, deletedValues };
}

/**
 * One key's values as merged so far.
 *
 * Performance (test/bench, .reg import): nearly every key is written once, with distinct value names —
 * its values are then the parsed list itself, with no Map per key; the Map by lower-cased name is built
 * only for a key that is written again or has a deletion or a repeated name.
 */
class MergedKey {
  private byName: Map<string, RegValue> | undefined;

  private constructor(
    readonly path: string,
    private list: RegValue[],
  ) {}

  /** The key of its first `[KEY]` entry. */
  static from(entry: RegKeyEntry, deletedValues: { path: string; name: string }[]): MergedKey {
    const list: RegValue[] = [];
    for (const op of entry.ops) {
      if (op.kind !== 'set') break;
      list.push(op.value);
    }
    if (list.length === entry.ops.length && distinctNames(list)) return new MergedKey(entry.path, list);
    const key = new MergedKey(entry.path, []);
    for (const op of entry.ops) key.apply(op, deletedValues);
    return key;
  }

  apply(op: RegValueOp, deletedValues: { path: string; name: string }[]): void {
    const byName = this.names();
    if (op.kind === 'delete') {
      byName.delete(op.name.toLowerCase());
      deletedValues.push({ path: this.path, name: op.name });
      return;
    }
    const name = op.value.name.toLowerCase();
    const earlier = byName.get(name);
    byName.set(name, earlier ? { ...op.value, name: earlier.name } : op.value);
  }

  values(): RegValue[] {
    return this.byName ? [...this.byName.values()] : this.list;
  }

  private names(): Map<string, RegValue> {
    if (!this.byName) {
      this.byName = new Map();
      for (const v of this.list) this.byName.set(v.name.toLowerCase(), v);
    }
    return this.byName;
  }
}

/** Whether no two values share a name, case-insensitively (§2.1). */
function distinctNames(values: readonly RegValue[]): boolean {
  if (values.length > 16) return new Set(values.map((v) => v.name.toLowerCase())).size === values.length;
  for (let i = 1; i < values.length; i++) {
    const name = values[i]!.name.toLowerCase();
    for (let j = 0; j < i; j++) if (values[j]!.name.toLowerCase() === name) return false;
  }
  return true;
}

/**
 * The merged keys by lower-cased path, with a tree of their path components beside them so that
 * `[-KEY]` finds the keys under KEY without scanning every key (a file of N keys and N deletions stays
 * linear: each key is removed at most once, a deletion of nothing costs its path's length).
 *
 * Performance (test/bench, .reg import): the tree is built at the first `[-KEY]` only — most files have
 * none, and splitting every path into a tree of Maps was a third of the merge.
 */
class KeyIndex {
  readonly keys = new Map<string, MergedKey>();
  private root: TreeNode | undefined;

  get(id: string): MergedKey | undefined {
    return this.keys.get(id);
  }

  add(id: string, key: MergedKey): void {
    this.keys.set(id, key);
    if (this.root) addToTree(this.root, id);
  }

  /** Removes the key at `path` and every key below it. */
  removeTree(path: string): void {
    if (!this.root) {
      this.root = { children: new Map() };
      for (const id of this.keys.keys()) addToTree(this.root, id);
    }
    const parts = path.toLowerCase().split('\\');
    let parent: TreeNode | undefined;
    let node: TreeNode | undefined = this.root;
    for (const part of parts) {
      parent = node;
      node = node.children.get(part);
      if (!node) return;
    }
    parent!.children.delete(parts[parts.length - 1]!);
    const stack = [node!];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.id !== undefined) this.keys.delete(n.id);
      for (const child of n.children.values()) stack.push(child);
    }
  }
}

function addToTree(root: TreeNode, id: string): void {
  let node = root;
  for (const part of id.split('\\')) {
    let next = node.children.get(part);
    if (!next) node.children.set(part, (next = { children: new Map() }));
    node = next;
  }
  node.id = id;
}

interface TreeNode {
  children: Map<string, TreeNode>;
  /** Set when a key ends here. */
  id?: string;
}
