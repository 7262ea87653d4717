/**
 * Fixed-size scalar PT types ↔ JSON-safe values (docs/file-formats.md §3.2). Decoding returns a value or the
 * reason the bytes do not fit; encoding throws a badPropertyValue AppError on a value of the wrong shape.
 * @internal
 */
import { AppError } from '../../../shared/errors.js';
import { PT } from '../../../shared/mapi/tags.js';
import type { DecodeError, PropertyValue } from '../../../shared/profileView.js';
import { view } from './bytes.js';
import { FIXED_SIZE, ptypeName } from './ptypes.js';

export type Decoded<T = PropertyValue> = { value: T } | { error: DecodeError };

/** FILETIME ticks (100 ns) between 1601-01-01 and 1970-01-01. */
const EPOCH_DIFF_MS = 11644473600000n;

export function badValue(ptype: number, why: string): AppError {
  return new AppError('E_INVALID_REQUEST', 'badPropertyValue', { ptype: ptypeName(ptype), why });
}

/** Decodes one element of a fixed-size type; `bytes` must have exactly FIXED_SIZE[ptype] bytes. */
export function decodeScalar(ptype: number, bytes: Uint8Array): Decoded<number | boolean | string> {
  if (bytes.length !== FIXED_SIZE[ptype]) return { error: 'valueBadSize' };
  const v = view(bytes);
  switch (ptype) {
    case PT.I2:
      return { value: v.getInt16(0, true) };
    case PT.LONG:
    case PT.ERROR:
      return { value: v.getUint32(0, true) };
    case PT.BOOLEAN: {
      const n = v.getUint16(0, true);
      return n === 0 ? { value: false } : n === 1 ? { value: true } : { error: 'valueBadBoolean' };
    }
    case PT.R4:
      return finite(v.getFloat32(0, true));
    case PT.DOUBLE:
    case PT.APPTIME:
      return finite(v.getFloat64(0, true));
    case PT.I8:
    case PT.CURRENCY:
      return { value: v.getBigInt64(0, true).toString() };
    case PT.SYSTIME:
      return { value: filetimeToIso(v.getBigUint64(0, true)) };
    case PT.CLSID:
      return { value: guidToString(bytes) };
    default:
      return { error: 'valueBadSize' };
  }
}

function finite(n: number): Decoded<number> {
  if (!Number.isFinite(n)) return { error: 'valueNotFinite' };
  // -0 does not survive JSON: keep it verbatim rather than show a value that would re-encode differently.
  if (Object.is(n, -0)) return { error: 'valueNonCanonical' };
  return { value: n };
}

/** Encodes one element of a fixed-size type. */
export function encodeScalar(ptype: number, value: unknown): Uint8Array {
  const out = new Uint8Array(FIXED_SIZE[ptype] ?? 0);
  const v = view(out);
  switch (ptype) {
    case PT.I2:
      v.setUint16(0, int(ptype, value, -0x8000, 0xffff) & 0xffff, true);
      break;
    case PT.LONG:
    case PT.ERROR:
      v.setUint32(0, int(ptype, value, -0x8000_0000, 0xffff_ffff) >>> 0, true);
      break;
    case PT.BOOLEAN:
      if (typeof value !== 'boolean') throw badValue(ptype, 'expected true or false');
      v.setUint16(0, value ? 1 : 0, true);
      break;
    case PT.R4:
      v.setFloat32(0, num(ptype, value), true);
      break;
    case PT.DOUBLE:
    case PT.APPTIME:
      v.setFloat64(0, num(ptype, value), true);
      break;
    case PT.I8:
    case PT.CURRENCY:
      v.setBigUint64(0, BigInt.asUintN(64, int64(ptype, value)), true);
      break;
    case PT.SYSTIME:
      v.setBigUint64(0, isoToFiletime(ptype, value), true);
      break;
    case PT.CLSID:
      out.set(parseGuid(ptype, value));
      break;
    default:
      throw badValue(ptype, 'not a fixed-size type');
  }
  return out;
}

function int(ptype: number, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badValue(ptype, `expected an integer from ${min} to ${max}`);
  }
  return value;
}

function num(ptype: number, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badValue(ptype, 'expected a finite number');
  return value;
}

function int64(ptype: number, value: unknown): bigint {
  let n: bigint;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) n = BigInt(value);
  else if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value);
  else throw badValue(ptype, 'expected a decimal integer');
  if (n < -(2n ** 63n) || n >= 2n ** 64n) throw badValue(ptype, 'out of the 64-bit range');
  return n;
}

/**
 * FILETIME → `2011-01-01T12:00:00.1234567Z` (7 fractional digits: no 100 ns tick lost). Years past 9999
 * use the ±YYYYYY form of Date.
 */
export function filetimeToIso(ticks: bigint): string {
  const ms = ticks / 10000n - EPOCH_DIFF_MS;
  const sub = (ticks % 10000n).toString().padStart(4, '0');
  return new Date(Number(ms)).toISOString().replace(/Z$/, sub + 'Z');
}

function isoToFiletime(ptype: number, value: unknown): bigint {
  const m = typeof value === 'string' ? /^(.+?)(?:\.(\d{1,7}))?Z$/.exec(value) : null;
  const ms = m ? Date.parse(m[1] + 'Z') : NaN;
  if (!m || Number.isNaN(ms)) throw badValue(ptype, 'expected an ISO date such as 2011-01-01T12:00:00.0000000Z');
  const frac = (m[2] ?? '').padEnd(7, '0');
  const ticks = (BigInt(ms) + EPOCH_DIFF_MS) * 10000n + BigInt(frac);
  if (ticks < 0n || ticks >= 2n ** 64n) throw badValue(ptype, 'outside the FILETIME range');
  return ticks;
}

/** 16 bytes in GUID memory layout → `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`. */
export function guidToString(b: Uint8Array): string {
  const h = (i: number) => b[i]!.toString(16).padStart(2, '0');
  const s =
    h(3) + h(2) + h(1) + h(0) + '-' + h(5) + h(4) + '-' + h(7) + h(6) + '-' + h(8) + h(9) + '-' + [10, 11, 12, 13, 14, 15].map(h).join('');
  return '{' + s.toUpperCase() + '}';
}

/** `{…}` or bare GUID text (either case) → 16 bytes in memory layout. */
export function parseGuid(ptype: number, value: unknown): Uint8Array {
  const m =
    typeof value === 'string' ? /^\{?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?$/i.exec(value) : null;
  if (!m) throw badValue(ptype, 'expected a GUID such as {00020D0A-0000-0000-C000-000000000046}');
  const hex = (s: string) => s.match(/../g)!.map((x) => parseInt(x, 16));
  return new Uint8Array([...hex(m[1]!).reverse(), ...hex(m[2]!).reverse(), ...hex(m[3]!).reverse(), ...hex(m[4]!), ...hex(m[5]!)]);
}
