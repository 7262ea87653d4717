/**
 * The right-hand side of a value line: `"string"`, `dword:`, `hex:` / `hex(N):` byte lists
 * (docs/file-formats.md §4.4, §4.5), scanned code unit by code unit over the line's range — no regex, no
 * per-byte strings. Data goes to a HexBatch as the hex of the bytes the registry holds.
 */
import type { HexBatch } from './hexBatch.js';
import { HEX_VALUE } from '../hex.js';
import { type Line, hexDigitAt, lineError, onlyCommentFollows, skipBlanks, unitsText } from './regLine.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const COLON = 0x3a;

/**
 * A `"…"` token starting at `p` (which holds the opening quote). Only `\\` and `\"` are escapes (§4.4); any
 * other backslash is kept with the character after it, as regedit does.
 */
export function readQuoted(line: Line, p: number): { value: string; next: number } {
  const { units, end } = line;
  // Nearly every token has no escape: one string then, instead of collecting parts to join.
  for (let i = p + 1; i < end; i++) {
    const c = units[i];
    if (c === QUOTE) return { value: unitsText(units, p + 1, i), next: i + 1 };
    if (c === BACKSLASH) return readEscapedQuoted(line, p);
  }
  throw unclosedQuote(line);
}

/** readQuoted for a token holding at least one backslash. */
function readEscapedQuoted(line: Line, p: number): { value: string; next: number } {
  const { units, end } = line;
  const parts: string[] = [];
  let segment = p + 1;
  for (let i = p + 1; i < end; i++) {
    const c = units[i];
    if (c === QUOTE) {
      parts.push(unitsText(units, segment, i));
      return { value: parts.join(''), next: i + 1 };
    }
    if (c === BACKSLASH && i + 1 < end) {
      const escaped = units[i + 1];
      if (escaped === BACKSLASH || escaped === QUOTE) {
        parts.push(unitsText(units, segment, i));
        segment = i + 1;
        i++;
      }
    }
  }
  throw unclosedQuote(line);
}

const unclosedQuote = (line: Line) => lineError(line, 'regUnclosedQuote');

/** `dword:` + 1–8 hex digits, then nothing or a `;comment`. `p` is just after the colon. Writes 4 LE bytes. */
export function readDword(line: Line, p: number, out: HexBatch): void {
  let value = 0;
  let digits = 0;
  for (;;) {
    const d = hexDigitAt(line, p);
    if (d < 0) break;
    value = value * 16 + d;
    digits++;
    p++;
  }
  if (digits === 0 || digits > 8) throw lineError(line, 'regDwordDigits');
  if (!onlyCommentFollows(line, p)) throw lineError(line, 'regAfterDword');
  out.reserve(8);
  for (let i = 0; i < 4; i++) out.byte((value >>> (8 * i)) & 0xff);
}

/** A REG_SZ as the registry holds it: the text's UTF-16LE code units and a terminating NUL. */
export function writeUtf16z(text: string, out: HexBatch): void {
  out.reserve(4 * text.length + 4);
  for (let i = 0; i < text.length; i++) out.unit(text.charCodeAt(i));
  out.unit(0);
}

/**
 * The type prefix at `p`: `hex:` (REG_BINARY) or `hex(N):` with N 1–8 hex digits. `p` is at the `h`
 * (already known to start `hex`). Returns the type and the position after the colon.
 */
export function readHexType(line: Line, p: number): { type: number; next: number } {
  const { units } = line;
  p += 3;
  if (p < line.end && units[p] === COLON) return { type: 3, next: p + 1 };
  if (p >= line.end || units[p] !== OPEN_PAREN) throw lineError(line, 'regHexType');
  p++;
  let type = 0;
  let digits = 0;
  for (let d = hexDigitAt(line, p); d >= 0; d = hexDigitAt(line, p)) {
    type = type * 16 + d;
    digits++;
    p++;
  }
  if (digits === 0 || digits > 8 || p >= line.end || units[p] !== CLOSE_PAREN) {
    throw lineError(line, 'regHexTypeDigits');
  }
  if (p + 1 >= line.end || units[p + 1] !== COLON) throw lineError(line, 'regHexTypeColon');
  return { type, next: p + 2 };
}

/** What a line of hex bytes ended with: the value is complete, or `\` asks for the next line. */
export type HexLineEnd = 'done' | 'continues';

/**
 * Comma-separated bytes (1–2 hex digits each) from `p` to the end of the line, appended to `out`
 * (§4.4, §4.5). A trailing comma is allowed; a `\` where a byte is expected continues the value on the next
 * line; a `;comment` may end the line.
 */
export function readHexBytes(line: Line, p: number, out: HexBatch): HexLineEnd {
  const { units, end } = line;
  // A byte takes at least one digit and, but for the last, a comma: at most (rest + 1) / 2 of them, each
  // written as two digits.
  out.reserve(end - p + 1);
  for (;;) {
    p = readPlainPairs(units, p, end, out);
    p = skipBlanks(line, p);
    if (p === end) return 'done';
    const c = units[p];
    if (c === SEMICOLON) return 'done';
    if (c === BACKSLASH) {
      if (!onlyCommentFollows(line, p + 1)) throw lineError(line, 'regAfterContinuation');
      return 'continues';
    }
    const high = hexDigitAt(line, p);
    if (high < 0) throw lineError(line, 'regHexByte');
    const low = hexDigitAt(line, p + 1);
    if (low < 0) {
      out.byte(high);
      p += 1;
    } else {
      if (hexDigitAt(line, p + 2) >= 0) throw lineError(line, 'regHexByteTooLong');
      out.byte(high * 16 + low);
      p += 2;
    }
    p = skipBlanks(line, p);
    if (p === end) return 'done';
    const after = units[p];
    if (after === SEMICOLON) return 'done';
    if (after !== COMMA) throw lineError(line, 'regHexComma');
    p++;
  }
}

/**
 * The bytes written as regedit writes them — two digits and a comma each, no blanks — from `p` for as
 * long as that layout lasts, their digits copied lower-cased (`| 0x20` maps 0–9 to themselves and A–F to
 * a–f); returns where it stopped, for readHexBytes's general rules to go on from.
 *
 * Performance (test/bench, .reg import): most of a .reg file is these triples; reading them without the
 * blank skipping and checks of the general loop made the whole parse ≈ 25% faster.
 */
export function readPlainPairs(units: Uint16Array, p: number, end: number, out: HexBatch): number {
  const digits = out.digits;
  let length = out.length;
  while (p + 2 < end && units[p + 2] === COMMA) {
    const high = units[p]!;
    const low = units[p + 1]!;
    if ((HEX_VALUE[high]! | HEX_VALUE[low]!) < 0) break;
    digits[length++] = high | 0x20;
    digits[length++] = low | 0x20;
    p += 3;
  }
  out.length = length;
  return p;
}
