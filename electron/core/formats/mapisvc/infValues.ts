/**
 * MAPISVC.INF value syntax (docs/mapi-profiles.md §13.1). Unlike a PRF, hex for PT_LONG is the little-endian
 * byte image: `66090003=0C000000` is 12 and `66000003=01050000` is 0x501 (Kopano reads it the same way).
 * Symbolic constants are ORed with `|`, spaces allowed; a `0x…` term reads as a number.
 */
import { propType } from '../../../../shared/mapi/propTag.js';
import { PT } from '../../../../shared/mapi/tags.js';
import type { FormatErrorReason, FormatErrorSentence } from '../../../../shared/i18n/formatErrors.js';
import type { CatalogValue } from './catalogTypes.js';
import { constantOf, type ConstantFamily } from './infSymbols.js';

type ValueReason = Extract<
  FormatErrorReason,
  `mapisvc${'EmptyTerm' | 'ByteImage' | 'UnknownConstant' | 'TooWide' | 'NotBoolean' | 'NotHex' | 'ClsidLength' | 'UnknownType'}`
>;

/**
 * Why a value text does not read as its tag's type: a formatErrors.ts sentence less its `{key}` (the
 * entry's key, which the caller knows and this function does not).
 */
export type InfValueError = {
  [R in ValueReason]: { reason: R; params: Omit<Extract<FormatErrorSentence, { reason: R }>['params'], 'key'> };
}[ValueReason];

export type InfValueResult = { value: CatalogValue; families: ConstantFamily[] } | { error: InfValueError };

/** Hex digits (even count) → bytes; undefined otherwise. */
export function hexToBytes(text: string): Uint8Array | undefined {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return undefined;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** `0C000000` → 12: up to `bytes` bytes, little-endian, missing high bytes zero. */
function leImage(text: string, bytes: number): number | undefined {
  const b = hexToBytes(text);
  if (!b || b.length === 0 || b.length > bytes) return undefined;
  let n = 0;
  for (let i = b.length - 1; i >= 0; i--) n = n * 256 + b[i]!;
  return n;
}

/** `STATUS_PRIMARY_IDENTITY | STATUS_DEFAULT_STORE`, `0C000000`, `0x20`, or a mix ORed with `|`. */
function parseLongExpression(raw: string, bytes: 2 | 4): InfValueResult {
  const families: ConstantFamily[] = [];
  let value = 0;
  for (const term of raw.split('|').map((t) => t.trim())) {
    if (term === '') return { error: { reason: 'mapisvcEmptyTerm', params: { value: raw } } };
    const c = constantOf(term);
    let n: number | undefined;
    if (c) {
      n = c.value;
      families.push(c.family);
    } else if (/^0x[0-9a-fA-F]+$/i.test(term)) {
      n = term.slice(2).replace(/^0+/, '').length <= bytes * 2 ? parseInt(term.slice(2), 16) : undefined;
    } else if (/^[0-9a-fA-F]+$/.test(term)) {
      n = leImage(term, bytes);
      if (n === undefined) {
        return { error: { reason: 'mapisvcByteImage', params: { term, bytes } } };
      }
    } else {
      return { error: { reason: 'mapisvcUnknownConstant', params: { term } } };
    }
    if (n === undefined) return { error: { reason: 'mapisvcTooWide', params: { term, bits: bytes * 8 } } };
    value = (value | n) >>> 0;
  }
  return { value: bytes === 2 ? value & 0xffff : value, families };
}

const list = (raw: string): string[] =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The value text of a property entry → a value of the tag's type, or why it cannot be. */
export function parseInfValue(tag: number, raw: string): InfValueResult {
  const type = propType(tag);
  const ok = (value: CatalogValue): InfValueResult => ({ value, families: [] });
  switch (type) {
    case PT.LONG:
      return parseLongExpression(raw, 4);
    case PT.I2:
      return parseLongExpression(raw, 2);
    case PT.BOOLEAN: {
      const t = raw.trim().toUpperCase();
      if (t === 'TRUE') return ok(true);
      if (t === 'FALSE') return ok(false);
      const n = leImage(raw.trim(), 4);
      return n === undefined ? { error: { reason: 'mapisvcNotBoolean', params: { value: raw } } } : ok(n !== 0);
    }
    case PT.STRING8:
    case PT.UNICODE:
      return ok(raw);
    case PT.BINARY:
    case PT.CLSID: {
      const b = hexToBytes(raw.trim());
      if (!b) return { error: { reason: 'mapisvcNotHex', params: { value: raw } } };
      if (type === PT.CLSID && b.length !== 16) return { error: { reason: 'mapisvcClsidLength', params: { length: raw.length } } };
      return ok(b);
    }
    case PT.STRING8 | PT.MV_FLAG:
    case PT.UNICODE | PT.MV_FLAG:
      return ok(list(raw));
    case PT.LONG | PT.MV_FLAG: {
      const out: number[] = [];
      for (const item of list(raw)) {
        const r = parseLongExpression(item, 4);
        if ('error' in r) return r;
        out.push(r.value as number);
      }
      return ok(out);
    }
    case PT.BINARY | PT.MV_FLAG: {
      const out: Uint8Array[] = [];
      for (const item of list(raw)) {
        const b = hexToBytes(item);
        if (!b) return { error: { reason: 'mapisvcNotHex', params: { value: item } } };
        out.push(b);
      }
      return ok(out);
    }
    default:
      return { error: { reason: 'mapisvcUnknownType', params: { type: type.toString(16).padStart(4, '0') } } };
  }
}
