/**
 * Small edits of a profile document for the service operations (serviceAdmin*.ts): they work on a
 * private deep copy, so the operations stay pure for their callers.
 * @internal
 */
import type { KeyDoc, ProfileDoc, ValueDoc } from '../../../shared/profileDoc.js';
import type { PropertyValue } from '../../../shared/profileView.js';
import type { CatalogValue } from '../formats/mapisvc/catalogTypes.js';
import { propType, valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { PR_RESOURCE_FLAGS } from '../../../shared/mapi/tags.js';
import { AppError } from '../../../shared/errors.js';
import { classify, encodeProperty, fromHex, indexDoc, splitUids, toHex } from '../model/index.js';

export const REG_BINARY = 3;
export const FLAGS_VALUE = valueNameOfTag(PR_RESOURCE_FLAGS);

/** The key of a path (case-insensitive). */
export const keyAt = (doc: ProfileDoc, path: string): KeyDoc | undefined =>
  doc.keys.find((k) => k.path.toLowerCase() === path.toLowerCase());

export const valueAt = (key: KeyDoc | undefined, name: string): ValueDoc | undefined =>
  key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());

/** Sets a value, in place of one of the same name (keeping its spelling) or appended. */
export function putValue(key: KeyDoc, value: ValueDoc): void {
  const at = key.values.findIndex((v) => v.name.toLowerCase() === value.name.toLowerCase());
  if (at >= 0) key.values[at] = { ...value, name: key.values[at]!.name };
  else key.values.push(value);
}

export function removeValue(key: KeyDoc, name: string): void {
  key.values = key.values.filter((v) => v.name.toLowerCase() !== name.toLowerCase());
}

/** PR_RESOURCE_FLAGS as a number; undefined when absent or not 4 bytes. */
export function flagsOf(key: KeyDoc | undefined): number | undefined {
  const v = valueAt(key, FLAGS_VALUE);
  if (!v || v.data.length !== 8) return undefined;
  return new DataView(fromHex(v.data).buffer).getUint32(0, true);
}

export function setFlags(key: KeyDoc, flags: number): void {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, flags >>> 0, true);
  putValue(key, { name: FLAGS_VALUE, type: valueAt(key, FLAGS_VALUE)?.type ?? REG_BINARY, data: toHex(b) });
}

/** Sets or clears bits of PR_RESOURCE_FLAGS; a section without the value gets one only when a bit is set. */
export function changeFlags(key: KeyDoc, set: number, clear: number): void {
  const before = flagsOf(key);
  if (before === undefined && set === 0) return;
  const after = ((before ?? 0) & ~clear) | set;
  if (after !== before) setFlags(key, after >>> 0);
}

/** Appends UIDs to a UID-list property (created when missing), skipping those already listed. */
export function appendUids(key: KeyDoc, tag: number, uids: readonly string[]): void {
  const name = valueNameOfTag(tag);
  const existing = valueAt(key, name);
  const listed = splitUids(existing ? fromHex(existing.data) : undefined);
  const fresh = uids.filter((u, i) => !listed.includes(u) && uids.indexOf(u) === i);
  if (fresh.length === 0 && existing) return;
  putValue(key, { name, type: existing?.type ?? REG_BINARY, data: (existing?.data ?? '') + fresh.join('') });
}

/** A catalog (MAPISVC.INF) value as the property codec takes it: bytes as hex. */
export function catalogValue(value: CatalogValue): PropertyValue {
  if (value instanceof Uint8Array) return toHex(value);
  if (Array.isArray(value)) return value.map((v) => (v instanceof Uint8Array ? toHex(v) : v)) as PropertyValue;
  return value as PropertyValue;
}

/** A catalog property as a registry value: PT_STRING8 as REG_SZ, everything else as the codec writes new values. */
export function encodeCatalogProperty(tag: number, value: CatalogValue): ValueDoc {
  const encoded = encodeProperty(catalogValue(value), { ptype: propType(tag) });
  return { name: valueNameOfTag(tag), type: encoded.type, data: toHex(encoded.data) };
}

/** The service's UID as the profile knows it; MAPI_E_NOT_FOUND otherwise. */
export function requireService(doc: ProfileDoc, uid: string): string {
  const lower = uid.toLowerCase();
  const index = indexDoc(doc);
  if (!index.sections.has(lower) || !classify(index).services.includes(lower)) {
    throw new AppError('MAPI_E_NOT_FOUND', 'serviceNotFound', { service: uid, profile: doc.name });
  }
  return lower;
}
