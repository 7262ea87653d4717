/**
 * Bytes of a `.reg` file → its UTF-16 code units (what the reader scans), and which encoding it was in
 * (docs/file-formats.md §4.2).
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
import { WINDOWS_1252_TO_UNIT } from '../../../../shared/codecs/windows1252.js';
import { FormatError } from '../formatError.js';

export type RegEncoding = 'utf-16le' | 'utf-8-bom' | 'utf-8' | 'windows-1252';

export interface RegUnits {
  /** The file's text as UTF-16 code units, without the BOM. */
  units: Uint16Array;
  encoding: RegEncoding;
}

/**
 * Decodes a whole `.reg` file into code units.
 *
 * Performance (test/bench, .reg import): a regedit export (UTF-16LE) is not decoded at all: its units are
 * a view of the file's own bytes (a copy only when the bytes are not 2-aligned in memory), and the reader
 * makes strings of just the names, paths and text values it needs. Decoding the whole file to a string
 * first cost as much again as the TextDecoder floor the bench measures against. The units are taken as
 * they are, so a lone surrogate survives the round trip.
 */
export function decodeRegUnits(bytes: Uint8Array): RegUnits {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { units: utf16leUnits(bytes, 2), encoding: 'utf-16le' };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { units: utf8Units(bytes.subarray(3)) ?? windows1252Units(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWithRegedit4Header(bytes)) return { units: windows1252Units(bytes), encoding: 'windows-1252' };
  const utf8 = utf8Units(bytes);
  if (utf8 !== undefined) return { units: utf8, encoding: 'utf-8' };
  return { units: windows1252Units(bytes), encoding: 'windows-1252' };
}

/**
 * UTF-8 bytes as code units, or undefined when they are not valid UTF-8. An all-ASCII file — what
 * hivexregedit writes — is widened byte for byte, without holding the decoded text and its units at once.
 */
function utf8Units(bytes: Uint8Array): Uint16Array | undefined {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) {
      const text = decodeUtf8Strict(bytes);
      return text === undefined ? undefined : textUnits(text);
    }
    units[i] = b;
  }
  return units;
}

const REGEDIT4 = [0x52, 0x45, 0x47, 0x45, 0x44, 0x49, 0x54, 0x34];

/** Spaces or tabs, `REGEDIT4`, then CR, LF or the end: the ANSI header (§4.1). */
function startsWithRegedit4Header(bytes: Uint8Array): boolean {
  let p = 0;
  while (bytes[p] === 0x20 || bytes[p] === 0x09) p++;
  for (const b of REGEDIT4) if (bytes[p++] !== b) return false;
  return p === bytes.length || bytes[p] === 0x0d || bytes[p] === 0x0a;
}

/** A Uint16Array reads memory in the machine's byte order; every platform Electron ships on is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** UTF-16LE code units from `start`: a view of the bytes when they are 2-aligned, else a copy. */
function utf16leUnits(bytes: Uint8Array, start: number): Uint16Array {
  if ((bytes.length - start) % 2 !== 0) {
    throw new FormatError('reg', { offset: bytes.length - 1 }, 'regOddUtf16', { size: bytes.length });
  }
  const count = (bytes.length - start) / 2;
  if (LITTLE_ENDIAN && (bytes.byteOffset + start) % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset + start, count);
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) units[i] = bytes[start + 2 * i]! | (bytes[start + 2 * i + 1]! << 8);
  return units;
}

function textUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

function windows1252Units(bytes: Uint8Array): Uint16Array {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = WINDOWS_1252_TO_UNIT[bytes[i]!]!;
  return units;
}

export { WINDOWS_1252_TO_UNIT, UNIT_TO_WINDOWS_1252 } from '../../../../shared/codecs/windows1252.js';
