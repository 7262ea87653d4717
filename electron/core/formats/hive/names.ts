/**
 * Key and value names: "compressed" names hold one Latin-1 byte per character (the low byte of each
 * UTF-16 unit, so decoded as true ISO-8859-1, not windows-1252), the others UTF-16LE. Both are decoded
 * unit by unit so that every stored name, lone surrogates included, comes back exactly.
 */

/** `len` bytes at `at` as Latin-1. */
export function latin1Name(bytes: Uint8Array, at: number, len: number): string {
  let s = '';
  for (let i = at, end = at + len; i < end; i += 4096) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(i + 4096, end)));
  }
  return s;
}

/** `len` bytes (even) at `at` as UTF-16LE code units. */
export function utf16Name(view: DataView, at: number, len: number): string {
  let s = '';
  const units: number[] = [];
  for (let i = 0; i + 1 < len; i += 2) {
    units.push(view.getUint16(at + i, true));
    if (units.length === 4096) s += String.fromCharCode(...units.splice(0));
  }
  return s + String.fromCharCode(...units);
}
