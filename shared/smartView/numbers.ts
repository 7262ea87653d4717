/**
 * Numbers read every way an administrator needs (MFCMAPI shows the same: signed, unsigned, hex): PT_LONG
 * as signed 32-bit first (MAPI's LONG; −1 is a common "unset" and reads 0xFFFFFFFF in hex), PT_I8 as
 * 64-bit, and a FILETIME (100-ns ticks since 1601-01-01 UTC, docs/file-formats.md §3.2) as a date.
 */
import { toHex } from './byteReader.js';
import type { SmartStruct } from './types.js';

/** The stored (unsigned) PT_LONG as MAPI's signed LONG. */
export const signed32 = (n: number): number => n | 0;

export const hex64 = (n: bigint): string => '0x' + BigInt.asUintN(64, n).toString(16).toUpperCase().padStart(16, '0');

/** FILETIME ticks between 1601-01-01 and 1970-01-01. */
const EPOCH_TICKS = 116444736000000000n;
/** Plausible dates for a 64-bit number read as a FILETIME: 1980 to 2200 (anything else is no date). */
const FROM = EPOCH_TICKS + 315532800n * 10_000_000n;
const TO = EPOCH_TICKS + 7258118400n * 10_000_000n;

/** ISO 8601 with 7 fractional digits (the contract's PT_SYSTIME form); null outside 1980–2200. */
export function filetimeIso(ticks: bigint): string | null {
  if (ticks < FROM || ticks >= TO) return null;
  const since = ticks - EPOCH_TICKS;
  const ms = since / 10_000n;
  const frac = (since % 10_000_000n).toString().padStart(7, '0');
  return new Date(Number(ms)).toISOString().replace(/\.\d{3}Z$/, `.${frac}Z`);
}

/** PT_LONG: signed, unsigned, hex, in the bytes order they are stored (little-endian). */
export function longView(n: number): SmartStruct {
  const u = n >>> 0;
  return {
    struct: 'long',
    offset: 0,
    size: 4,
    items: [
      { field: 'signed', offset: 0, size: 4, text: String(signed32(u)) },
      { field: 'unsigned', offset: 0, size: 4, text: String(u) },
      { field: 'hex', offset: 0, size: 4, text: '0x' + u.toString(16).toUpperCase().padStart(8, '0') },
    ],
  };
}

/** PT_I8 (decimal text as the contract carries it): signed, unsigned, hex, and the date it would be as a FILETIME. */
export function int64View(decimal: string): SmartStruct | null {
  if (!/^-?\d+$/.test(decimal)) return null;
  const n = BigInt.asIntN(64, BigInt(decimal));
  const u = BigInt.asUintN(64, n);
  const date = filetimeIso(u);
  return {
    struct: 'int64',
    offset: 0,
    size: 8,
    items: [
      { field: 'signed', offset: 0, size: 8, text: n.toString() },
      { field: 'unsigned', offset: 0, size: 8, text: u.toString() },
      { field: 'hex', offset: 0, size: 8, text: hex64(u) },
      ...(date ? [{ field: 'date' as const, offset: 0, size: 8, text: date }] : []),
    ],
  };
}

/** 8 bytes read as a FILETIME; null when they are not 8 or not a plausible date. */
export function filetimeView(bytes: Uint8Array): SmartStruct | null {
  if (bytes.length !== 8) return null;
  let ticks = 0n;
  for (let i = 7; i >= 0; i--) ticks = (ticks << 8n) | BigInt(bytes[i]!);
  const date = filetimeIso(ticks);
  if (!date) return null;
  return {
    struct: 'filetime',
    offset: 0,
    size: 8,
    items: [
      { field: 'date', offset: 0, size: 8, text: date },
      { field: 'hex', offset: 0, size: 8, text: toHex(bytes) },
    ],
  };
}
