/**
 * `.reg` reader: an explicit line state machine over the file's code units (docs/file-formats.md §4).
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
 * Data is kept as the registry holds it (registry.ts), as hex: REG_SZ text as UTF-16LE + NUL, dword as 4 LE
 * bytes, hex bytes as given — except in a REGEDIT4 file, where hex(1), hex(2) and hex(7) bytes are ANSI and
 * are widened to UTF-16LE (§4.4).
 *
 * Linear in the file size: the reader scans the file's UTF-16 code units (regText.ts: for a regedit export,
 * a view of the file's own bytes, never decoded as a whole); lines are ranges found with indexOf; only names,
 * paths and strings become strings; hex digits are copied into one batch that the values' hex share
 * (HexBatch).
 */
import { FormatError } from '../formatError.js';
import type { RegValue } from '../registry.js';
import { HEX_VALUE, fromHex } from '../hex.js';
import { HexBatch } from './hexBatch.js';
import { readDword, readHexBytes, readHexType, readPlainPairs, readQuoted, writeUtf16z } from './regData.js';
import { ANSI_HEX_TYPES, type RegEntry, type RegFile, type RegKeyEntry, type RegVersion } from './regFile.js';
import { type Line, lineError, onlyCommentFollows, skipBlanks, unitsText } from './regLine.js';
import { type RegEncoding, WINDOWS_1252_TO_UNIT, decodeRegUnits } from './regText.js';

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
    throw new FormatError('reg', {}, 'fileTooLarge', { size: bytes.length, limit: maxBytes });
  }
  const { units, encoding } = decodeRegUnits(bytes);
  return new RegParser(units, encoding).parse();
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
const LF = 0x0a;
const CLOSE_BRACKET = 0x5d;
/** regedit wraps its byte lists before 80 characters (25 `hh,` triples); more on a line takes the general path. */
const REGEDIT_LINE_TRIPLES = 31;
const COLON = 0x3a;

/** The value being read across `\` continuation lines. */
interface PendingHex {
  value: RegValue;
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
  private readonly hex = new HexBatch();
  private readonly names = new NameCache();
  private readonly entries: RegEntry[] = [];

  constructor(
    private readonly units: Uint16Array,
    private readonly encoding: RegEncoding,
  ) {
    this.line = { units, start: 0, end: 0, number: 0 };
  }

  parse(): RegFile {
    this.version = this.readHeader();
    for (;;) {
      if (this.state === 'HEX' && this.regeditContinuation()) continue;
      if (!this.nextLine()) break;
      this.step();
    }
    if (this.state === 'HEX') {
      throw lineError(this.line, 'regHexUnfinished', { start: this.pending!.line });
    }
    this.hex.flush();
    return { version: this.version, encoding: this.encoding, entries: this.entries };
  }

  /** Moves `this.line` to the next line; false at the end of the file. */
  private nextLine(): boolean {
    const { units } = this;
    if (this.pos >= units.length) return false;
    let newline = units.indexOf(LF, this.pos);
    if (newline < 0) newline = units.length;
    let end = newline;
    if (end > this.pos && units[end - 1] === CR) end--;
    this.line.start = this.pos;
    this.line.end = end;
    this.line.number++;
    this.pos = newline + 1;
    return true;
  }

  private readHeader(): RegVersion {
    if (!this.nextLine()) throw new FormatError('reg', { line: 1, excerpt: '' }, 'regHeader');
    const line = this.line;
    const found = unitsText(this.units, skipBlanks(line, line.start), line.end);
    if (found === HEADER_5) return '5.00';
    if (found === HEADER_4) return 'REGEDIT4';
    throw lineError(line, 'regHeader');
  }

  private step(): void {
    if (this.state === 'HEX') return this.continueHex();
    const line = this.line;
    const p = skipBlanks(line, line.start);
    if (p === line.end) return;
    const c = this.units[p];
    if (c === SEMICOLON || c === HASH) return;
    if (c === OPEN_BRACKET) return this.keyLine(p);
    if (c === QUOTE || c === AT) return this.valueLine(p);
    throw lineError(line, 'regLineStart');
  }

  private keyLine(p: number): void {
    const { line, units } = this;
    const deletion = p + 1 < line.end && units[p + 1] === MINUS;
    const nameStart = p + (deletion ? 2 : 1);
    const close = lastCloseBracket(line);
    if (close < nameStart) throw lineError(line, 'regKeyClose');
    if (!onlyCommentFollows(line, close + 1)) throw lineError(line, 'regAfterKey');
    const first = units[nameStart];
    if (first === SPACE || first === TAB) throw lineError(line, 'regKeySpace');
    const pathEnd = close > nameStart && units[close - 1] === BACKSLASH ? close - 1 : close;
    const path = unitsText(units, nameStart, pathEnd);
    if (path === '') throw lineError(line, 'regKeyEmpty');
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
    const { line, units } = this;
    if (this.state === 'NO_KEY') throw lineError(line, 'regValueBeforeKey');
    let name = '';
    if (units[p] === AT) {
      p++;
    } else {
      const quoted = this.names.read(line, p);
      name = quoted.value;
      p = quoted.next;
    }
    p = skipBlanks(line, p);
    if (p === line.end || units[p] !== EQUALS) throw lineError(line, 'regExpectedEquals');
    p = skipBlanks(line, p + 1);
    this.valueData(name, p);
  }

  private valueData(name: string, p: number): void {
    const { line, units } = this;
    const c = p < line.end ? units[p] : -1;
    if (c === MINUS) {
      if (!onlyCommentFollows(line, p + 1)) throw lineError(line, 'regAfterDelete');
      // After `[-KEY]` there is no key, and the op is dropped (§4.3).
      this.key?.ops.push({ kind: 'delete', line: line.number, name });
      return;
    }
    if (c === QUOTE) {
      const quoted = readQuoted(line, p);
      if (!onlyCommentFollows(line, quoted.next)) throw lineError(line, 'regAfterString');
      this.hex.reset();
      writeUtf16z(quoted.value, this.hex);
      return this.addValue({ name, type: 1, data: '' }, line.number);
    }
    if (startsWithLetters(line, p, 'dword') && p + 5 < line.end && units[p + 5] === COLON) {
      this.hex.reset();
      readDword(line, p + 6, this.hex);
      return this.addValue({ name, type: 4, data: '' }, line.number);
    }
    if (startsWithLetters(line, p, 'hex')) {
      const { type, next } = readHexType(line, p);
      this.hex.reset();
      this.pending = { value: { name, type, data: '' }, line: line.number };
      if (readHexBytes(line, next, this.hex) === 'continues') {
        this.valueState = this.state === 'DELETED_KEY' ? 'DELETED_KEY' : 'KEY';
        this.state = 'HEX';
      } else {
        this.finishHex();
      }
      return;
    }
    throw lineError(line, 'regValueData');
  }

  /**
   * A continuation line exactly as regedit writes it — two spaces, `hh,` triples, then `\` or a last `hh`,
   * then CRLF — read in the same pass that finds its end; false, with nothing consumed or recorded, for any
   * other line, which nextLine and the general rules (continueHex) then read.
   *
   * Performance (test/bench, .reg import): nearly half of a regedit export's characters are on these lines;
   * finding each line's end first (nextLine) and then reading its bytes went over them twice.
   */
  private regeditContinuation(): boolean {
    const { units, hex, line } = this;
    const start = this.pos;
    let p = start;
    if (units[p] !== SPACE || units[p + 1] !== SPACE) return false;
    p += 2;
    hex.reserve(2 * (REGEDIT_LINE_TRIPLES + 1));
    const mark = hex.length;
    p = readPlainPairs(units, p, Math.min(units.length, p + 3 * REGEDIT_LINE_TRIPLES), hex);
    let done = false;
    if (units[p] === BACKSLASH && units[p + 1] === CR && units[p + 2] === LF) {
      p += 1;
    } else if (
      p + 3 < units.length &&
      (HEX_VALUE[units[p]!]! | HEX_VALUE[units[p + 1]!]!) >= 0 &&
      units[p + 2] === CR &&
      units[p + 3] === LF
    ) {
      hex.digits[hex.length++] = units[p]! | 0x20;
      hex.digits[hex.length++] = units[p + 1]! | 0x20;
      p += 2;
      done = true;
    } else {
      // Not regedit's layout: the digits copied are dropped, and the general rules read the line.
      hex.length = mark;
      return false;
    }
    // `p` is at the CR: the line is read, as nextLine would have delimited it (errors at the end of the file
    // show it).
    line.start = start;
    line.end = p;
    line.number++;
    this.pos = p + 2;
    if (done) {
      this.state = this.valueState;
      this.finishHex();
    }
    return true;
  }

  /** A line inside a `\`-continued byte list: more bytes, or a `;` comment line (§4.5). */
  private continueHex(): void {
    const { line, units } = this;
    const p = skipBlanks(line, line.start);
    const c = p < line.end ? units[p]! : -1;
    if (c === SEMICOLON) return;
    if (c !== BACKSLASH && (c < 0 || HEX_VALUE[c]! < 0)) {
      throw lineError(line, 'regHexContinuation', { start: this.pending!.line });
    }
    if (readHexBytes(line, p, this.hex) === 'done') {
      this.state = this.valueState;
      this.finishHex();
    }
  }

  private finishHex(): void {
    const { value, line } = this.pending!;
    this.pending = undefined;
    if (this.version === 'REGEDIT4' && ANSI_HEX_TYPES.has(value.type)) this.widenAnsi();
    this.addValue(value, line);
  }

  /** REGEDIT4 hex(1)/hex(2)/hex(7) bytes are windows-1252; the registry holds them as UTF-16LE (§4.4). */
  private widenAnsi(): void {
    const ansi = fromHex(this.hex.current());
    this.hex.reset();
    this.hex.reserve(4 * ansi.length);
    for (const b of ansi) this.hex.unit(WINDOWS_1252_TO_UNIT[b]!);
  }

  /**
   * The value's data is complete in the HexBatch: it is recorded under the current key. After `[-KEY]`
   * there is none (§4.3): the op is dropped, and its digits too, so that a file of deleted keys takes no
   * room for them.
   */
  private addValue(value: RegValue, line: number): void {
    if (!this.key) return this.hex.reset();
    this.hex.finish(value);
    this.key.ops.push({ kind: 'set', line, value });
  }
}

/**
 * Whether the line has `word` (lower-case ASCII letters) at `p`, in any case. Compares code units in place:
 * a sliced, lower-cased prefix per value line was a string pair to collect for each of them.
 */
function startsWithLetters(line: Line, p: number, word: string): boolean {
  if (p + word.length > line.end) return false;
  for (let i = 0; i < word.length; i++) if ((line.units[p + i]! | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** The last `]` on the line, or -1. */
function lastCloseBracket(line: Line): number {
  for (let i = line.end - 1; i >= line.start; i--) if (line.units[i] === CLOSE_BRACKET) return i;
  return -1;
}

/**
 * Value names as strings, each spelling made once per file: an Outlook profile repeats the same few
 * hundred property tags (`"001f3001"`) in every section.
 *
 * Performance (test/bench, .reg import): 150,000 name strings became a few hundred; the merge and the
 * model then lower-case and hash those same strings, which V8 caches on them.
 */
class NameCache {
  private readonly byHash = new Map<number, string>();

  /** readQuoted, with the name taken from the cache when this spelling was met before. */
  read(line: Line, p: number): { value: string; next: number } {
    const { units, end } = line;
    let hash = 0;
    for (let i = p + 1; i < end; i++) {
      const c = units[i]!;
      if (c === QUOTE) return { value: this.cached(units, p + 1, i, hash), next: i + 1 };
      if (c === BACKSLASH) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    return readQuoted(line, p);
  }

  private cached(units: Uint16Array, start: number, end: number, hash: number): string {
    const known = this.byHash.get(hash);
    if (known !== undefined && sameUnits(known, units, start, end)) return known;
    const name = unitsText(units, start, end);
    this.byHash.set(hash, name);
    return name;
  }
}

function sameUnits(s: string, units: Uint16Array, start: number, end: number): boolean {
  if (s.length !== end - start) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== units[start + i]) return false;
  return true;
}
