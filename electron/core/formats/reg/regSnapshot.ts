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
    let key = keys.get(id);
    if (!key) {
      key = { path: entry.path, values: new Map() };
      keys.add(id, key);
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

  const merged: RegKey[] = [...keys.keys.values()].map((key) => ({ path: key.path, values: [...key.values.values()] }));
  return { keys: merged, deletedKeys, deletedValues };
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
