/**
 * `.reg` writer: the bytes Windows regedit exports (docs/file-formats.md §4.2, §4.6; Wine programs/regedit/regproc.c
 * `export_key_name`, `export_value_name`, `export_hex_data`).
 *
 * `Version 5.00`: UTF-16LE with BOM. `REGEDIT4`: windows-1252. Both: CRLF, the header line, a blank line
 * before every `[key]`, a blank line at the end. The text goes into one growing buffer of UTF-16 code units,
 * so a 100 MB export is a few linear passes.
 */
import { FormatError } from '../formatError.js';
import { HEX_DIGITS, HEX_VALUE, fromHex, toHex } from '../hex.js';
import type { RegKey, RegValue } from '../registry.js';
import { ANSI_HEX_TYPES, type RegVersion } from './regFile.js';
import { UNIT_TO_WINDOWS_1252 } from './regText.js';

export interface WriteRegOptions {
  /** Default '5.00' (UTF-16LE), what regedit writes since Windows 2000. */
  version?: RegVersion;
  /** Written first, as `[-KEY]` lines (delete the whole tree before importing the keys). */
  deletedKeys?: string[];
}

const HEADER: Record<RegVersion, string> = { '5.00': 'Windows Registry Editor Version 5.00', REGEDIT4: 'REGEDIT4' };
const CRLF = '\r\n';
/** regproc.c MAX_HEX_CHARS: wrap once the running line length reaches this. */
const MAX_HEX_CHARS = 77;
/** regproc.c hex_concat: `\`, CRLF, then two spaces that start the next line. */
const HEX_CONTINUATION = '\\\r\n  ';

/**
 * Writes keys (and key deletions) as a `.reg` file. Throws FormatError when something cannot be written in
 * the chosen version: a name or path with a line break, or in REGEDIT4 a name, path or REG_EXPAND_SZ /
 * REG_MULTI_SZ text that windows-1252 cannot carry.
 *
 * @example
 * writeFileSync('out.reg', writeReg(toSnapshot(parseReg(bytes)).keys));   // a regedit export: same bytes back
 */
export function writeReg(keys: RegKey[], opts: WriteRegOptions = {}): Uint8Array {
  const version = opts.version ?? '5.00';
  const out = new CharSink(capacityOf(keys, opts.deletedKeys ?? []));
  out.text(HEADER[version] + CRLF);
  for (const path of opts.deletedKeys ?? []) {
    checkPath(path, version);
    out.text(`${CRLF}[-${path}]${CRLF}`);
  }
  for (const key of keys) {
    checkPath(key.path, version);
    out.text(`${CRLF}[${key.path}]${CRLF}`);
    for (const value of key.values) writeValue(out, key.path, value, version);
  }
  out.text(CRLF);
  return version === '5.00' ? out.toUtf16leWithBom() : out.toWindows1252();
}

/**
 * Room for the whole file, overestimated from the keys, so that the buffer is allocated once (growing
 * a 40 MB buffer copies it again at each doubling). Per value: its name escaped, the `=` and quotes,
 * and at most 1.6 units per hex digit (a byte list: 3 units per byte and a continuation every 24 bytes;
 * a string: at most 1 unit per 2 digits, doubled by escaping). Only a size: every write still checks.
 */
function capacityOf(keys: RegKey[], deletedKeys: string[]): number {
  let units = 64;
  for (const path of deletedKeys) units += path.length + 8;
  for (const key of keys) {
    units += key.path.length + 8;
    for (const value of key.values) units += 2 * value.name.length + 24 + Math.ceil(1.75 * value.data.length);
  }
  return units;
}

function writeValue(out: CharSink, path: string, value: RegValue, version: RegVersion): void {
  checkName(path, value.name, version);
  if (!Number.isInteger(value.type) || value.type < 0 || value.type > 0xffffffff) {
    throw new FormatError('reg', {}, 'regWriteValueType', { name: value.name, path, type: value.type });
  }
  const nameToken = value.name === '' ? '@=' : `"${escape(value.name)}"=`;
  out.text(nameToken);

  const text = value.type === 1 ? regSzText(bytesOf(path, value)) : undefined;
  if (text !== undefined && (version === '5.00' || isWindows1252(text))) {
    out.text(`"${escape(text)}"${CRLF}`);
    return;
  }
  if (value.type === 4 && value.data.length === 8) {
    const bytes = bytesOf(path, value);
    const dword = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
    out.text(`dword:${dword.toString(16).padStart(8, '0')}${CRLF}`);
    return;
  }
  let hex = value.data;
  // reg import reads hex(1), hex(2) and hex(7) bytes of an ANSI file as ANSI text and widens them
  // (docs/file-formats.md §4.4): UTF-16LE bytes there would become another string ("H\0é\0…" → "H").
  if (version === 'REGEDIT4' && ANSI_HEX_TYPES.has(value.type)) {
    const ansi = utf16leToWindows1252(bytesOf(path, value));
    if (!ansi) throw valueError('regWriteValueNotAnsi', path, value.name);
    hex = toHex(ansi);
  }
  const typeToken = value.type === 3 ? 'hex:' : `hex(${value.type.toString(16)}):`;
  out.text(typeToken);
  if (!writeHexList(out, hex, nameToken.length + typeToken.length)) throw notHex(path, value);
  out.text(CRLF);
}

/** The value's bytes, for what needs them (text, a dword, windows-1252); a FormatError when its hex is not hex. */
function bytesOf(path: string, value: RegValue): Uint8Array {
  try {
    return fromHex(value.data);
  } catch {
    throw notHex(path, value);
  }
}

function notHex(path: string, value: RegValue): FormatError {
  return valueError('regWriteValueNotHex', path, value.name);
}

/**
 * Writes the bytes of `hex` as a regedit byte list, each byte's two digits copied straight from the string
 * (a RegValue's hex is already the lowercase regedit writes) rather than decoded and re-encoded; false, with
 * the list cut short, when `hex` is not hex of whole bytes. Wrapping is regproc.c export_hex_data's: after
 * each comma the line grows by 3; at ≥ 77, `\` CRLF and two spaces.
 */
function writeHexList(out: CharSink, hex: string, lineLength: number): boolean {
  if (hex.length % 2 !== 0) return false;
  const count = hex.length / 2;
  // Room for the whole list at once: per byte two digits and a comma, and a 5-unit continuation at most
  // every 24 bytes (one more when the line starts long).
  out.reserve(3 * count + 5 * (Math.ceil(count / 24) + 1));
  for (let i = 0; i < count; i++) {
    if (!out.hexPair(hex, 2 * i)) return false;
    if (i === count - 1) break;
    out.reservedUnit(0x2c);
    lineLength += 3;
    if (lineLength >= MAX_HEX_CHARS) {
      out.reservedText(HEX_CONTINUATION);
      lineLength = 2;
    }
  }
  return true;
}

/**
 * The text of a REG_SZ that can be written as `"…"` and read back to the same bytes: whole UTF-16LE code
 * units, exactly one NUL at the end, no line break, no lone surrogate. Anything else is written `hex(1):`.
 */
function regSzText(data: Uint8Array): string | undefined {
  if (data.length < 2 || data.length % 2 !== 0) return undefined;
  const count = data.length / 2 - 1;
  if (data[2 * count] !== 0 || data[2 * count + 1] !== 0) return undefined;
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const unit = data[2 * i]! | (data[2 * i + 1]! << 8);
    if (unit === 0 || unit === 0x0a || unit === 0x0d) return undefined;
    units[i] = unit;
  }
  if (hasLoneSurrogate(units)) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < count; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}

function hasLoneSurrogate(units: Uint16Array): boolean {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u < 0xd800 || u > 0xdfff) continue;
    const next = units[i + 1] ?? 0;
    if (u > 0xdbff || next < 0xdc00 || next > 0xdfff) return true;
    i++;
  }
  return false;
}

function escape(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
}

function isWindows1252(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (UNIT_TO_WINDOWS_1252[text.charCodeAt(i)]! < 0) return false;
  return true;
}

/** UTF-16LE → windows-1252 bytes, one per code unit; undefined when a unit has no windows-1252 byte. */
function utf16leToWindows1252(data: Uint8Array): Uint8Array | undefined {
  if (data.length % 2 !== 0) return undefined;
  const ansi = new Uint8Array(data.length / 2);
  for (let i = 0; i < ansi.length; i++) {
    const byte = UNIT_TO_WINDOWS_1252[data[2 * i]! | (data[2 * i + 1]! << 8)]!;
    if (byte < 0) return undefined;
    ansi[i] = byte;
  }
  return ansi;
}

function checkPath(path: string, version: RegVersion): void {
  const problem =
    path === ''
      ? 'regWriteKeyEmpty'
      : /[\r\n]/.test(path)
        ? 'regWriteKeyLineBreak'
        : /^[-\s]/.test(path)
          ? 'regWriteKeyLeading'
          : path.endsWith('\\')
            ? 'regWriteKeyTrailingBackslash'
            : version === 'REGEDIT4' && !isWindows1252(path)
              ? 'regWriteKeyNotAnsi'
              : undefined;
  if (problem) throw new FormatError('reg', {}, problem, { path });
}

function checkName(path: string, name: string, version: RegVersion): void {
  if (/[\r\n]/.test(name)) throw valueError('regWriteNameLineBreak', path, name);
  if (version === 'REGEDIT4' && !isWindows1252(name)) throw valueError('regWriteNameNotAnsi', path, name);
}

/** A value that cannot be written: `cannot write value "NAME" of [PATH]: …`. */
function valueError(
  reason: 'regWriteValueNotAnsi' | 'regWriteValueNotHex' | 'regWriteNameLineBreak' | 'regWriteNameNotAnsi',
  path: string,
  name: string,
): FormatError {
  return new FormatError('reg', {}, reason, { name, path });
}

/** Whether this machine stores a Uint16Array's units little-endian (every platform Electron ships on does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * A growing buffer of UTF-16 code units, encoded once at the end. `reserved*` writes skip the capacity
 * check: the caller reserved room first (a byte list reserves its whole length at once).
 */
class CharSink {
  /** The units start 2 bytes in, after room for the BOM: on a little-endian machine the buffer is the file. */
  private buffer: ArrayBuffer;
  private units: Uint16Array;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = new ArrayBuffer(2 + 2 * capacity);
    this.units = new Uint16Array(this.buffer, 2, capacity);
  }

  text(s: string): void {
    this.reserve(s.length);
    this.reservedText(s);
  }

  reservedText(s: string): void {
    for (let i = 0; i < s.length; i++) this.units[this.length++] = s.charCodeAt(i);
  }

  reservedUnit(u: number): void {
    this.units[this.length++] = u;
  }

  /** The two hex digits of `hex` at `at`, in lowercase, into reserved room; false (nothing written) when they are not hex digits. */
  hexPair(hex: string, at: number): boolean {
    const high = HEX_VALUE[hex.charCodeAt(at)] ?? -1;
    const low = HEX_VALUE[hex.charCodeAt(at + 1)] ?? -1;
    if (high < 0 || low < 0) return false;
    this.units[this.length++] = HEX_DIGITS[high]!;
    this.units[this.length++] = HEX_DIGITS[low]!;
    return true;
  }

  toUtf16leWithBom(): Uint8Array {
    // The units' own bytes are already UTF-16LE: no copy.
    const bytes = LITTLE_ENDIAN ? new Uint8Array(this.buffer, 0, 2 + 2 * this.length) : new Uint8Array(2 + 2 * this.length);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    if (LITTLE_ENDIAN) return bytes;
    for (let i = 0; i < this.length; i++) {
      const u = this.units[i]!;
      bytes[2 + 2 * i] = u & 0xff;
      bytes[3 + 2 * i] = u >> 8;
    }
    return bytes;
  }

  /** Every unit was checked to be representable before it was written. */
  toWindows1252(): Uint8Array {
    const bytes = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) bytes[i] = UNIT_TO_WINDOWS_1252[this.units[i]!]!;
    return bytes;
  }

  reserve(n: number): void {
    if (this.length + n <= this.units.length) return;
    let size = this.units.length * 2;
    while (size < this.length + n) size *= 2;
    const buffer = new ArrayBuffer(2 + 2 * size);
    const bigger = new Uint16Array(buffer, 2, size);
    bigger.set(this.units.subarray(0, this.length));
    this.buffer = buffer;
    this.units = bigger;
  }
}
