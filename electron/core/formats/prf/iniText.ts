/**
 * The INI dialect shared by PRF files and MAPISVC.INF (docs/file-formats.md §5.1, docs/mapi-profiles.md §13.1):
 * bytes → text → `[Section]`s of `key=value` entries, every item with its 1-based line.
 *
 * Read as Outlook reads a PRF and MAPI reads MAPISVC.INF: with Windows' INI rules (GetPrivateProfileString;
 * Wine's reimplementation, dlls/kernel32/profile.c PROFILE_Load and PROFILE_Find, shows them line by line):
 * - ANSI (windows-1252), UTF-8 (with or without BOM) or UTF-16LE/BE with a BOM; CRLF, LF or CR line ends.
 * - Blanks around a line are dropped. A line whose first non-blank character is `;` is a comment; `;`
 *   later in a line is part of the value.
 * - `[Name]` starts a section: the name runs to the last `]` of the line (trimmed). Names compare
 *   case-insensitively; a section named again is never read (lookups find the first), so it is ignored.
 * - `key=value`: split at the first `=`; key and value are trimmed at both ends, inner spaces kept
 *   (`PT_STRING8,0x6700   ` in the real OCT sample reads `PT_STRING8,0x6700`). Keys compare
 *   case-insensitively; duplicate keys are kept in order (the real sample's `[IMAP_I_Mail]` has them) and a
 *   lookup reads the first.
 * - Every other line — another comment style (`#`, `//`), text wrapped from the line before, a stray word,
 *   `[Name` without `]`, `=value` without a key, an entry before the first section — is what Windows skips:
 *   ignored, and listed in `ignored` with its line, so the import can say so.
 */
import type { ImportWarning } from '../../../../shared/i18n/importWarnings.js';
import { decodeUtf8Strict } from '../utf8.js';
import { decodeWindows1252 } from '../../../../shared/codecs/windows1252.js';
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

/** Why Windows' INI reader skips a line. */
export type IniIgnoredWhy =
  'notAnEntry' | 'unclosedHeader' | 'emptySectionName' | 'emptyKey' | 'beforeSection' | 'sectionRepeated' | 'keyRepeated';

export interface IniIgnored {
  line: number;
  /** The line, trimmed and cut to 80 characters. */
  text: string;
  why: IniIgnoredWhy;
  /** For `sectionRepeated` / `keyRepeated`: the line of the section or key read instead. */
  first?: number;
}

export interface IniDocument {
  encoding: IniEncoding;
  sections: IniSection[];
  /** The lines Windows would skip, in file order. */
  ignored: IniIgnored[];
}

const EXCERPT_CHARS = 80;

/** The first characters of a line, for error messages. */
export const excerptOf = (text: string): string => (text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS) + '…' : text);

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

/** Text → sections, and the lines Windows' INI reader skips. Never throws. */
export function parseIni(text: string): { sections: IniSection[]; ignored: IniIgnored[] } {
  const sections: IniSection[] = [];
  const ignored: IniIgnored[] = [];
  const seen = new Map<string, number>();
  let current: IniSection | undefined;
  /** Inside a section named before: its lines are never read. */
  let skipping = false;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const t = lines[i]!.trim();
    const skip = (why: IniIgnoredWhy, first?: number) =>
      ignored.push({ line, text: excerptOf(t), why, ...(first === undefined ? {} : { first }) });
    if (t === '' || t.startsWith(';')) continue;
    if (t.startsWith('[')) {
      const close = t.lastIndexOf(']');
      if (close < 0) {
        skip('unclosedHeader');
        continue;
      }
      const name = t.slice(1, close).trim();
      if (name === '') {
        skip('emptySectionName');
        continue;
      }
      const first = seen.get(name.toLowerCase());
      if (first !== undefined) {
        skip('sectionRepeated', first);
        skipping = true;
        continue;
      }
      seen.set(name.toLowerCase(), line);
      current = { name, line, entries: [] };
      sections.push(current);
      skipping = false;
      continue;
    }
    if (skipping) continue;
    const eq = t.indexOf('=');
    if (eq < 0) skip('notAnEntry');
    else if (t.slice(0, eq).trim() === '') skip('emptyKey');
    else if (!current) skip('beforeSection');
    else current.entries.push({ key: t.slice(0, eq).trim(), value: t.slice(eq + 1).trim(), line });
  }
  return { sections, ignored };
}

/** Text → sections (the lines Windows skips dropped). */
export const parseIniLines = (text: string): IniSection[] => parseIni(text).sections;

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
  if (typeof input === 'string') return { encoding: 'utf-8', ...parseIni(input) };
  const { text, encoding } = decodeIniText(input, format);
  return { encoding, ...parseIni(text) };
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

/** An ignored line as an import warning (shared/i18n/importWarnings.ts), in English and French. */
export function ignoredWarning(i: IniIgnored): ImportWarning {
  if (i.why === 'sectionRepeated')
    return { reason: 'iniSectionRepeated', params: { line: i.line, text: i.text, first: String(i.first ?? '') } };
  if (i.why === 'keyRepeated') return { reason: 'iniKeyRepeated', params: { line: i.line, text: i.text, first: String(i.first ?? '') } };
  if (i.why === 'beforeSection') return { reason: 'iniEntryBeforeSection', params: { line: i.line, text: i.text } };
  return { reason: 'iniLineIgnored', params: { line: i.line, text: i.text } };
}
