/**
 * Keys → the bytes of a `.reg` file in a source's own dialect (shared/source.ts RegDialect,
 * docs/file-formats.md §4.1, §4.2):
 *
 * - regedit: the writer of formats/reg (regedit's exact layout: CRLF, `hex:`/`dword:`/strings, wrapped
 *   byte lists) in UTF-16LE for `Version 5.00`, windows-1252 for REGEDIT4; a 5.00 file kept in UTF-8 (it
 *   went through iconv or an editor) is written in UTF-8 again, with its BOM if it had one.
 * - hivexregedit: what `hivexregedit --export` writes — `Version 5.00` in UTF-8, LF line ends, every value
 *   `hex(N):` on one line except `dword:`, a blank line after each key — so that a file that came from
 *   hivex saves back in the form hivex reads (`hivexregedit --merge`).
 */
import type { RegDialect } from '../../../shared/source.js';
import { writeReg } from '../formats/reg/index.js';
import type { RegKey, RegValue } from '../formats/registry.js';

export const REGEDIT_UTF16: RegDialect = { version: '5.00', encoding: 'utf-16le', style: 'regedit' };

export function writeRegDialect(keys: RegKey[], deletedKeys: string[], dialect: RegDialect): Uint8Array {
  if (dialect.style === 'hivexregedit') return hivexStyle(keys, deletedKeys, dialect.encoding === 'utf-8-bom');
  const bytes = writeReg(keys, { version: dialect.version, deletedKeys });
  if (dialect.version === 'REGEDIT4' || dialect.encoding === 'utf-16le') return bytes;
  // A 5.00 file in UTF-8: the same text, re-encoded (writeReg's 5.00 output is UTF-16LE with a BOM).
  const text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const utf8 = new TextEncoder().encode(text);
  return dialect.encoding === 'utf-8-bom' ? concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8) : utf8;
}

function hivexStyle(keys: RegKey[], deletedKeys: string[], bom: boolean): Uint8Array {
  const out: string[] = ['Windows Registry Editor Version 5.00\n\n'];
  for (const path of deletedKeys) out.push(`[-${path}]\n\n`);
  for (const key of keys) {
    out.push(`[${key.path}]\n`);
    for (const v of key.values) out.push(valueLine(v));
    out.push('\n');
  }
  const utf8 = new TextEncoder().encode(out.join(''));
  return bom ? concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8) : utf8;
}

/** hivexregedit's value line: `"name"=dword:xxxxxxxx` for a 4-byte REG_DWORD, else `"name"=hex(N):aa,bb`. */
function valueLine(v: RegValue): string {
  const name = v.name === '' ? '@' : `"${v.name.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  if (v.type === 4 && v.data.length === 8) {
    const le = v.data.match(/../g)!.reverse().join('');
    return `${name}=dword:${le}\n`;
  }
  return `${name}=hex(${v.type.toString(16)}):${(v.data.match(/../g) ?? []).join(',')}\n`;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
