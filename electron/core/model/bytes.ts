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

/**
 * windows-1252 bytes 0x80–0x9F (the WHATWG mapping: the five unassigned bytes map to the C1 control of
 * the same number, which keeps the code page a bijection over all 256 bytes).
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const CP1252_REVERSE = new Map<number, number>(CP1252_HIGH.map((c, i) => [c, 0x80 + i]));

/** ANSI (windows-1252) bytes to a string. */
export function decodeCp1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b);
  return s;
}

/** A string to windows-1252 bytes; null when a character has no windows-1252 byte. */
export function encodeCp1252(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : CP1252_REVERSE.get(c);
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

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
