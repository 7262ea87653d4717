/**
 * Lowercase hex: the form registry values are carried in from file to store (registry.ts `RegValue.data`,
 * shared/profileDoc.ts `ValueDoc.data`), and its conversions to and from bytes. Pure, no Node Buffer.
 */

import { decodeAscii } from './utf8.js';

/** The character code of each nibble's lowercase digit. */
export const HEX_DIGITS: Uint8Array = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/**
 * Hex digit → value (either case), -1 for anything else; indexed by any UTF-16 code unit, so scanning loops
 * need no range check before the lookup.
 */
export const HEX_VALUE: Int8Array = (() => {
  const table = new Int8Array(0x10000).fill(-1);
  for (let i = 0; i < 16; i++) {
    table['0123456789abcdef'.charCodeAt(i)] = i;
    table['0123456789ABCDEF'.charCodeAt(i)] = i;
  }
  return table;
})();

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** The two character codes of each byte's hex, at 2·b and 2·b + 1. */
const HEX_CODES = Uint16Array.from(HEX.join(''), (c) => c.charCodeAt(0));
const HEX_CHUNK = 8192;
const hexUnits = new Uint16Array(2 * HEX_CHUNK);

/**
 * Lowercase hex of the bytes.
 *
 * Performance (test/bench, .reg and hive import): character codes go into one reused buffer and become a
 * string 8 KB at a time, instead of one string append per byte — the appends built a rope of 2-character
 * pieces that cost ≈ 5× more to build, flatten and collect on a 40 MB import.
 */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let at = 0; at < bytes.length; at += HEX_CHUNK) {
    const n = Math.min(HEX_CHUNK, bytes.length - at);
    for (let i = 0; i < n; i++) {
      const code = 2 * bytes[at + i]!;
      hexUnits[2 * i] = HEX_CODES[code]!;
      hexUnits[2 * i + 1] = HEX_CODES[code + 1]!;
    }
    s += String.fromCharCode.apply(null, hexUnits.subarray(0, 2 * n) as unknown as number[]);
  }
  return s;
}

/** HEX_CODES as bytes, for a TextDecoder. */
const HEX_BYTES = Uint8Array.from(HEX_CODES);
/** Digits decoded at once by toHexAll: the string every hex of a batch is a slice of. */
const HEX_BATCH = 1 << 20;
const hexBatch = new Uint8Array(HEX_BATCH);

/**
 * Lowercase hex of each of many byte arrays: the same strings as `arrays.map(toHex)`.
 *
 * Performance (test/bench, .reg and hive import of 1,000 profiles, 150,000 values): the digits of up
 * to 1 MB of hex are decoded into one string by one native call, and each result is a slice of it —
 * V8 shares the characters of a slice (13 characters or more) instead of copying them. One call per
 * value cost ≈ 4× as much, most of it in collecting the 13 MB of strings it made. A slice keeps its
 * batch's string alive as long as it lives.
 */
export function toHexAll(arrays: readonly Uint8Array[]): string[] {
  const out = new Array<string>(arrays.length);
  for (let first = 0; first < arrays.length;) {
    let digits = 2 * arrays[first]!.length;
    let last = first + 1;
    while (last < arrays.length && digits + 2 * arrays[last]!.length <= HEX_BATCH) digits += 2 * arrays[last++]!.length;
    const text = hexDigits(arrays, first, last, digits);
    for (let i = first, at = 0; i < last; i++) {
      const end = at + 2 * arrays[i]!.length;
      out[i] = text.slice(at, end);
      at = end;
    }
    first = last;
  }
  return out;
}

/** The hex of arrays[first..last), `digits` characters in all, as one string. */
function hexDigits(arrays: readonly Uint8Array[], first: number, last: number, digits: number): string {
  // A single array longer than a batch gets a buffer of its own.
  const codes = digits <= HEX_BATCH ? hexBatch : new Uint8Array(digits);
  let at = 0;
  for (let i = first; i < last; i++) {
    const bytes = arrays[i]!;
    for (let j = 0; j < bytes.length; j++) {
      const code = 2 * bytes[j]!;
      codes[at++] = HEX_BYTES[code]!;
      codes[at++] = HEX_BYTES[code + 1]!;
    }
  }
  return decodeAscii(codes.subarray(0, digits));
}

const digit = (code: number): number => HEX_VALUE[code] ?? -1;

/**
 * Bytes of a hex string (either case, even length); throws RangeError on anything else.
 *
 * Performance (test/bench, copy-service and export): one table lookup per digit, instead of a regex test
 * plus a `slice` and a `parseInt` per byte (fromHex was 12% of a copy-service plan).
 */
export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0) throw new RangeError('not an even-length hex string');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const high = digit(hex.charCodeAt(2 * i));
    const low = digit(hex.charCodeAt(2 * i + 1));
    if (high < 0 || low < 0) throw new RangeError('not an even-length hex string');
    out[i] = (high << 4) | low;
  }
  return out;
}
