/**
 * Key and value names: "compressed" names hold one Latin-1 byte per character (the low byte of each
 * UTF-16 unit, so decoded as true ISO-8859-1, not windows-1252), the others UTF-16LE. Both are decoded
 * unit by unit so that every stored name, lone surrogates included, comes back exactly.
 */

/** `len` bytes at `at` as Latin-1. */
export function latin1Name(bytes: Uint8Array, at: number, len: number): string {
  let s = '';
  for (let i = at, end = at + len; i < end; i += 4096) {
    // apply takes the typed array as it is; a spread would go through its iterator (≈ 3× slower).
    s += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(i + 4096, end)) as unknown as number[]);
  }
  return s;
}

/**
 * The Latin-1 names of one hive, each decoded once: a name met again is found by a hash of its bytes
 * and handed out as the same string.
 *
 * Performance (test/bench, hive full walk): a hive of 1,000 profiles holds 200,000 names but only a few
 * thousand different ones (every profile has the same sections and properties); decoding each was a
 * fifth of the walk, and the strings a good part of what the collector then had to copy.
 */
export class Latin1Names {
  /** By hash; on a collision the first name stays and the other is decoded each time. */
  private readonly byHash = new Map<number, string>();

  constructor(private readonly bytes: Uint8Array) {}

  /** `len` bytes at `at` as Latin-1 (latin1Name). */
  get(at: number, len: number): string {
    const bytes = this.bytes;
    let hash = len;
    for (let i = at, end = at + len; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    // Small integers stay unboxed as Map keys.
    hash &= 0x3fffffff;
    const known = this.byHash.get(hash);
    if (known !== undefined && sameLatin1(known, bytes, at, len)) return known;
    const name = latin1Name(bytes, at, len);
    if (known === undefined) this.byHash.set(hash, name);
    return name;
  }
}

function sameLatin1(name: string, bytes: Uint8Array, at: number, len: number): boolean {
  if (name.length !== len) return false;
  for (let i = 0; i < len; i++) if (name.charCodeAt(i) !== bytes[at + i]) return false;
  return true;
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
