/**
 * A registry value of a profile section ↔ a decoded, JSON-safe property (docs/file-formats.md §3).
 *
 * - `decodeProperty` never throws: bytes that do not fit their type are kept (`data`) and marked with
 *   `error`; secure values (ids 0x67F0–0x67FF, `S`-prefixed names, passwords) are never decoded.
 * - A decoded value always re-encodes to the very bytes it came from: after decoding, the value is
 *   re-encoded and compared, and any difference (padding garbage, a non-canonical layout) turns into
 *   `error: 'valueNonCanonical'` instead of a value.
 * - `encodeProperty` writes a value in the layout of the value it replaces (mv32/mv64, PT_STRING8 as
 *   REG_SZ or as REG_BINARY ANSI). New properties get REG_BINARY (REG_SZ for PT_STRING8, as Outlook
 *   writes them) and the **64-bit MV layout**, since current Outlook is 64-bit; whether 64-bit Outlook
 *   reads 32-bit layouts is unknown (§3.3), so existing values keep theirs.
 *
 * @example
 * const p = decodeProperty({ name: '101e3d0f', type: 3, data });   // p.value = ['contab.dll'], p.layout = 'mv64'
 * encodeProperty(p.value!, p);                                      // { type: 3, data } — the same bytes
 */
import { propId, propType, tagOfValueName } from '../../../shared/mapi/propTag.js';
import { PT } from '../../../shared/mapi/tags.js';
import { isSecureId, tagInfo } from '../../../shared/mapi/tagTable.js';
import type { DecodedProperty, MvLayout, PropertyValue } from '../../../shared/profileView.js';
import { RegType } from '../formats/registry.js';
import { concat, decodeCp1252, decodeUtf16, encodeCp1252, encodeUtf16, equalBytes, fromHex, toHex, view } from './bytes.js';
import { buildMvBinary, buildMvStrings, DEFAULT_MV_LAYOUT, parseMvBinary, parseMvStrings } from './mvLayout.js';
import { baseType, isMv } from '../../../shared/mapi/propTypes.js';
import { FIXED_SIZE, isRegString, ptypeName, regTypeName } from './ptypes.js';
import { badValue, decodeScalar, encodeScalar, type Decoded } from './scalarCodec.js';
import { decodeUtf16z } from './utf16z.js';

/**
 * A registry value with its data as bytes, what decoding reads: a stored ValueDoc or a reader's RegValue
 * carries hex, which `fromHex` turns into these bytes.
 */
export interface RawValue {
  name: string;
  type: number;
  data: Uint8Array;
}

/** What `encodeProperty` needs to know of the value being replaced (a DecodedProperty fits). */
export interface EncodeLike {
  /** PT type; null for a friendly-named value, encoded by `regType`. */
  ptype: number | null;
  /** The registry type it had; default REG_SZ for PT_STRING8, REG_BINARY otherwise. */
  regType?: number;
  /** The MV layout it had; default mv64. */
  layout?: MvLayout;
}

export interface DecodeOptions {
  /** PR_SERVICE_NAME of the owning service: names provider-defined tags (0x6600–0x67FF) right. */
  serviceName?: string;
}

/** Friendly value names holding DPAPI-protected secrets (docs/file-formats.md §3.4). */
const SECRET_NAME = /password/i;
const SECURE_NAME = /^S([0-9a-fA-F]{4})([0-9a-fA-F]{4})$/;

/** Decodes one value of a section. Never throws. */
export function decodeProperty(value: RawValue, opts: DecodeOptions = {}): DecodedProperty {
  const { name, type: regType, data } = value;
  const base = { valueName: name, regType, size: data.length };
  const secure = SECURE_NAME.exec(name);
  if (secure) {
    const ptype = parseInt(secure[1]!, 16);
    const label = tagInfo(((parseInt(secure[2]!, 16) << 16) | ptype) >>> 0, opts.serviceName)?.name;
    return { ...base, tag: null, ptype, ptypeName: ptypeName(ptype), ...(label ? { name: label } : {}), secure: true };
  }
  const tag = tagOfValueName(name);
  if (tag === null) {
    const out: DecodedProperty = { ...base, tag: null, ptype: null, ptypeName: regTypeName(regType) };
    if (SECRET_NAME.test(name)) return { ...out, secure: true };
    return withValue(out, decodeByRegType(regType, data), data, { ptype: null, regType });
  }
  const ptype = propType(tag);
  const label = tagInfo(tag, opts.serviceName)?.name;
  const out: DecodedProperty = { ...base, tag, ptype, ptypeName: ptypeName(ptype), ...(label ? { name: label } : {}) };
  if (isSecureId(propId(tag))) return { ...out, secure: true };
  const decoded = decodeByPtype(ptype, regType, data);
  const layout = 'layout' in decoded ? decoded.layout : undefined;
  return withValue({ ...out, ...(layout ? { layout } : {}) }, decoded, data, { ptype, regType, layout });
}

/** Adds the raw bytes and either the value (when it re-encodes to the same bytes) or the error. */
function withValue(out: DecodedProperty, decoded: Decoded, data: Uint8Array, like: EncodeLike): DecodedProperty {
  const withData = { ...out, data: toHex(data) };
  if ('error' in decoded) return { ...withData, error: decoded.error };
  let same = false;
  try {
    same = equalBytes(encodeProperty(decoded.value, like).data, data);
  } catch {
    same = false;
  }
  return same ? { ...withData, value: decoded.value } : { ...withData, error: 'valueNonCanonical' };
}

type DecodedMv = Decoded & { layout?: MvLayout };

function decodeByPtype(ptype: number, regType: number, data: Uint8Array): DecodedMv {
  if (FIXED_SIZE[ptype] !== undefined) return decodeScalar(ptype, data);
  switch (ptype) {
    case PT.STRING8:
      return isRegString(regType) ? decodeUtf16z(data) : cp1252z(data);
    case PT.UNICODE:
      return decodeUtf16z(data);
    case PT.STRING8 | PT.MV_FLAG:
    case PT.UNICODE | PT.MV_FLAG: {
      const unicode = ptype === (PT.UNICODE | PT.MV_FLAG);
      const parsed = parseMvStrings(data, unicode ? 2 : 1);
      if ('error' in parsed) return parsed;
      const value = parsed.items.map((b) => (unicode ? decodeUtf16(b.subarray(0, -2)) : decodeCp1252(b.subarray(0, -1))));
      return { value, layout: parsed.layout };
    }
    case PT.BINARY | PT.MV_FLAG: {
      const parsed = parseMvBinary(data);
      if ('error' in parsed) return parsed;
      return { value: parsed.items.map(toHex), layout: parsed.layout };
    }
  }
  if (isMv(ptype) && FIXED_SIZE[baseType(ptype)] !== undefined) return decodePacked(baseType(ptype), data);
  // PT_BINARY, PT_OBJECT, PT_SVREID, unknown types: the bytes themselves.
  return { value: toHex(data) };
}

/** Fixed-size MV types: packed elements, no count (count = length / size). */
function decodePacked(base: number, data: Uint8Array): Decoded {
  const size = FIXED_SIZE[base]!;
  if (data.length % size !== 0) return { error: 'valueBadSize' };
  const values: (number | boolean | string)[] = [];
  for (let at = 0; at < data.length; at += size) {
    const d = decodeScalar(base, data.subarray(at, at + size));
    if ('error' in d) return d;
    values.push(d.value);
  }
  return { value: values as PropertyValue };
}

function cp1252z(data: Uint8Array): Decoded {
  if (data.length < 1 || data[data.length - 1] !== 0) return { error: 'valueNoTerminator' };
  return { value: decodeCp1252(data.subarray(0, -1)) };
}

/** Friendly-named values (account manager, profile key): REG_SZ text, REG_DWORD number, else hex. */
function decodeByRegType(regType: number, data: Uint8Array): Decoded {
  switch (regType) {
    case RegType.SZ:
    case RegType.EXPAND_SZ:
      return decodeUtf16z(data);
    case RegType.DWORD:
    case RegType.DWORD_BIG_ENDIAN:
      return data.length === 4 ? { value: view(data).getUint32(0, regType === RegType.DWORD) } : { error: 'valueBadSize' };
    case RegType.QWORD:
      return data.length === 8 ? { value: view(data).getBigUint64(0, true).toString() } : { error: 'valueBadSize' };
    case RegType.MULTI_SZ: {
      const text = decodeUtf16z(data);
      if ('error' in text) return text;
      // Each string ends with a NUL, then one more NUL ends the list (stripped above); an empty list is 00,00.
      const s = text.value as string;
      if (s === '') return { value: [] };
      if (!s.endsWith('\0')) return { error: 'valueNoTerminator' };
      return { value: s.slice(0, -1).split('\0') };
    }
    default:
      return { value: toHex(data) };
  }
}

/**
 * Encodes a value in the layout of `like` (the value it replaces, or just `{ptype}` for a new one).
 * Throws a badPropertyValue AppError when the value does not fit the type.
 */
export function encodeProperty(value: PropertyValue, like: EncodeLike): { type: number; data: Uint8Array } {
  const { ptype } = like;
  if (ptype === null) {
    const type = like.regType ?? RegType.BINARY;
    return { type, data: encodeByRegType(type, value) };
  }
  const type = like.regType ?? (ptype === PT.STRING8 ? RegType.SZ : RegType.BINARY);
  const layout = like.layout ?? DEFAULT_MV_LAYOUT;
  return { type, data: encodeByPtype(ptype, type, layout, value) };
}

function encodeByPtype(ptype: number, regType: number, layout: MvLayout, value: PropertyValue): Uint8Array {
  if (FIXED_SIZE[ptype] !== undefined) return encodeScalar(ptype, value);
  switch (ptype) {
    case PT.STRING8:
      return isRegString(regType) ? utf16zBytes(ptype, value) : cp1252zBytes(ptype, value);
    case PT.UNICODE:
      return utf16zBytes(ptype, value);
    case PT.STRING8 | PT.MV_FLAG:
      return buildMvStrings(
        list(ptype, value, 'string').map((s) => cp1252zBytes(ptype, s)),
        layout,
      );
    case PT.UNICODE | PT.MV_FLAG:
      return buildMvStrings(
        list(ptype, value, 'string').map((s) => utf16zBytes(ptype, s)),
        layout,
      );
    case PT.BINARY | PT.MV_FLAG:
      return buildMvBinary(
        list(ptype, value, 'string').map((h) => hexBytes(ptype, h)),
        layout,
      );
  }
  if (isMv(ptype) && FIXED_SIZE[baseType(ptype)] !== undefined) {
    const elementType = baseType(ptype) === PT.BOOLEAN ? 'boolean' : typeof (value as unknown[])[0];
    return concat(list(ptype, value, elementType).map((v) => encodeScalar(baseType(ptype), v)));
  }
  return hexBytes(ptype, value);
}

function encodeByRegType(regType: number, value: PropertyValue): Uint8Array {
  switch (regType) {
    case RegType.SZ:
    case RegType.EXPAND_SZ:
      return utf16zBytes(PT.UNICODE, value);
    case RegType.DWORD:
    case RegType.DWORD_BIG_ENDIAN: {
      const n = value;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff)
        throw badValue(PT.LONG, 'expected a 32-bit unsigned integer');
      const out = new Uint8Array(4);
      view(out).setUint32(0, n, regType === RegType.DWORD);
      return out;
    }
    case RegType.QWORD:
      return encodeScalar(PT.I8, value);
    case RegType.MULTI_SZ:
      return concat([...list(PT.UNICODE, value, 'string').map((s) => utf16zBytes(PT.UNICODE, s)), new Uint8Array(2)]);
    default:
      return hexBytes(PT.BINARY, value);
  }
}

function list(ptype: number, value: PropertyValue, element: string): unknown[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== element)) throw badValue(ptype, `expected a list of ${element}s`);
  return value;
}

function utf16zBytes(ptype: number, value: unknown): Uint8Array {
  if (typeof value !== 'string') throw badValue(ptype, 'expected a string');
  return encodeUtf16(value + '\0');
}

function cp1252zBytes(ptype: number, value: unknown): Uint8Array {
  if (typeof value !== 'string') throw badValue(ptype, 'expected a string');
  const bytes = encodeCp1252(value + '\0');
  if (!bytes) throw badValue(ptype, 'a character has no windows-1252 (ANSI) byte');
  return bytes;
}

function hexBytes(ptype: number, value: unknown): Uint8Array {
  if (typeof value !== 'string') throw badValue(ptype, 'expected hex bytes');
  try {
    return fromHex(value);
  } catch {
    throw badValue(ptype, 'expected hex bytes');
  }
}

/** The bytes of a property (from `data`), or undefined when secure. */
export const bytesOf = (p: DecodedProperty | undefined): Uint8Array | undefined => (p?.data !== undefined ? fromHex(p.data) : undefined);
