/**
 * Which reader a file needs, from its first bytes, never from its name alone: a hive starts with
 * `regf` (docs/file-formats.md §6.1); a .reg file's first line is one of the two regedit headers (§4.1),
 * in UTF-16LE, UTF-8 or ANSI; a PRF is an INI file with a `[General]` section (§5.1).
 */
import { FormatError } from '../formats/formatError.js';

export type FileFormat = 'reg' | 'hive' | 'prf';

const REGF = [0x72, 0x65, 0x67, 0x66];

export function detectFormat(bytes: Uint8Array): FileFormat {
  if (REGF.every((b, i) => bytes[i] === b)) return 'hive';
  const head = headText(bytes);
  if (/^[ \t]*(Windows Registry Editor Version 5\.00|REGEDIT4)\s*$/m.test(head.split(/\r?\n/, 1)[0] ?? '')) return 'reg';
  if (/^\s*\[General\]\s*$/im.test(head)) return 'prf';
  throw new FormatError('detect', { offset: 0 }, 'detectUnknown');
}

/** The first few KB as text, whatever the encoding (a UTF-16LE BOM or byte pattern, else Latin-1). */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 8192);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head.length > 3 && head[1] === 0 && head[3] === 0);
  let text = new TextDecoder(utf16 ? 'utf-16le' : 'latin1').decode(head);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.startsWith('\u00ef\u00bb\u00bf')) text = text.slice(3);
  return text;
}
