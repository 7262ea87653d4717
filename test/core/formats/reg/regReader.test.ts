/**
 * What parseReg and toSnapshot make of each construct of docs/file-formats.md §4: encodings, data semantics,
 * continuations, comments, deletions and merging.
 */
import { describe, expect, it } from 'vitest';
import { formatErrorOf } from '../../../helpers/formatErrorOf.js';
import { parseReg, toSnapshot } from '../../../../electron/core/formats/reg/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
function utf16leBom(s: string): Uint8Array {
  const out = new Uint8Array(2 + 2 * s.length);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + 2 * i);
  return out;
}

const V5 = 'Windows Registry Editor Version 5.00\r\n\r\n';
const K = '[HKEY_CURRENT_USER\\Software\\Test]\r\n';

/** The values of the only key of a file with these value lines, as [name, type, hex]. REGEDIT4 is ANSI. */
function values(lines: string, header = V5): [string, number, string][] {
  const encode = header.startsWith('REGEDIT4') ? latin : utf8;
  const keys = toSnapshot(parseReg(encode(header + K + lines))).keys;
  return keys[0]!.values.map((v) => [v.name, v.type, v.data]);
}

describe('encodings (§4.2)', () => {
  it('reads UTF-16LE with BOM, UTF-8 with and without BOM, and windows-1252', () => {
    const text = V5 + K + '"é"="ü"\r\n';
    const expected = [{ name: 'é', type: 1, data: 'fc000000' }];
    const cases: [Uint8Array, string][] = [
      [utf16leBom(text), 'utf-16le'],
      [new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8-bom'],
      [utf8(text), 'utf-8'],
      [latin(text), 'windows-1252'],
    ];
    for (const [bytes, encoding] of cases) {
      const file = parseReg(bytes);
      expect(file.encoding).toBe(encoding);
      expect(toSnapshot(file).keys[0]!.values).toEqual(expected);
    }
  });

  it('reads a REGEDIT4 file without BOM as windows-1252 even when its bytes are also valid UTF-8', () => {
    const file = parseReg(latin('REGEDIT4\r\n\r\n' + K + '"n"="Ã©"\r\n'));
    expect(file.encoding).toBe('windows-1252');
    expect(toSnapshot(file).keys[0]!.values[0]!.data).toBe('c300a9000000');
  });
});

describe('values (§4.4)', () => {
  it('stores REG_SZ as UTF-16LE + NUL, with only \\\\ and \\" as escapes', () => {
    expect(values('"a"="x\\\\y\\"z"\r\n"b"=""\r\n"c"="C:\\temp"\r\n')).toEqual([
      ['a', 1, '78005c00790022007a000000'],
      ['b', 1, '0000'],
      ['c', 1, '43003a005c00740065006d0070000000'],
    ]);
  });

  it('takes @ and "" as the default value, spaces around =, and ;comments after the data', () => {
    expect(values('@ = "d" ;c\r\n')).toEqual([['', 1, '64000000']]);
    expect(values('""="d"\r\n')).toEqual([['', 1, '64000000']]);
  });

  it('stores dword: (1 to 8 digits, any case) as 4 LE bytes, with a ;comment allowed after', () => {
    expect(values('"a"=dword:1 ;one\r\n"b"=DWORD:ABCDEF12\r\n"c"=dword:ffffffff\r\n')).toEqual([
      ['a', 4, '01000000'],
      ['b', 4, '12efcdab'],
      ['c', 4, 'ffffffff'],
    ]);
  });

  it('stores hex: and hex(N): bytes as given, for any 32-bit N; empty data and a trailing comma are allowed', () => {
    expect(values('"a"=hex:\r\n"b"=hex(ffffffff):1,0A,\r\n"c"=hex(0):00\r\n"d"=hex(b): 01 , 02\r\n')).toEqual([
      ['a', 3, ''],
      ['b', 0xffffffff, '010a'],
      ['c', 0, '00'],
      ['d', 11, '0102'],
    ]);
  });

  it('widens REGEDIT4 hex(2)/hex(7) ANSI bytes to UTF-16LE, and leaves 5.00 hex(2) as given', () => {
    const lines = '"e"=hex(2):41,e9,00\r\n"m"=hex(7):41,00,00\r\n"s"="\u00e9"\r\n';
    expect(values(lines, 'REGEDIT4\r\n\r\n')).toEqual([
      ['e', 2, '4100e9000000'],
      ['m', 7, '410000000000'],
      ['s', 1, 'e9000000'],
    ]);
    expect(values('"e"=hex(2):41,e9,00\r\n')).toEqual([['e', 2, '41e900']]);
  });
});

describe('continuations and comments (§4.5)', () => {
  it('joins \\-continued hex lines, skipping leading blanks and ;comment lines, with a ;comment after the \\', () => {
    const lines = '"a"=hex:01,02,\\ ;more\r\n  ; a comment line\r\n\t03,\\\n    04\r\n"b"=dword:2\r\n';
    expect(values(lines)).toEqual([
      ['a', 3, '01020304'],
      ['b', 4, '02000000'],
    ]);
    const op = (parseReg(utf8(V5 + K + lines)).entries[0] as { ops: { line: number }[] }).ops;
    expect(op.map((o) => o.line)).toEqual([4, 8]);
  });

  it('reads a value alike whether its continuation lines are in regedit’s exact layout or not', () => {
    // regedit's own lines (two spaces, `hh,` triples, `\` or a last `hh`, CRLF) take the reader's fast path;
    // everything else — LF only, tabs, upper case, one-digit bytes, a trailing comma, a line longer than
    // regedit writes — the general rules. Both must give the same bytes and the same line numbers.
    const bytes = Array.from({ length: 40 }, (_, i) => ((i * 37) & 0xff).toString(16).padStart(2, '0'));
    const expected = bytes.join('');
    const layouts = [
      `"v"=hex:${bytes.slice(0, 4).join(',')},\\\r\n  ${bytes.slice(4, 20).join(',')},\\\r\n  ${bytes.slice(20).join(',')}\r\n`,
      `"v"=hex:${bytes.slice(0, 4).join(',')},\\\n  ${bytes.slice(4, 20).join(',')},\\\n  ${bytes.slice(20).join(',')}\n`,
      `"v"=hex:${bytes.slice(0, 4).join(',')},\\\r\n\t${bytes.slice(4, 20).join(',').toUpperCase()},\\\r\n  ${bytes.slice(20).join(',')},\r\n`,
      `"v"=hex:${bytes.slice(0, 1).join(',')},\\\r\n  ${bytes.slice(1).join(',')}\r\n`,
      `"v"=hex:\\\r\n  ${bytes.slice(0, 39).join(',')},\\\r\n  ${bytes[39]}\r\n`,
    ];
    for (const lines of layouts)
      expect(values(lines + '"w"=dword:1\r\n')).toEqual([
        ['v', 3, expected],
        ['w', 4, '01000000'],
      ]);
    expect(values('"v"=hex:01,\\\r\n  2,\\\r\n  3\r\n')).toEqual([['v', 3, '010203']]);
    const file = parseReg(utf8(V5 + K + layouts[0] + '"w"=dword:1\r\n'));
    expect((file.entries[0] as { ops: { line: number }[] }).ops.map((o) => o.line)).toEqual([4, 7]);
  });

  it('ignores blank lines and ; or # comment lines anywhere outside a value, and reads LF-only files', () => {
    const file = parseReg(utf8(' \tREGEDIT4\n# hash\n; semi\n\n' + '[HKEY_CURRENT_USER\\a\\]\n  ;x\n"v"=dword:1\n'));
    expect(file.version).toBe('REGEDIT4');
    expect(toSnapshot(file).keys).toEqual([{ path: 'HKEY_CURRENT_USER\\a', values: [{ name: 'v', type: 4, data: '01000000' }] }]);
  });
});

describe('toSnapshot merging (§4.3)', () => {
  const file = parseReg(
    utf8(
      V5 +
        '[HKCU\\A]\r\n"x"=dword:1\r\n"y"=dword:2\r\n' +
        '[HKCU\\A\\Sub]\r\n"s"=dword:3\r\n' +
        '[HKCU\\B]\r\n"b"=dword:4\r\n' +
        '[hkcu\\a]\r\n"X"=dword:5\r\n"y"=-\r\n' +
        '[-HKCU\\b]\r\n"ignored"=dword:6\r\n' +
        '[HKCU\\B]\r\n"b"=dword:7\r\n',
    ),
  );

  it('overrides values in place case-insensitively, deletes values, removes deleted trees, keeps first order', () => {
    const snapshot = toSnapshot(file);
    expect(snapshot.keys.map((k) => [k.path, k.values.map((v) => `${v.name}=${v.data}`)])).toEqual([
      ['HKCU\\A', ['x=05000000']],
      ['HKCU\\A\\Sub', ['s=03000000']],
      ['HKCU\\B', ['b=07000000']],
    ]);
    expect(snapshot.deletedKeys).toEqual(['HKCU\\b']);
    expect(snapshot.deletedValues).toEqual([{ path: 'HKCU\\A', name: 'y' }]);
  });

  it('removes a deleted key with its subkeys, and drops the values under a [-KEY] line', () => {
    const snapshot = toSnapshot(parseReg(utf8(V5 + '[HKCU\\A]\r\n[HKCU\\A\\Sub]\r\n[HKCU\\AB]\r\n[-HKCU\\A]\r\n"v"=dword:1\r\n')));
    expect(snapshot.keys.map((k) => k.path)).toEqual(['HKCU\\AB']);
    const deletion = parseReg(utf8(V5 + '[-HKCU\\A]\r\n"v"=dword:1\r\n')).entries;
    expect(deletion).toEqual([{ kind: 'deleteKey', path: 'HKCU\\A', line: 3 }]);
  });
});

describe('limits', () => {
  it('refuses a file over maxBytes before reading it', () => {
    const e = formatErrorOf(() => parseReg(utf8(V5 + K), { maxBytes: 10 }));
    expect(e.message).toBe(`file is ${(V5 + K).length} bytes, over the limit of 10 bytes`);
  });
});
