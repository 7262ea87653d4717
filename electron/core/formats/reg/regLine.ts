/**
 * One line of a `.reg` file as a range of the file's UTF-16 code units (no string is made for a line), and
 * the small scanning helpers the reader's states share. Errors carry the 1-based line and an excerpt.
 */
import type { FormatErrorArgs, FormatErrorReason } from '../../../../shared/i18n/formatErrors.js';
import { FormatError } from '../formatError.js';
import { HEX_VALUE } from '../hex.js';
import { decodeAscii } from '../utf8.js';

/** `units[start..end)` is the line without its CR/LF. */
export interface Line {
  units: Uint16Array;
  start: number;
  end: number;
  number: number;
}

const EXCERPT_CHARS = 80;

/** A FormatError for this line: an `expected …` sentence (formatErrors.ts), 1-based line, the line's first 80 characters. */
export function lineError<R extends FormatErrorReason>(line: Line, reason: R, ...params: FormatErrorArgs<R>): FormatError<R> {
  const length = line.end - line.start;
  const shown = unitsText(line.units, line.start, line.start + Math.min(length, EXCERPT_CHARS));
  return new FormatError('reg', { line: line.number, excerpt: length > EXCERPT_CHARS ? shown + '…' : shown }, reason, ...params);
}

const STRING_CHUNK = 8192;
/** Below this length String.fromCharCode is as fast as the ASCII decoder's call. */
const SHORT_STRING = 32;
const asciiBytes = new Uint8Array(STRING_CHUNK);

/**
 * The string of `units[start..end)`, code unit for code unit (a lone surrogate is kept).
 *
 * Performance (test/bench, .reg import): names and paths are nearly always ASCII, and made into one-byte
 * strings, which V8 lower-cases, hashes and compares on its fast paths (a TextDecoder('utf-16le') would
 * make two-byte strings). A key path (≈ 110 characters) is narrowed into bytes and decoded natively, in
 * about half the time of String.fromCharCode, which makes a one-byte string too when every unit is below
 * 256. Long runs go in chunks: `apply` passes every unit as an argument.
 */
export function unitsText(units: Uint16Array, start: number, end: number): string {
  const length = end - start;
  if (length > SHORT_STRING && length <= STRING_CHUNK) {
    let all = 0;
    for (let i = 0; i < length; i++) {
      const unit = units[start + i]!;
      asciiBytes[i] = unit;
      all |= unit;
    }
    if (all < 0x80) return decodeAscii(asciiBytes.subarray(0, length));
  }
  if (length <= STRING_CHUNK) return String.fromCharCode.apply(null, units.subarray(start, end) as unknown as number[]);
  let s = '';
  for (let at = start; at < end; at += STRING_CHUNK) s += unitsText(units, at, Math.min(end, at + STRING_CHUNK));
  return s;
}

const SPACE = 0x20;
const TAB = 0x09;
const SEMICOLON = 0x3b;

/** The first position at or after `p` that is not a space or tab. */
export function skipBlanks(line: Line, p: number): number {
  const { units, end } = line;
  while (p < end) {
    const c = units[p];
    if (c !== SPACE && c !== TAB) break;
    p++;
  }
  return p;
}

/** Whether only spaces, tabs and an optional `;comment` follow `p` (docs/file-formats.md §4.5 inline comments). */
export function onlyCommentFollows(line: Line, p: number): boolean {
  const q = skipBlanks(line, p);
  return q === line.end || line.units[q] === SEMICOLON;
}

/** The value of the hex digit at `p` on the line, or -1 (also at or past the line's end). */
export function hexDigitAt(line: Line, p: number): number {
  return p < line.end ? HEX_VALUE[line.units[p]!]! : -1;
}
