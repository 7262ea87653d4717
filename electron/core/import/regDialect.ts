/**
 * How a `.reg` file was written, so that a save writes it back the same way (docs/file-formats.md §4.1,
 * §4.2): regedit's `Version 5.00` (UTF-16LE, CRLF), REGEDIT4 (ANSI, CRLF), or hivexregedit's export
 * (`Version 5.00` in UTF-8 or ASCII with LF line ends, every value as `hex(N):` on one line).
 */
import type { RegFile } from '../formats/reg/regFile.js';
import type { RegDialect } from '../../../shared/source.js';

export function regDialectOf(file: RegFile, bytes: Uint8Array): RegDialect {
  const utf8 = file.encoding === 'utf-8' || file.encoding === 'utf-8-bom';
  const lfOnly = utf8 && !hasCrLf(bytes);
  return { version: file.version, encoding: file.encoding, style: file.version === '5.00' && lfOnly ? 'hivexregedit' : 'regedit' };
}

/** A CR LF pair in the first line break (a UTF-8 or ANSI file: one byte per ASCII character). */
function hasCrLf(bytes: Uint8Array): boolean {
  const lf = bytes.indexOf(0x0a);
  return lf > 0 && bytes[lf - 1] === 0x0d;
}
