/**
 * The INI dialect shared by PRF files and MAPISVC.INF (docs/file-formats.md §5.1, docs/mapi-profiles.md §13.1):
 * bytes → text → `[Section]`s of `key=value` entries, every item with its 1-based line.
 *
 * Rules, close to what Windows' GetPrivateProfileString reads:
 * - ANSI (windows-1252), UTF-8 (with or without BOM) or UTF-16LE/BE with a BOM; CRLF, LF or CR line ends.
 * - A line whose first non-blank character is `;` is a comment; `;` later in a line is part of the value.
 * - `[Name]` starts a section; the name is trimmed. Section names are unique (compared case-insensitively).
 * - `key=value`: split at the first `=`; key and value are trimmed at both ends, inner spaces kept
 *   (`PT_STRING8,0x6700   ` in the real OCT sample reads `PT_STRING8,0x6700`).
 * - Duplicate keys within a section are kept, in order (the real sample's `[IMAP_I_Mail]` has them).
 * - Anything else — text that is neither, an entry before the first header — is a FormatError with the line.
 */
import { decodeUtf8Strict } from '../utf8.js';
import { decodeWindows1252 } from '../windows1252.js';
import { FormatError } from '../formatError.js';

export type IniFormat = 'prf' | 'mapisvc';
export type IniEncoding = 'utf-16le' | 'utf-16be' | 'utf-8-bom' | 'utf-8' | 'windows-1252';

export interface IniEntry {
  key: string;
  value: string;
  /** 1-based line in the file. */
  line: number;
}

export interface IniSection {
  /** As written, trimmed; match names case-insensitively. */
  name: string;
  line: number;
  entries: IniEntry[];
}

export interface IniDocument {
  encoding: IniEncoding;
  sections: IniSection[];
}

const EXCERPT_CHARS = 80;

/** The first characters of a line, for error messages. */
export const excerptOf = (text: string): string =>
  text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS) + '…' : text;

/** Bytes → text. A BOM is not part of the text. Bytes that are not valid UTF-8 are read as windows-1252. */
export function decodeIniText(bytes: Uint8Array, format: IniFormat): { text: string; encoding: IniEncoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes, 2, true, format), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes, 2, false, format), encoding: 'utf-16be' };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    return { text: decodeUtf8Strict(rest) ?? decodeWindows1252(rest), encoding: 'utf-8-bom' };
  }
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** Text → sections. Throws FormatError(format) with the line of the first line it cannot read. */
export function parseIniLines(text: string, format: IniFormat): IniSection[] {
  const sections: IniSection[] = [];
  const seen = new Map<string, number>();
  let current: IniSection | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    const t = raw.trim();
    if (t === '' || t.startsWith(';')) continue;
    if (t.startsWith('[')) {
      if (!t.endsWith(']')) {
        throw new FormatError(format, { line, excerpt: excerptOf(raw) }, 'iniSectionClose');
      }
      const name = t.slice(1, -1).trim();
      if (name === '') throw new FormatError(format, { line, excerpt: excerptOf(raw) }, 'iniSectionEmpty');
      const folded = name.toLowerCase();
      const first = seen.get(folded);
      if (first !== undefined) {
        throw new FormatError(format, { line, excerpt: excerptOf(raw) }, 'iniSectionTwice', { name, first });
      }
      seen.set(folded, line);
      current = { name, line, entries: [] };
      sections.push(current);
      continue;
    }
    const eq = t.indexOf('=');
    if (eq < 0) {
      throw new FormatError(format, { line, excerpt: excerptOf(raw) }, 'iniLine');
    }
    const key = t.slice(0, eq).trim();
    if (key === '') throw new FormatError(format, { line, excerpt: excerptOf(raw) }, 'iniEntryNoName');
    if (!current) {
      throw new FormatError(format, { line, excerpt: excerptOf(raw) }, 'iniEntryBeforeSection', { key });
    }
    current.entries.push({ key, value: t.slice(eq + 1).trim(), line });
  }
  return sections;
}

/** Default size limit of PRF and MAPISVC.INF files (real ones are a few KB). */
export const DEFAULT_MAX_INI_BYTES = 64 * 1024 * 1024;

export interface ReadIniOptions {
  /** Inputs larger than this (bytes, or UTF-16 units for text) are refused before decoding. */
  maxBytes?: number;
}

/** Bytes (or already decoded text) → an INI document. */
export function readIni(input: Uint8Array | string, format: IniFormat, options: ReadIniOptions = {}): IniDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INI_BYTES;
  if (input.length > maxBytes) {
    throw new FormatError(format, { line: 1, excerpt: '' }, 'fileTooLarge', { size: input.length, limit: maxBytes });
  }
  if (typeof input === 'string') return { encoding: 'utf-8', sections: parseIniLines(input, format) };
  const { text, encoding } = decodeIniText(input, format);
  return { encoding, sections: parseIniLines(text, format) };
}

/** The section called `name`, compared case-insensitively. */
export const findSection = (sections: readonly IniSection[], name: string): IniSection | undefined => {
  const folded = name.toLowerCase();
  return sections.find((s) => s.name.toLowerCase() === folded);
};

/** UTF-16 code units copied as they are (a lone surrogate survives, TextDecoder would replace it). */
function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean, format: IniFormat): string {
  if ((bytes.length - start) % 2 !== 0) {
    throw new FormatError(format, { offset: bytes.length - 1 }, 'iniOddUtf16', { size: bytes.length });
  }
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let b = start; b < bytes.length; b += CHUNK * 2) {
    const end = Math.min(bytes.length, b + CHUNK * 2);
    const units = new Uint16Array((end - b) / 2);
    for (let j = 0; j < units.length; j++) {
      const lo = bytes[b + 2 * j]!;
      const hi = bytes[b + 2 * j + 1]!;
      units[j] = littleEndian ? lo | (hi << 8) : (lo << 8) | hi;
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

