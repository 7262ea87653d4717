/**
 * What a save asks of a hive: subtrees to replace or delete, and values of a key to set or remove,
 * checked and merged into one plan tree, so that each key's lists are rewritten once however many edits
 * touch its subkeys.
 *
 * @example
 * // The profile "Outlook" as the store now holds it (its key first, then each subkey), "Old" gone, and
 * // "Outlook" the default profile.
 * const edits: HiveEdit[] = [
 *   { path: 'Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook', keys: [{ path: '', values }, …] },
 *   { path: 'Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Old', keys: null },
 *   { path: 'Software\\Microsoft\\Office\\16.0\\Outlook', set: [{ name: 'DefaultProfile', type: 1, data }] },
 * ];
 */
import { FormatError } from '../formatError.js';
import { HEX_VALUE } from '../hex.js';
import type { RegValue } from '../registry.js';
import { compareNames, sameName, upperName } from './nameOrder.js';
import { NK } from './regfLayout.js';

/** One key of a replacement subtree: its path below the edited key ('' for that key), its values in order. */
export interface HiveKeyState {
  path: string;
  values: readonly RegValue[];
}

/** A subtree replaced or deleted: a profile key. */
export interface HiveSubtreeEdit {
  /** Path of the key from the hive's root, `\`-separated, names compared as Windows does (any case). */
  path: string;
  /** The key's whole new subtree, or `null` to delete the key and everything below it. */
  keys: readonly HiveKeyState[] | null;
}

/**
 * Some values of one key set or removed, its other values (in their order) and its subkeys kept: the
 * `DefaultProfile` value beside the profiles (docs/file-formats.md §1). The key is created when missing.
 */
export interface HiveValuesEdit {
  path: string;
  /** Each replaces the key's value of the same name (any case) in its place, or is appended. */
  set: readonly RegValue[];
  /** Names (any case) of values to remove; a name the key lacks is ignored. */
  remove?: readonly string[];
}

export type HiveEdit = HiveSubtreeEdit | HiveValuesEdit;

/** The values of a key after `edit`: removals first, then each set value in place of its namesake or last. */
export function withValues(values: readonly RegValue[], edit: Pick<HiveValuesEdit, 'set' | 'remove'>): RegValue[] {
  const out = values.filter((v) => !(edit.remove ?? []).some((r) => sameName(r, v.name)));
  for (const v of edit.set) {
    const at = out.findIndex((o) => sameName(o.name, v.name));
    if (at >= 0) out[at] = v;
    else out.push(v);
  }
  return out;
}

/** A key as the save must leave it. */
export interface WantedKey {
  name: string;
  values: readonly RegValue[];
  /** In Windows order (nameOrder.ts compareNames). */
  subkeys: WantedKey[];
}

/**
 * A node of the plan: `keep` leaves the key's values and its other subkeys as they are and only looks at
 * the subkeys named in `below`; `replace` makes the key exactly `want`; `delete` removes it.
 */
export type PlanNode =
  | { kind: 'keep'; name: string; below: PlanNode[]; values?: ValueChange[] }
  | { kind: 'replace'; name: string; want: WantedKey }
  | { kind: 'delete'; name: string };

/** Value edits of one key, applied in order (withValues). */
export type ValueChange = Pick<HiveValuesEdit, 'set' | 'remove'>;

/** Longest value name Windows accepts, in characters (RegSetValueEx). */
const VALUE_NAME_MAX = 16383;

const editError = (reason: 'hiveEditOverlap' | 'hiveEditRoot', path: string) => new FormatError('hive', {}, reason, { path });

/** Splits a path into key names, refusing empty or over-long names. */
function names(path: string, where: string): string[] {
  const parts = path === '' ? [] : path.split('\\');
  for (const p of parts) {
    if (p === '' || p.length > NK.NAME_MAX_CHARS)
      throw new FormatError('hive', {}, 'hiveEditKeyName', { path: where, max: NK.NAME_MAX_CHARS });
  }
  return parts;
}

/** The wanted tree of one edit's keys; intermediate keys it does not list get no values. `checked`: the values were checked already. */
export function wantedTree(name: string, keys: readonly HiveKeyState[], editPath: string, checked = false): WantedKey {
  const root: WantedKey = { name, values: [], subkeys: [] };
  // Each key's subkeys by upcased name: a key with thousands of subkeys is found in one step.
  const index = new Map<WantedKey, Map<string, WantedKey>>();
  const seen = new Set<string>();
  for (const k of keys) {
    const full = k.path === '' ? editPath : `${editPath}\\${k.path}`;
    let node = root;
    for (const part of names(k.path, full)) {
      let byName = index.get(node);
      if (!byName) index.set(node, (byName = new Map()));
      let next = byName.get(upperName(part));
      // Two spellings of one key (`A` and `a`) would be one key for Windows.
      if (next && next.name !== part) throw new FormatError('hive', {}, 'hiveEditKeyTwice', { path: full });
      if (!next) {
        next = { name: part, values: [], subkeys: [] };
        node.subkeys.push(next);
        byName.set(upperName(part), next);
      }
      node = next;
    }
    const id = upperName(full);
    if (seen.has(id)) throw new FormatError('hive', {}, 'hiveEditKeyTwice', { path: full });
    seen.add(id);
    // Values of edits planEdits already took (the save's verify) are not scanned twice: megabytes of hex.
    if (!checked) checkValues(k.values, full);
    node.values = k.values;
  }
  sortTree(root);
  return root;
}

function sortTree(key: WantedKey): void {
  key.subkeys.sort((a, b) => compareNames(a.name, b.name));
  for (const s of key.subkeys) sortTree(s);
}

function checkValues(values: readonly RegValue[], path: string): void {
  const seen = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v.name.length > VALUE_NAME_MAX)
      throw new FormatError('hive', {}, 'hiveEditValueName', { path, name: v.name.slice(0, 40), max: VALUE_NAME_MAX });
    if (!Number.isInteger(v.type) || v.type < 0 || v.type > 0xffffffff) {
      throw new FormatError('hive', {}, 'hiveEditValueType', { path, name: v.name, type: String(v.type) });
    }
    if (v.data.length % 2 !== 0 || !isHex(v.data)) throw new FormatError('hive', {}, 'hiveEditValueData', { path, name: v.name });
    const id = upperName(v.name);
    if (seen.has(id)) throw new FormatError('hive', {}, 'hiveEditValueTwice', { path, name: v.name });
    seen.add(id);
  }
}

function isHex(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (HEX_VALUE[s.charCodeAt(i)]! < 0) return false;
  return true;
}

/** Merges the edits into one plan from the root; two edits of one key, or of a key and a key below it, are refused. */
export function planEdits(edits: readonly HiveEdit[]): PlanNode[] {
  const top: PlanNode[] = [];
  for (const edit of edits) {
    const parts = names(edit.path, edit.path);
    if (parts.length === 0) throw editError('hiveEditRoot', edit.path);
    if (!('keys' in edit)) {
      checkValues(edit.set, edit.path);
      const node = keepNode(top, parts, edit.path);
      (node.values ??= []).push(edit);
      continue;
    }
    let level = top;
    for (let i = 0; i < parts.length - 1; i++) {
      let node = level.find((n) => sameName(n.name, parts[i]!));
      if (node && node.kind !== 'keep') throw editError('hiveEditOverlap', edit.path);
      if (!node) {
        node = { kind: 'keep', name: parts[i]!, below: [] };
        level.push(node);
      }
      level = node.below;
    }
    const last = parts[parts.length - 1]!;
    if (level.some((n) => sameName(n.name, last))) throw editError('hiveEditOverlap', edit.path);
    level.push(
      edit.keys === null ? { kind: 'delete', name: last } : { kind: 'replace', name: last, want: wantedTree(last, edit.keys, edit.path) },
    );
  }
  return top;
}

/** The keep node at `parts` (made on the way when missing); a replaced or deleted key on the way is an overlap. */
function keepNode(top: PlanNode[], parts: readonly string[], path: string): Extract<PlanNode, { kind: 'keep' }> {
  let level = top;
  let node: PlanNode | undefined;
  for (const part of parts) {
    node = level.find((n) => sameName(n.name, part));
    if (node && node.kind !== 'keep') throw editError('hiveEditOverlap', path);
    if (!node) {
      node = { kind: 'keep', name: part, below: [] };
      level.push(node);
    }
    level = node.below;
  }
  return node as Extract<PlanNode, { kind: 'keep' }>;
}
