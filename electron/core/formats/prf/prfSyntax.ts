/**
 * PRF value syntax (docs/file-formats.md §5.4–5.5): PT_ type names, `PT_TYPE,0xID` mapping values, numbers
 * (`0x…` reads as a big-endian number, unlike MAPISVC.INF), TRUE/FALSE and Yes/No.
 */
import { PT } from '../../../../shared/mapi/tags.js';
import { makeTag } from '../../../../shared/mapi/propTag.js';
import type { FormatErrorSentence } from '../../../../shared/i18n/formatErrors.js';
import type { PrfMapping } from './prfTypes.js';

/** What is wrong with a mapping value (formatErrors.ts), for the reader to throw with its line. */
export type MappingError = Extract<
  FormatErrorSentence,
  { reason: 'prfMappingSyntax' | 'prfMappingType' | 'prfMappingId' | 'prfMappingIdType' }
>;

/** Types whose multi-valued form (`PT_MV_*`) exists (MAPIDefS.h). */
const MV_ABLE = ['I2', 'LONG', 'R4', 'DOUBLE', 'CURRENCY', 'APPTIME', 'I8', 'STRING8', 'UNICODE', 'SYSTIME', 'CLSID', 'BINARY'];

/** `PT_LONG` → 0x0003, and the MAPIDefS.h aliases (`PT_I4`, `PT_SHORT`…). */
export const PTYPE_BY_NAME: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [name, value] of Object.entries(PT)) {
    if (name === 'MV_FLAG') continue;
    m.set(`PT_${name}`, value);
    if (MV_ABLE.includes(name)) m.set(`PT_MV_${name}`, value | PT.MV_FLAG);
  }
  const aliases: Record<string, number> = {
    PT_SHORT: PT.I2,
    PT_I4: PT.LONG,
    PT_FLOAT: PT.R4,
    PT_R8: PT.DOUBLE,
    PT_LONGLONG: PT.I8,
    PT_BOOL: PT.BOOLEAN,
  };
  for (const [name, value] of Object.entries(aliases)) m.set(name, value);
  return m;
})();

/** 0x0003 → `PT_LONG` (the canonical name, not an alias). */
export function ptypeNameOf(ptype: number): string | undefined {
  for (const [name, value] of PTYPE_BY_NAME) if (value === ptype) return name;
  return undefined;
}

export const HEX32 = /^[0-9a-fA-F]{32}$/;

/**
 * `PT_STRING8,0x6607` → the mapping, or what is wrong with it. The id is 4 hex digits
 * (`0x6607`) or a full 8-digit `0xTTTTIIII` in registry value-name order (`0x001e3001`, as
 * `[Personal Address Book]` writes it); `0xIIIITTTT` tag order is accepted too. The type half of an 8-digit
 * id must agree with the PT_ name.
 */
export function parseMappingValue(key: string, value: string): Omit<PrfMapping, 'line'> | MappingError {
  const comma = value.indexOf(',');
  if (comma < 0) return { reason: 'prfMappingSyntax', params: { key } };
  const ptypeName = value.slice(0, comma).trim().toUpperCase();
  const idText = value.slice(comma + 1).trim();
  const ptype = PTYPE_BY_NAME.get(ptypeName);
  if (ptype === undefined) return { reason: 'prfMappingType', params: { ptype: value.slice(0, comma).trim(), key } };
  const m = /^0x([0-9a-fA-F]{1,8})$/i.exec(idText);
  if (!m) return { reason: 'prfMappingId', params: { key, id: idText } };
  const digits = m[1]!;
  const n = parseInt(digits, 16);
  let id: number;
  if (digits.length <= 4) {
    id = n;
  } else {
    const hi = n >>> 16;
    const lo = n & 0xffff;
    if (hi === ptype) id = lo;
    else if (lo === ptype) id = hi;
    else return { reason: 'prfMappingIdType', params: { key, id: idText, ptypeName, ptype: hex4(ptype) } };
  }
  return { key, ptypeName, ptype, id, tag: makeTag(id, ptype), idText };
}

export const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** The id as OCT writes it: `0x6607`; `0x001e3001` style when `eight` is set. */
export function formatMappingId(m: Pick<PrfMapping, 'id' | 'ptype'>, eight: boolean): string {
  return eight ? '0x' + (m.ptype.toString(16).padStart(4, '0') + m.id.toString(16).padStart(4, '0')) : '0x' + hex4(m.id);
}

/** Whether `text` is a well-formed spelling of the mapping's id (so the writer may reuse it). */
export function idTextMatches(m: Pick<PrfMapping, 'id' | 'ptype' | 'ptypeName' | 'key'>, text: string): boolean {
  const parsed = parseMappingValue(m.key, `${m.ptypeName},${text}`);
  return !('reason' in parsed) && parsed.id === m.id && parsed.ptype === m.ptype;
}

/** Yes/No, TRUE/FALSE, 1/0, case-insensitive → boolean; undefined for anything else. */
export function parseYesNo(value: string): boolean | undefined {
  switch (value.trim().toLowerCase()) {
    case 'yes':
    case 'true':
    case '1':
      return true;
    case 'no':
    case 'false':
    case '0':
      return false;
    default:
      return undefined;
  }
}

/** PT_BOOLEAN in a PRF: TRUE/FALSE/1/0 (docs/file-formats.md §5.4). */
export function parsePrfBoolean(value: string): boolean | undefined {
  switch (value.trim().toLowerCase()) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
    default:
      return undefined;
  }
}

/**
 * A PRF number: `0x…` (1–`bits/4` hex digits, read as a number — `0x00000e10` is 3600) or decimal, the
 * negative range mapped to the unsigned value of the same bits. Undefined when it is neither or out of range.
 */
export function parsePrfInteger(value: string, bits: 16 | 32): number | undefined {
  const t = value.trim();
  const hex = /^0x([0-9a-fA-F]+)$/i.exec(t);
  const limit = bits === 32 ? 0x1_0000_0000 : 0x1_0000;
  if (hex) {
    if (hex[1]!.replace(/^0+/, '').length > bits / 4) return undefined;
    return parseInt(hex[1]!, 16);
  }
  if (!/^-?\d{1,10}$/.test(t)) return undefined;
  const n = Number(t);
  if (n >= limit || n < -limit / 2) return undefined;
  return n < 0 ? n + limit : n;
}

/** An even number of hex digits → bytes (PT_BINARY); undefined otherwise. */
export function parseHexBytes(value: string): Uint8Array | undefined {
  const t = value.trim().replace(/^0x/i, '');
  if (t.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(t)) return undefined;
  const out = new Uint8Array(t.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(t.slice(2 * i, 2 * i + 2), 16);
  return out;
}
