/**
 * One line of a `.reg` file as a range of the whole text (no line strings are made for the file), and the
 * small scanning helpers the reader's states share. Errors carry the 1-based line and an excerpt.
 */
import { FormatError } from '../formatError.js';

/** `text.slice(start, end)` is the line without its CR/LF. */
export interface Line {
  text: string;
  start: number;
  end: number;
  number: number;
}

const EXCERPT_CHARS = 80;

/** A FormatError for this line: `expected …` sentence, 1-based line, the line's first 80 characters. */
export function lineError(line: Line, message: string): FormatError {
  const length = line.end - line.start;
  const shown = line.text.slice(line.start, line.start + Math.min(length, EXCERPT_CHARS));
  return new FormatError('reg', message, { line: line.number, excerpt: length > EXCERPT_CHARS ? shown + '…' : shown });
}

const SPACE = 0x20;
const TAB = 0x09;
const SEMICOLON = 0x3b;

/** The first position at or after `p` that is not a space or tab. */
export function skipBlanks(line: Line, p: number): number {
  const { text, end } = line;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c !== SPACE && c !== TAB) break;
    p++;
  }
  return p;
}

/** Whether only spaces, tabs and an optional `;comment` follow `p` (file-formats.md §4.5 inline comments). */
export function onlyCommentFollows(line: Line, p: number): boolean {
  const q = skipBlanks(line, p);
  return q === line.end || line.text.charCodeAt(q) === SEMICOLON;
}

/** Hex digit → value, -1 for anything else; indexed by UTF-16 code unit below 128. */
export const HEX_VALUE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i++) table[0x30 + i] = i;
  for (let i = 0; i < 6; i++) {
    table[0x41 + i] = 10 + i;
    table[0x61 + i] = 10 + i;
  }
  return table;
})();

/** The value of a hex digit's code unit, or -1 (also for -1, which callers use for "end of line"). */
export function hexDigit(code: number): number {
  return code >= 0 && code < 128 ? HEX_VALUE[code]! : -1;
}
