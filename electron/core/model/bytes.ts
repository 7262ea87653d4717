/**
 * Byte helpers of the model: hex, UTF-16LE and windows-1252 text, little-endian integers. Pure, no Node
 * Buffer, so the same code could run in the renderer.
 * @internal
 */

export { toHex, fromHex } from '../formats/hex.js';

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

/** ANSI (windows-1252) bytes ↔ strings: the shared table (shared/codecs/windows1252.ts). */
export { decodeWindows1252 as decodeCp1252, encodeWindows1252 as encodeCp1252 } from '../../../shared/codecs/windows1252.js';

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
