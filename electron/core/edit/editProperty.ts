/**
 * Property edits as pure transforms of a profile document: set a typed value (re-encoded by the codec
 * in the registry type and multi-value layout the property came in — DESIGN.md "Data model"), set raw
 * bytes, delete. Values nobody edits keep their exact bytes. Secure values can be replaced or removed,
 * never decoded.
 */
import type { KeyDoc, ProfileDoc } from '../../../shared/profileDoc.js';
import type { PropertyValue } from '../../../shared/profileView.js';
import { AppError } from '../../../shared/errors.js';
import { propType, tagOfValueName } from '../../../shared/mapi/propTag.js';
import { decodeProperty, encodeProperty, fromHex, toHex } from '../model/index.js';

/** The value written: type and bytes as they will be stored. */
export interface WrittenValue {
  type: number;
  data: string;
}

export function setProperty(doc: ProfileDoc, section: string, valueName: string, value: PropertyValue): ProfileDoc {
  const key = findKey(doc, section);
  const existing = key.values.find((v) => v.name.toLowerCase() === valueName.toLowerCase());
  let encoded: { type: number; data: Uint8Array };
  if (existing) {
    const decoded = decodeProperty({ name: existing.name, type: existing.type, data: fromHex(existing.data) });
    if (decoded.secure) throw new AppError('E_INVALID_REQUEST', 'secureNotEditable', { value: valueName });
    encoded = encodeProperty(value, decoded);
  } else {
    const tag = tagOfValueName(valueName);
    if (tag === null) throw new AppError('E_INVALID_REQUEST', 'notAPropertyName', { value: valueName });
    encoded = encodeProperty(value, { ptype: propType(tag) });
  }
  return setValue(doc, key, existing?.name ?? valueName.toLowerCase(), { type: encoded.type, data: toHex(encoded.data) });
}

export function setRawValue(doc: ProfileDoc, section: string, valueName: string, written: WrittenValue): ProfileDoc {
  const key = findKey(doc, section);
  const existing = key.values.find((v) => v.name.toLowerCase() === valueName.toLowerCase());
  return setValue(doc, key, existing?.name ?? valueName, written);
}

export function deleteValue(doc: ProfileDoc, section: string, valueName: string): ProfileDoc {
  const key = findKey(doc, section);
  const values = key.values.filter((v) => v.name.toLowerCase() !== valueName.toLowerCase());
  if (values.length === key.values.length) throw new AppError('MAPI_E_NOT_FOUND', 'valueNotFound', { value: valueName, section });
  return replaceKey(doc, key, { ...key, values });
}

function setValue(doc: ProfileDoc, key: KeyDoc, name: string, written: WrittenValue): ProfileDoc {
  const at = key.values.findIndex((v) => v.name === name);
  const value = { name, type: written.type, data: written.data };
  const values = at >= 0 ? key.values.map((v, i) => (i === at ? value : v)) : [...key.values, value];
  return replaceKey(doc, key, { ...key, values });
}

/** Registry paths compare case-insensitively (docs/file-formats.md §2.1). */
function findKey(doc: ProfileDoc, section: string): KeyDoc {
  const key = doc.keys.find((k) => k.path.toLowerCase() === section.toLowerCase());
  if (!key) throw new AppError('MAPI_E_NOT_FOUND', 'sectionNotFound', { section, profile: doc.name });
  return key;
}

const replaceKey = (doc: ProfileDoc, old: KeyDoc, next: KeyDoc): ProfileDoc => ({
  ...doc,
  keys: doc.keys.map((k) => (k === old ? next : k)),
});
