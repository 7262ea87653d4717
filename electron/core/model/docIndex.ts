/**
 * Lookups over a stored profile's keys: sections by UID, children of a key, a property's bytes or
 * decoded value by tag. Shared by the view, the references and (later) the copy engine and lint.
 */
import type { KeyDoc, ProfileDoc, ValueDoc } from '../../../shared/profileDoc.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { isSectionKeyName } from '../../../shared/mapi/sections.js';
import { fromHex, toHex } from './bytes.js';
import { decodeProperty } from './propertyCodec.js';

export interface DocIndex {
  doc: ProfileDoc;
  /** Keys by lowercase relative path. */
  byPath: ReadonlyMap<string, KeyDoc>;
  /** Direct children named like a MAPIUID, by lowercase UID, in stored order. */
  sections: ReadonlyMap<string, KeyDoc>;
  /** Direct children of a key (by its relative path), in stored order. */
  childrenOf(path: string): KeyDoc[];
}

/** The name of the last component of a relative path. */
export const keyNameOf = (path: string): string => path.slice(path.lastIndexOf('\\') + 1);
const parentOf = (path: string): string => (path.includes('\\') ? path.slice(0, path.lastIndexOf('\\')) : '');

export function indexDoc(doc: ProfileDoc): DocIndex {
  const byPath = new Map<string, KeyDoc>();
  const sections = new Map<string, KeyDoc>();
  const children = new Map<string, KeyDoc[]>();
  for (const k of doc.keys) {
    const lower = k.path.toLowerCase();
    if (!byPath.has(lower)) byPath.set(lower, k);
    if (k.path === '') continue;
    if (!k.path.includes('\\') && isSectionKeyName(k.path) && !sections.has(lower)) sections.set(lower, k);
    const parent = parentOf(lower);
    const list = children.get(parent);
    if (list) list.push(k);
    else children.set(parent, [k]);
  }
  return { doc, byPath, sections, childrenOf: (path) => children.get(path.toLowerCase()) ?? [] };
}

/** A value of a key by name (case-insensitive). The length test spares lowercasing most names. */
export const valueOf = (key: KeyDoc | undefined, name: string): ValueDoc | undefined => {
  const lower = name.toLowerCase();
  return key?.values.find((v) => v.name.length === lower.length && v.name.toLowerCase() === lower);
};

/**
 * `valueNameOfTag`, remembered: the views look the same few tags up in every section, and the name of a
 * tag never changes. Only tags written in the code reach here, so the map stays small.
 */
const valueNames = new Map<number, string>();
function valueNameOf(tag: number): string {
  let name = valueNames.get(tag);
  if (name === undefined) valueNames.set(tag, (name = valueNameOfTag(tag)));
  return name;
}

/** The value holding a property, if the key has it. */
export const propValueDoc = (key: KeyDoc | undefined, tag: number): ValueDoc | undefined => valueOf(key, valueNameOf(tag));

/** The raw bytes of a property. */
export function propBytes(key: KeyDoc | undefined, tag: number): Uint8Array | undefined {
  const v = propValueDoc(key, tag);
  return v ? fromHex(v.data) : undefined;
}

/** The decoded value of the first of `tags` that the key holds and that decodes. */
export function propValue(key: KeyDoc | undefined, ...tags: number[]): unknown {
  for (const tag of tags) {
    const v = propValueDoc(key, tag);
    if (!v) continue;
    const d = decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) });
    if (d.value !== undefined) return d.value;
  }
  return undefined;
}

export function propString(key: KeyDoc | undefined, ...tags: number[]): string | undefined {
  const v = propValue(key, ...tags);
  return typeof v === 'string' ? v : undefined;
}

export function propNumber(key: KeyDoc | undefined, tag: number): number | undefined {
  const v = propValue(key, tag);
  return typeof v === 'number' ? v : undefined;
}

/** A concatenated list of 16-byte UIDs as lowercase hex; a trailing partial UID is dropped. */
export function splitUids(bytes: Uint8Array | undefined): string[] {
  const out: string[] = [];
  if (!bytes) return out;
  for (let at = 0; at + 16 <= bytes.length; at += 16) out.push(toHex(bytes.subarray(at, at + 16)));
  return out;
}

/** The UIDs a UID-list property holds (PR_SERVICES, PR_STORE_PROVIDERS…). */
export const uidListOf = (key: KeyDoc | undefined, tag: number): string[] => splitUids(propBytes(key, tag));

/** A single 16-byte UID property as lowercase hex. */
export function uidOf(key: KeyDoc | undefined, tag: number): string | undefined {
  const b = propBytes(key, tag);
  return b && b.length === 16 ? toHex(b) : undefined;
}
