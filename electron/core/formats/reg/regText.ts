/**
 * Bytes of a `.reg` file → text, and which encoding it was in (file-formats.md §4.2).
 *
 * regedit writes UTF-16LE with a BOM (`Version 5.00`); REGEDIT4 files are in the ANSI code page; files that
 * went through Linux tools (hivexregedit, iconv) are UTF-8 with or without a BOM. Anything that is not valid
 * UTF-8 is taken as windows-1252, the ANSI code page of the Western Windows installs our users have.
 *
 * One exception: a file without BOM whose header is `REGEDIT4` is always windows-1252. regedit reads such a
 * file in the ANSI code page, and ANSI text such as `Ã©` (C3 A9) is also valid UTF-8 — guessing UTF-8 there
 * would change the text that `reg import` would store.
 */
import { decodeUtf8Strict } from '../utf8.js';
import { decodeWindows1252 } from '../windows1252.js';
import { FormatError } from '../formatError.js';

export type RegEncoding = 'utf-16le' | 'utf-8-bom' | 'utf-8' | 'windows-1252';

export interface RegText {
  text: string;
  encoding: RegEncoding;
}

/** Decodes a whole `.reg` file; the BOM, when there is one, is not part of `text`. */
export function decodeRegText(bytes: Uint8Array): RegText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16le(bytes, 2), encoding: 'utf-16le' };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8Strict(bytes.subarray(3)) ?? decodeWindows1252(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWithRegedit4Header(bytes)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

const REGEDIT4 = [0x52, 0x45, 0x47, 0x45, 0x44, 0x49, 0x54, 0x34];

/** Spaces or tabs, `REGEDIT4`, then CR, LF or the end: the ANSI header (§4.1). */
function startsWithRegedit4Header(bytes: Uint8Array): boolean {
  let p = 0;
  while (bytes[p] === 0x20 || bytes[p] === 0x09) p++;
  for (const b of REGEDIT4) if (bytes[p++] !== b) return false;
  return p === bytes.length || bytes[p] === 0x0d || bytes[p] === 0x0a;
}

const CHUNK_UNITS = 8192;

/**
 * UTF-16LE code units copied as they are, so a lone surrogate in a name or string survives the round trip
 * (a non-fatal TextDecoder would replace it with U+FFFD).
 *
 * Performance (test/bench): a fatal TextDecoder gives exactly the code units whenever the text has no lone
 * surrogate — nearly always — at native speed (≈ 10× the copy loop on a 40 MB export); it throws on a lone
 * surrogate, and only then is the text copied unit by unit. An all-ASCII file, the usual export, is first
 * tried as such (decodeAsciiUtf16le).
 */
function decodeUtf16le(bytes: Uint8Array, start: number): string {
  if ((bytes.length - start) % 2 !== 0) {
    throw new FormatError('reg', `a UTF-16LE file must have an even number of bytes; this one has ${bytes.length}`, {
      offset: bytes.length - 1,
    });
  }
  const ascii = decodeAsciiUtf16le(bytes, start);
  if (ascii !== undefined) return ascii;
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return copyUtf16leUnits(bytes, start);
  }
}

/**
 * The text when every code unit is ASCII (and the bytes are 2-aligned, for a Uint16Array view), else
 * undefined.
 *
 * Performance (test/bench, .reg import): V8 keeps a string one byte per character only when it is made
 * from one-byte input; TextDecoder('utf-16le') makes two-byte strings, and so does every name, path and
 * token sliced from them — and V8 lower-cases two-byte strings through ICU, not its fast ASCII path, and
 * hashes and copies them at twice the size. Narrowing the units to bytes and decoding those as UTF-8
 * (ASCII is the same in both) costs what the UTF-16 decoder does, and made the parse, merge and model
 * steps after it ≈ 1.3–1.6× faster on a 40 MB export.
 */
function decodeAsciiUtf16le(bytes: Uint8Array, start: number): string | undefined {
  if ((bytes.byteOffset + start) % 2 !== 0) return undefined;
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset + start, (bytes.length - start) / 2);
  const narrow = new Uint8Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit > 0x7f) return undefined;
    narrow[i] = unit;
  }
  return new TextDecoder().decode(narrow);
}

function copyUtf16leUnits(bytes: Uint8Array, start: number): string {
  const units = (bytes.length - start) / 2;
  const parts: string[] = [];
  const chunk = new Uint16Array(Math.min(CHUNK_UNITS, units));
  for (let u = 0; u < units; u += CHUNK_UNITS) {
    const n = Math.min(CHUNK_UNITS, units - u);
    for (let i = 0; i < n; i++) {
      const b = start + 2 * (u + i);
      chunk[i] = bytes[b]! | (bytes[b + 1]! << 8);
    }
    parts.push(String.fromCharCode(...(n === chunk.length ? chunk : chunk.subarray(0, n))));
  }
  return parts.join('');
}

export { WINDOWS_1252_TO_UNIT, UNIT_TO_WINDOWS_1252 } from '../windows1252.js';
