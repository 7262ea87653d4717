/**
 * The model a saved hive is checked against: an independent reader's view of the hive before the save
 * (libhivex's, through python3-hivex), with the save's edits applied here by plain list operations — so
 * neither our reader nor our writer decides what the right answer is.
 */
import type { HiveEdit, HiveValuesEdit } from '../../../../electron/core/formats/hive/hiveEdits.js';
import type { GroundTruthKey } from '../../../helpers/samples.js';

const up = (s: string): string => s.toUpperCase();
const within = (path: string, top: string): boolean => up(path) === up(top) || up(path).startsWith(up(top) + '\\');

/** `view` (keys with full paths from the root, the root's path '') after `edits`, sorted by path. */
export function applyEdits(view: readonly GroundTruthKey[], edits: readonly HiveEdit[]): GroundTruthKey[] {
  let keys = [...view];
  for (const edit of edits) {
    if (!('keys' in edit)) {
      keys = setValues(keys, edit);
      continue;
    }
    keys = keys.filter((k) => !within(k.key, edit.path));
    if (edit.keys === null) continue;
    // Ancestors the hive lacks are created with no values, spelled as the edit spells them; those it has
    // keep their stored spelling.
    const parts = edit.path.split('\\');
    let path = '';
    for (let i = 0; i < parts.length - 1; i++) {
      const want = path === '' ? parts[i]! : `${path}\\${parts[i]}`;
      const found = keys.find((k) => up(k.key) === up(want));
      if (!found) keys.push({ key: want, values: [] });
      path = found ? found.key : want;
    }
    const top = path === '' ? parts[parts.length - 1]! : `${path}\\${parts[parts.length - 1]}`;
    const made = new Set<string>();
    for (const k of edit.keys) {
      const full = k.path === '' ? top : `${top}\\${k.path}`;
      // Intermediate keys the edit does not list exist, empty.
      const segs = full.split('\\');
      for (let i = 1; i < segs.length; i++) {
        const anc = segs.slice(0, i).join('\\');
        if (within(anc, top) && !made.has(up(anc)) && !edit.keys.some((o) => up(o.path === '' ? top : `${top}\\${o.path}`) === up(anc))) {
          made.add(up(anc));
          keys.push({ key: anc, values: [] });
        }
      }
      made.add(up(full));
      keys.push({ key: full, values: k.values.map((v) => ({ name: v.name, type: v.type, hex: v.data })) });
    }
  }
  return sortByPath(keys);
}

/** A values edit: the key (made empty with its missing ancestors) with values removed, then set in place or appended. */
function setValues(view: GroundTruthKey[], edit: HiveValuesEdit): GroundTruthKey[] {
  const keys = [...view];
  const parts = edit.path.split('\\');
  let path = '';
  for (const part of parts) {
    const want = path === '' ? part : `${path}\\${part}`;
    const found = keys.find((k) => up(k.key) === up(want));
    if (!found) keys.push({ key: want, values: [] });
    path = found ? found.key : want;
  }
  const at = keys.findIndex((k) => k.key === path);
  const values = keys[at]!.values.filter((v) => !(edit.remove ?? []).some((r) => up(r) === up(v.name)));
  for (const v of edit.set) {
    const i = values.findIndex((o) => up(o.name) === up(v.name));
    const value = { name: v.name, type: v.type, hex: v.data };
    if (i >= 0) values[i] = value;
    else values.push(value);
  }
  keys[at] = { key: path, values };
  return keys;
}

export const sortByPath = (keys: readonly GroundTruthKey[]): GroundTruthKey[] =>
  [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/**
 * The first key (in a depth-first dump, children in list order) whose subkeys are not sorted by their
 * upper-cased names (docs/file-formats.md §6.3); `undefined` when every list is sorted.
 */
export function unsortedParent(dump: readonly GroundTruthKey[]): string | undefined {
  const children = new Map<string, string[]>();
  for (const k of dump) {
    const cut = k.key.lastIndexOf('\\');
    const parent = cut < 0 ? (k.key === '' ? undefined : '') : k.key.slice(0, cut);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(k.key.slice(cut + 1));
    children.set(parent, list);
  }
  for (const [parent, names] of children) {
    for (let i = 1; i < names.length; i++) {
      if (upcaseUnits(names[i - 1]!) >= upcaseUnits(names[i]!)) return `${parent}: ${names[i - 1]} ≥ ${names[i]}`;
    }
  }
  return undefined;
}

/** Each UTF-16 unit upcased alone, as Windows compares names. */
const upcaseUnits = (s: string): string =>
  Array.from({ length: s.length }, (_, i) => {
    const u = s[i]!.toUpperCase();
    return u.length === 1 ? u : s[i]!;
  }).join('');
