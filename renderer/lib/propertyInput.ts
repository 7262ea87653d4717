/**
 * Validation of what the user types in a property editor, per PT type, before anything is sent.
 * Returns the value in the contract's form (shared/profileView.ts PropertyValue) or the reason it was
 * refused (an i18n key under `editor.invalid`). The main process checks again; this is for the user.
 *
 * @example parseScalar(PT.LONG, '0x22') // { ok: true, value: 34 }
 */
import type { PropertyValue } from '../../shared/profileView';
import { fitsWindows1252 } from '../../shared/codecs/windows1252';
import { baseType, isMv, PT } from '../../shared/mapi/propTypes';

export type InvalidReason =
  | 'empty'
  | 'notInteger'
  | 'outOfRange'
  | 'notNumber'
  | 'notHex'
  | 'oddHex'
  | 'notGuid'
  | 'notDate'
  | 'hasNul'
  | 'notBoolean'
  | 'unsupported';

export type ParseResult = { ok: true; value: PropertyValue; warning?: 'notCp1252' } | { ok: false; reason: InvalidReason; index?: number };

/** The editor shape a type needs. */
export type EditorKind = 'integer' | 'float' | 'int64' | 'boolean' | 'text' | 'hex' | 'date' | 'guid' | 'none';

const BASE_KINDS: Record<number, EditorKind> = {
  [PT.I2]: 'integer',
  [PT.LONG]: 'integer',
  [PT.ERROR]: 'integer',
  [PT.R4]: 'float',
  [PT.DOUBLE]: 'float',
  [PT.APPTIME]: 'float',
  [PT.I8]: 'int64',
  [PT.CURRENCY]: 'int64',
  [PT.BOOLEAN]: 'boolean',
  [PT.STRING8]: 'text',
  [PT.UNICODE]: 'text',
  [PT.BINARY]: 'hex',
  [PT.SYSTIME]: 'date',
  [PT.CLSID]: 'guid',
};

/**
 * MV_FLAG over a type with no PT_MV_* (0x100B) is not a list: the core shows its bytes as they are
 * (shared/mapi/propTypes.ts isMv), so the editor offers nothing rather than a list it would misread.
 */
export const editorKind = (ptype: number): EditorKind =>
  (ptype & PT.MV_FLAG) !== 0 && !isMv(ptype) ? 'none' : (BASE_KINDS[baseType(ptype)] ?? 'none');

const RANGES: Record<number, [number, number]> = {
  [PT.I2]: [-0x8000, 0x7fff],
  // MAPI's LONG is signed; the bits of 0x80000000–0xFFFFFFFF are accepted unsigned as well (flag sets).
  [PT.LONG]: [-0x80000000, 0xffffffff],
  [PT.ERROR]: [0, 0xffffffff],
};

const GUID = /^\{?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?$/i;
const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,7}))?Z$/;
const I64_MIN = -(2n ** 63n);
const U64_MAX = 2n ** 64n - 1n;

/** Parses one element of `ptype` (the base type for MV) from text; PT_BOOLEAN takes a boolean. */
export function parseScalar(ptype: number, input: string | boolean): ParseResult {
  const base = baseType(ptype);
  const kind = editorKind(base);
  if (kind === 'boolean') return typeof input === 'boolean' ? { ok: true, value: input } : { ok: false, reason: 'notBoolean' };
  const text = String(input);
  switch (kind) {
    case 'integer': {
      const t = text.trim();
      if (t === '') return { ok: false, reason: 'empty' };
      let n: number;
      if (/^0x[0-9a-f]{1,8}$/i.test(t)) n = parseInt(t.slice(2), 16);
      else if (/^-?\d+$/.test(t)) n = Number(t);
      else return { ok: false, reason: 'notInteger' };
      const [min, max] = RANGES[base]!;
      if (!Number.isSafeInteger(n) || n < min || n > max) return { ok: false, reason: 'outOfRange' };
      return { ok: true, value: n };
    }
    case 'float': {
      const t = text.trim();
      if (t === '') return { ok: false, reason: 'empty' };
      const n = Number(t);
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: 'notNumber' };
    }
    case 'int64': {
      const t = text.trim();
      if (t === '') return { ok: false, reason: 'empty' };
      if (!/^-?\d+$/.test(t)) return { ok: false, reason: 'notInteger' };
      const n = BigInt(t);
      if (n < I64_MIN || n > U64_MAX) return { ok: false, reason: 'outOfRange' };
      return { ok: true, value: n.toString() };
    }
    case 'text':
      if (text.includes('\0')) return { ok: false, reason: 'hasNul' };
      if (base === PT.STRING8 && !fitsWindows1252(text)) return { ok: true, value: text, warning: 'notCp1252' };
      return { ok: true, value: text };
    case 'hex': {
      const t = text.replace(/\s+/g, '');
      if (!/^[0-9a-f]*$/i.test(t)) return { ok: false, reason: 'notHex' };
      if (t.length % 2 !== 0) return { ok: false, reason: 'oddHex' };
      return { ok: true, value: t.toLowerCase() };
    }
    case 'date': {
      const m = ISO.exec(text.trim());
      if (!m || Number.isNaN(Date.parse(m[1] + 'Z'))) return { ok: false, reason: 'notDate' };
      const secs = m[1]!.length === 16 ? m[1] + ':00' : m[1];
      return { ok: true, value: `${secs}.${(m[2] ?? '').padEnd(7, '0')}Z` };
    }
    case 'guid': {
      const m = GUID.exec(text.trim());
      if (!m) return { ok: false, reason: 'notGuid' };
      return { ok: true, value: `{${m.slice(1, 6).join('-').toUpperCase()}}` };
    }
    default:
      return { ok: false, reason: 'unsupported' };
  }
}

/** Parses a whole value: one element, or each element of an MV list (the failing index is given). */
export function parseValue(ptype: number, input: string | boolean | (string | boolean)[]): ParseResult {
  if (!isMv(ptype)) {
    if (Array.isArray(input)) return { ok: false, reason: 'unsupported' };
    return parseScalar(ptype, input);
  }
  const items = Array.isArray(input) ? input : [input];
  const values: (string | number | boolean)[] = [];
  let warning: 'notCp1252' | undefined;
  for (const [index, item] of items.entries()) {
    const r = parseScalar(ptype, item);
    if (!r.ok) return { ...r, index };
    if (r.warning) warning = r.warning;
    values.push(r.value as string | number | boolean);
  }
  return { ok: true, value: values as PropertyValue, ...(warning ? { warning } : {}) };
}

/** The text an editor starts with for a decoded value. */
export function valueToText(ptype: number, value: unknown): string | boolean {
  if (editorKind(ptype) === 'boolean') return value === true;
  if (value === undefined || value === null) return '';
  // The stored PT_LONG is unsigned; people read and type it signed (−1, not 4294967295).
  if (baseType(ptype) === PT.LONG && typeof value === 'number') return String(value | 0);
  return String(value);
}
