/**
 * `.reg` reader: an explicit line state machine over the decoded text (file-formats.md §4).
 *
 * Grammar (one line at a time; `ws` = spaces and tabs, ignored at the start of every line; CRLF or LF):
 *
 *   file         := header-line line*
 *   header-line  := ws* ("Windows Registry Editor Version 5.00" | "REGEDIT4")         §4.1, exactly
 *   line         := blank | comment | key | key-deletion | value
 *   blank        := ws*
 *   comment      := ws* (";" | "#") any*                                             §4.5
 *   key          := "[" path "]" ws* (";" any*)?           path: no ws first, a final "\" is dropped  §4.3
 *   key-deletion := "[-" path "]" ws* (";" any*)?          later value lines are ignored, as regedit does
 *   value        := name ws* "=" ws* data                  only after a key line              §4.4
 *   name         := "@" | quoted                           `""` is the default value too
 *   quoted       := '"' (char | "\\" | '\"')* '"'         other backslashes are kept as they are
 *   data         := "-" tail                               delete the value
 *                 | quoted tail                            REG_SZ
 *                 | "dword:" hex{1,8} tail                 REG_DWORD
 *                 | ("hex:" | "hex(" hex{1,8} "):") bytes  REG_BINARY / type N
 *   tail         := ws* (";" any*)?
 *   bytes        := ws* (byte ws* "," ws*)* byte? ws* (";" any* | "\" tail NEWLINE continuation)?
 *   byte         := hex{1,2}
 *   continuation := (ws* ";" any* NEWLINE)* ws* bytes     a "\" only where a byte may start    §4.5
 *
 * States: NO_KEY (before the first key line: a value is an error), KEY (values are recorded), DELETED_KEY
 * (after `[-…]`: values are checked, then ignored) and HEX (inside a `\`-continued byte list).
 *
 * Data is stored as the registry holds it (registry.ts): REG_SZ text as UTF-16LE + NUL, dword as 4 LE bytes,
 * hex bytes as given — except in a REGEDIT4 file, where hex(2) and hex(7) bytes are ANSI and are widened to
 * UTF-16LE (§4.4).
 *
 * Linear in the file size: lines are ranges found with indexOf, data is scanned with charCodeAt, hex bytes go
 * through a lookup table straight into blocks that the values' bytes share (ByteBuffer).
 */
import { FormatError } from '../formatError.js';
import type { RegValue } from '../registry.js';
import { ByteBuffer, readDword, readHexBytes, readHexType, readQuoted } from './regData.js';
import type { RegEntry, RegFile, RegKeyEntry, RegValueOp, RegVersion } from './regFile.js';
import { type Line, hexDigit, lineError, onlyCommentFollows, skipBlanks } from './regLine.js';
import { type RegEncoding, WINDOWS_1252_TO_UNIT, decodeRegText } from './regText.js';

export interface ParseRegOptions {
  /** Files larger than this are refused before decoding. Default 512 MiB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_REG_BYTES = 512 * 1024 * 1024;

const HEADER_5 = 'Windows Registry Editor Version 5.00';
const HEADER_4 = 'REGEDIT4';

/**
 * Parses a whole `.reg` file. Throws FormatError (with the 1-based line) on anything regedit would refuse.
 *
 * @example
 * const file = parseReg(readFileSync('outlook.reg'));   // any of the encodings of regText.ts
 * const { keys, deletedKeys } = toSnapshot(file);
 * @see toSnapshot in regSnapshot.ts, writeReg in regWriter.ts
 */
export function parseReg(bytes: Uint8Array, opts: ParseRegOptions = {}): RegFile {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_REG_BYTES;
  if (bytes.length > maxBytes) {
    throw new FormatError('reg', `file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  }
  const { text, encoding } = decodeRegText(bytes);
  return new RegParser(text, encoding).parse();
}

type State = 'NO_KEY' | 'KEY' | 'DELETED_KEY' | 'HEX';

const SEMICOLON = 0x3b;
const HASH = 0x23;
const OPEN_BRACKET = 0x5b;
const QUOTE = 0x22;
const AT = 0x40;
const EQUALS = 0x3d;
const MINUS = 0x2d;
const BACKSLASH = 0x5c;
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const COLON = 0x3a;

/** The value being read across `\` continuation lines. */
interface PendingHex {
  name: string;
  type: number;
  line: number;
}

class RegParser {
  private pos = 0;
  private readonly line: Line;
  private version: RegVersion = '5.00';
  private state: State = 'NO_KEY';
  /** The state to go back to when a continued hex value ends. */
  private valueState: 'KEY' | 'DELETED_KEY' = 'KEY';
  private key: RegKeyEntry | undefined;
  private pending: PendingHex | undefined;
  private readonly hex = new ByteBuffer();
  private readonly entries: RegEntry[] = [];

  constructor(
    private readonly text: string,
    private readonly encoding: RegEncoding,
  ) {
    this.line = { text, start: 0, end: 0, number: 0 };
  }

  parse(): RegFile {
    this.version = this.readHeader();
    while (this.nextLine()) this.step();
    if (this.state === 'HEX') {
      throw lineError(this.line, `expected more hex bytes after the \\ of the value on line ${this.pending!.line}, found the end of the file`);
    }
    return { version: this.version, encoding: this.encoding, entries: this.entries };
  }

  /** Moves `this.line` to the next line; false at the end of the text. */
  private nextLine(): boolean {
    const { text } = this;
    if (this.pos >= text.length) return false;
    let newline = text.indexOf('\n', this.pos);
    if (newline < 0) newline = text.length;
    let end = newline;
    if (end > this.pos && text.charCodeAt(end - 1) === CR) end--;
    this.line.start = this.pos;
    this.line.end = end;
    this.line.number++;
    this.pos = newline + 1;
    return true;
  }

  private readHeader(): RegVersion {
    const expected = `expected the header "${HEADER_5}" or "${HEADER_4}" on the first line`;
    if (!this.nextLine()) throw new FormatError('reg', expected, { line: 1, excerpt: '' });
    const line = this.line;
    const found = this.text.slice(skipBlanks(line, line.start), line.end);
    if (found === HEADER_5) return '5.00';
    if (found === HEADER_4) return 'REGEDIT4';
    throw lineError(line, expected);
  }

  private step(): void {
    if (this.state === 'HEX') return this.continueHex();
    const line = this.line;
    const p = skipBlanks(line, line.start);
    if (p === line.end) return;
    const c = this.text.charCodeAt(p);
    if (c === SEMICOLON || c === HASH) return;
    if (c === OPEN_BRACKET) return this.keyLine(p);
    if (c === QUOTE || c === AT) return this.valueLine(p);
    throw lineError(line, 'expected [KEY], "name"=value, @=value, a ;comment or a blank line');
  }

  private keyLine(p: number): void {
    const { line, text } = this;
    const deletion = p + 1 < line.end && text.charCodeAt(p + 1) === MINUS;
    const nameStart = p + (deletion ? 2 : 1);
    const close = text.lastIndexOf(']', line.end - 1);
    if (close < nameStart) throw lineError(line, 'expected ] at the end of the key name');
    if (!onlyCommentFollows(line, close + 1)) throw lineError(line, 'expected nothing but a ;comment after the ] of the key');
    const first = text.charCodeAt(nameStart);
    if (first === SPACE || first === TAB) throw lineError(line, 'expected the key name right after [ (no space)');
    const pathEnd = close > nameStart && text.charCodeAt(close - 1) === BACKSLASH ? close - 1 : close;
    const path = text.slice(nameStart, pathEnd);
    if (path === '') throw lineError(line, 'expected a key name inside [ ]');
    if (deletion) {
      this.entries.push({ kind: 'deleteKey', path, line: line.number });
      this.key = undefined;
      this.state = 'DELETED_KEY';
    } else {
      this.key = { kind: 'key', path, line: line.number, ops: [] };
      this.entries.push(this.key);
      this.state = 'KEY';
    }
  }

  private valueLine(p: number): void {
    const { line, text } = this;
    if (this.state === 'NO_KEY') throw lineError(line, 'expected a [KEY] line before the first value');
    let name = '';
    if (text.charCodeAt(p) === AT) {
      p++;
    } else {
      const quoted = readQuoted(line, p);
      name = quoted.value;
      p = quoted.next;
    }
    p = skipBlanks(line, p);
    if (p === line.end || text.charCodeAt(p) !== EQUALS) throw lineError(line, 'expected = after the value name');
    p = skipBlanks(line, p + 1);
    this.valueData(name, p);
  }

  private valueData(name: string, p: number): void {
    const { line, text } = this;
    const c = p < line.end ? text.charCodeAt(p) : -1;
    if (c === MINUS) {
      if (!onlyCommentFollows(line, p + 1)) throw lineError(line, 'expected nothing but a ;comment after =-');
      return this.addOp({ kind: 'delete', line: line.number, name });
    }
    if (c === QUOTE) {
      const quoted = readQuoted(line, p);
      if (!onlyCommentFollows(line, quoted.next)) throw lineError(line, 'expected nothing but a ;comment after the closing "');
      return this.setValue({ name, type: 1, data: utf16z(quoted.value) });
    }
    if (startsWithLetters(line, p, 'dword') && p + 5 < line.end && text.charCodeAt(p + 5) === COLON) {
      return this.setValue({ name, type: 4, data: readDword(line, p + 6) });
    }
    if (startsWithLetters(line, p, 'hex')) {
      const { type, next } = readHexType(line, p);
      this.hex.reset();
      this.pending = { name, type, line: line.number };
      if (readHexBytes(line, next, this.hex) === 'continues') {
        this.valueState = this.state === 'DELETED_KEY' ? 'DELETED_KEY' : 'KEY';
        this.state = 'HEX';
      } else {
        this.finishHex();
      }
      return;
    }
    throw lineError(line, 'expected "string", dword:, hex:, hex(N): or - after =');
  }

  /** A line inside a `\`-continued byte list: more bytes, or a `;` comment line (§4.5). */
  private continueHex(): void {
    const { line, text } = this;
    const p = skipBlanks(line, line.start);
    const c = p < line.end ? text.charCodeAt(p) : -1;
    if (c === SEMICOLON) return;
    if (c !== BACKSLASH && hexDigit(c) < 0) {
      throw lineError(line, `expected hex bytes continuing the value from line ${this.pending!.line}`);
    }
    if (readHexBytes(line, p, this.hex) === 'done') {
      this.state = this.valueState;
      this.finishHex();
    }
  }

  private finishHex(): void {
    const { name, type, line } = this.pending!;
    this.pending = undefined;
    let data = this.hex.take();
    if (this.version === 'REGEDIT4' && (type === 2 || type === 7)) data = ansiToUtf16le(data);
    this.addOp({ kind: 'set', line, value: { name, type, data } });
  }

  private setValue(value: RegValue): void {
    this.addOp({ kind: 'set', line: this.line.number, value });
  }

  /** Records the op under the current key; after `[-KEY]` there is none and the op is dropped (§4.3). */
  private addOp(op: RegValueOp): void {
    this.key?.ops.push(op);
  }
}

/**
 * Whether the line has `word` (lower-case ASCII letters) at `p`, in any case. Compares code units in place:
 * a sliced, lower-cased prefix per value line was a string pair to collect for each of them.
 */
function startsWithLetters(line: Line, p: number, word: string): boolean {
  if (p + word.length > line.end) return false;
  for (let i = 0; i < word.length; i++) if ((line.text.charCodeAt(p + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** A REG_SZ as the registry holds it: UTF-16LE code units and a terminating NUL. */
function utf16z(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2 + 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytes;
}

/** REGEDIT4 hex(2)/hex(7) bytes are windows-1252; the registry holds them as UTF-16LE (§4.4). */
function ansiToUtf16le(ansi: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(ansi.length * 2);
  for (let i = 0; i < ansi.length; i++) {
    const unit = WINDOWS_1252_TO_UNIT[ansi[i]!]!;
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytes;
}
