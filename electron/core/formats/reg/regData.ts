/**
 * The right-hand side of a value line: `"string"`, `dword:`, `hex:` / `hex(N):` byte lists
 * (file-formats.md §4.4, §4.5), scanned with charCodeAt over the line's range — no regex, no per-byte strings.
 */
import { type Line, hexDigit, lineError, onlyCommentFollows, skipBlanks } from './regLine.js';

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
  const { text, end } = line;
  // Nearly every token has no escape: one slice then, instead of collecting parts to join.
  for (let i = p + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return { value: text.slice(p + 1, i), next: i + 1 };
    if (c === BACKSLASH) return readEscapedQuoted(line, p);
  }
  throw unclosedQuote(line);
}

/** readQuoted for a token holding at least one backslash. */
function readEscapedQuoted(line: Line, p: number): { value: string; next: number } {
  const { text, end } = line;
  const parts: string[] = [];
  let segment = p + 1;
  for (let i = p + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      parts.push(text.slice(segment, i));
      return { value: parts.join(''), next: i + 1 };
    }
    if (c === BACKSLASH && i + 1 < end) {
      const escaped = text.charCodeAt(i + 1);
      if (escaped === BACKSLASH || escaped === QUOTE) {
        parts.push(text.slice(segment, i));
        segment = i + 1;
        i++;
      }
    }
  }
  throw unclosedQuote(line);
}

const unclosedQuote = (line: Line) => lineError(line, 'expected a closing " (strings cannot continue onto the next line)');

/** `dword:` + 1–8 hex digits, then nothing or a `;comment`. `p` is just after the colon. Returns 4 LE bytes. */
export function readDword(line: Line, p: number): Uint8Array {
  let value = 0;
  let digits = 0;
  while (p < line.end) {
    const d = hexDigit(line.text.charCodeAt(p));
    if (d < 0) break;
    value = value * 16 + d;
    digits++;
    p++;
  }
  if (digits === 0 || digits > 8) throw lineError(line, 'expected dword: followed by 1 to 8 hex digits');
  if (!onlyCommentFollows(line, p)) throw lineError(line, 'expected the end of the line or a ;comment after the dword');
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value, true);
  return bytes;
}

/**
 * The type prefix at `p`: `hex:` (REG_BINARY) or `hex(N):` with N 1–8 hex digits. `p` is at the `h`
 * (already known to start `hex`). Returns the type and the position after the colon.
 */
export function readHexType(line: Line, p: number): { type: number; next: number } {
  const { text } = line;
  p += 3;
  if (p < line.end && text.charCodeAt(p) === COLON) return { type: 3, next: p + 1 };
  if (p >= line.end || text.charCodeAt(p) !== OPEN_PAREN) throw lineError(line, 'expected hex: or hex(N):');
  p++;
  let type = 0;
  let digits = 0;
  while (p < line.end && hexDigit(text.charCodeAt(p)) >= 0) {
    type = type * 16 + hexDigit(text.charCodeAt(p));
    digits++;
    p++;
  }
  if (digits === 0 || digits > 8 || p >= line.end || text.charCodeAt(p) !== CLOSE_PAREN) {
    throw lineError(line, 'expected hex(N): with N 1 to 8 hex digits');
  }
  if (p + 1 >= line.end || text.charCodeAt(p + 1) !== COLON) throw lineError(line, 'expected : after hex(N)');
  return { type, next: p + 2 };
}

/** Bytes of the blocks ByteBuffer hands values out of, once a file has filled a few smaller ones. */
const BLOCK_BYTES = 64 * 1024;

/**
 * The bytes of the hex values of a file, written one value after the other into shared blocks: a value is
 * a view of the block it was written in (`byteOffset` is rarely 0), and keeps that block alive.
 *
 * Performance (test/bench, .reg import): a copy per value (`slice`) made an ArrayBuffer, and for most
 * values a separate allocation, for each of 130,000 values; a view of a block is one small object, and
 * the parse got ≈ 15% faster.
 */
export class ByteBuffer {
  /** The current block; the value being written is `bytes[start..length)`. */
  bytes = new Uint8Array(256);
  length = 0;
  private start = 0;

  /** Starts a new value, dropping any bytes written since the last take(). */
  reset(): void {
    this.length = this.start;
  }

  /**
   * Makes room for `n` more bytes of the current value, so that callers can write `bytes[length++]` without
   * a check each; when the block is full the value moves to a new one, twice as large up to BLOCK_BYTES
   * (small files stay small), or as large as the value needs.
   */
  reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const written = this.length - this.start;
    const block = new Uint8Array(Math.max(Math.min(BLOCK_BYTES, 2 * this.bytes.length), 2 * (written + n)));
    block.set(this.bytes.subarray(this.start, this.length));
    this.bytes = block;
    this.start = 0;
    this.length = written;
  }

  /** The current value's bytes; the next value starts after them. */
  take(): Uint8Array {
    const value = this.bytes.subarray(this.start, this.length);
    this.start = this.length;
    return value;
  }
}

/** What a line of hex bytes ended with: the value is complete, or `\` asks for the next line. */
export type HexLineEnd = 'done' | 'continues';

/**
 * Comma-separated bytes (1–2 hex digits each) from `p` to the end of the line, appended to `out`
 * (§4.4, §4.5). A trailing comma is allowed; a `\` where a byte is expected continues the value on the next
 * line; a `;comment` may end the line.
 */
export function readHexBytes(line: Line, p: number, out: ByteBuffer): HexLineEnd {
  const { text, end } = line;
  // A byte takes at least one digit and, but for the last, a comma: at most (rest + 1) / 2 of them.
  out.reserve((end - p + 1) >> 1);
  const bytes = out.bytes;
  for (;;) {
    p = readPlainPairs(text, p, end, out);
    p = skipBlanks(line, p);
    if (p === end) return 'done';
    const c = text.charCodeAt(p);
    if (c === SEMICOLON) return 'done';
    if (c === BACKSLASH) {
      if (!onlyCommentFollows(line, p + 1)) throw lineError(line, 'expected the end of the line after the \\ continuation');
      return 'continues';
    }
    const high = hexDigit(c);
    if (high < 0) throw lineError(line, 'expected a hex byte (two hex digits)');
    const low = p + 1 < end ? hexDigit(text.charCodeAt(p + 1)) : -1;
    if (low < 0) {
      bytes[out.length++] = high;
      p += 1;
    } else {
      if (p + 2 < end && hexDigit(text.charCodeAt(p + 2)) >= 0) throw lineError(line, 'expected a hex byte, found more than two hex digits');
      bytes[out.length++] = high * 16 + low;
      p += 2;
    }
    p = skipBlanks(line, p);
    if (p === end) return 'done';
    const after = text.charCodeAt(p);
    if (after === SEMICOLON) return 'done';
    if (after !== COMMA) throw lineError(line, 'expected , between hex bytes (a \\ continuation must follow a comma)');
    p++;
  }
}

/**
 * The bytes written as regedit writes them — two digits and a comma each, no blanks — from `p` for as
 * long as that layout lasts; returns where it stopped, for readHexBytes's general rules to go on from.
 *
 * Performance (test/bench, .reg import): most of a .reg file is these triples; reading them without the
 * blank skipping and checks of the general loop made the whole parse ≈ 25% faster.
 */
function readPlainPairs(text: string, p: number, end: number, out: ByteBuffer): number {
  const bytes = out.bytes;
  let length = out.length;
  while (p + 2 < end && text.charCodeAt(p + 2) === COMMA) {
    const high = hexDigit(text.charCodeAt(p));
    const low = hexDigit(text.charCodeAt(p + 1));
    if ((high | low) < 0) break;
    bytes[length++] = (high << 4) | low;
    p += 3;
  }
  out.length = length;
  return p;
}
