/**
 * Byte helpers of the model: hex, UTF-16LE and windows-1252 text, little-endian integers. Pure, no Node
 * Buffer, so the same code could run in the renderer.
 * @internal
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lowercase hex of the bytes. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += HEX[b];
  return s;
}

/** Bytes of a hex string (either case, even length); throws RangeError on anything else. */
export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new RangeError('not an even-length hex string');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/**
 * UTF-16LE code units to a string, kept exactly (lone surrogates included: no U+FFFD replacement), so
 * that {@link encodeUtf16} gives the same bytes back. The length must be even.
 */
export function decodeUtf16(bytes: Uint8Array): string {
  const v = view(bytes);
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(v.getUint16(i, true));
  return s;
}

export function encodeUtf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const v = view(out);
  for (let i = 0; i < text.length; i++) v.setUint16(2 * i, text.charCodeAt(i), true);
  return out;
}

/** ANSI (windows-1252) bytes ↔ strings: the shared table (formats/windows1252.ts). */
export { decodeWindows1252 as decodeCp1252, encodeWindows1252 as encodeCp1252 } from '../formats/windows1252.js';

/** Reads a u64 LE as a number when it fits in 2^53; null otherwise. */
export function readU64(v: DataView, at: number): number | null {
  const lo = v.getUint32(at, true);
  const hi = v.getUint32(at + 4, true);
  if (hi >= 0x200000) return null;
  return hi * 0x1_0000_0000 + lo;
}

export function writeU64(v: DataView, at: number, n: number): void {
  v.setUint32(at, n % 0x1_0000_0000, true);
  v.setUint32(at + 4, Math.floor(n / 0x1_0000_0000), true);
}

export const align4 = (n: number): number => (n + 3) & ~3;
