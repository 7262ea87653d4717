/**
 * Malformed input: every case is a FormatError that names what was expected, on the right 1-based line,
 * with an excerpt of that line (docs/file-formats.md §4.1, §4.4, §4.5).
 */
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../electron/core/formats/formatError.js';
import { parseReg } from '../../../../electron/core/formats/reg/index.js';

const V5 = 'Windows Registry Editor Version 5.00\r\n\r\n';
/** Lines 1–3; the line under test is line 4. */
const K = V5 + '[HKEY_CURRENT_USER\\Software\\Test]\r\n';

function errorOf(text: string | Uint8Array): FormatError {
  try {
    parseReg(typeof text === 'string' ? new TextEncoder().encode(text) : text);
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error('parsed without error');
}

const cases: [what: string, text: string, line: number, message: RegExp][] = [
  ['an empty file', '', 1, /expected the header/],
  ['a blank line before the header', '\r\n' + V5, 1, /expected the header/],
  ['a lowercase header', 'regedit4\r\n', 1, /expected the header/],
  ['version 4.00', 'Windows Registry Editor Version 4.00\r\n', 1, /expected the header/],
  ['text after REGEDIT4', 'REGEDIT4 FOO\r\n', 1, /expected the header/],
  ['a value before any key', V5 + '"v"=dword:1\r\n', 3, /expected a \[KEY\] line before the first value/],
  ['an unterminated string', K + '"v"="abc\r\n', 4, /expected a closing "/],
  ['an unterminated name', K + '"v=dword:1\r\n', 4, /expected a closing "/],
  ['a bad hex byte', K + '"v"=hex:01,0g\r\n', 4, /expected , between hex bytes/],
  ['a non-hex byte', K + '"v"=hex:01,zz\r\n', 4, /expected a hex byte/],
  ['a byte over 0xff', K + '"v"=hex:01,100\r\n', 4, /more than two hex digits/],
  ['bytes without a comma', K + '"v"=hex:01 02\r\n', 4, /expected , between hex bytes/],
  ['a dword with 9 digits', K + '"v"=dword:123456789\r\n', 4, /1 to 8 hex digits/],
  ['an empty dword', K + '"v"=dword:\r\n', 4, /1 to 8 hex digits/],
  ['a dword with 0x', K + '"v"=dword:0x1\r\n', 4, /expected the end of the line or a ;comment/],
  ['a dword with a # comment', K + '"v"=dword:1#c\r\n', 4, /expected the end of the line or a ;comment/],
  ['a string with a # comment', K + '"v"="a"#c\r\n', 4, /after the closing "/],
  ['a value deletion with junk', K + '"v"=-x\r\n', 4, /after =-/],
  ['a missing =', K + '"v" "x"\r\n', 4, /expected = after the value name/],
  ['no data', K + '"v"=\r\n', 4, /expected "string", dword:, hex:/],
  ['an unknown data type', K + '"v"=str:"x"\r\n', 4, /expected "string", dword:, hex:/],
  ['hex(N) with 9 digits', K + '"v"=hex(1ffffffff):00\r\n', 4, /hex\(N\): with N 1 to 8 hex digits/],
  ['hex( without )', K + '"v"=hex(2:00\r\n', 4, /hex\(N\): with N 1 to 8 hex digits/],
  ['hex(N) without :', K + '"v"=hex(2)00\r\n', 4, /expected : after hex\(N\)/],
  ['a continuation followed by a key', K + '"v"=hex:01,\\\r\n[HKEY_CURRENT_USER\\x]\r\n', 5, /continuing the value from line 4/],
  ['a continuation followed by a value', K + '"v"=hex:01,\\\r\n"w"=dword:1\r\n', 5, /continuing the value from line 4/],
  ['a continuation followed by a blank line', K + '"v"=hex:01,\\\r\n\r\n02\r\n', 5, /continuing the value from line 4/],
  ['a continuation followed by a # comment', K + '"v"=hex:01,\\\r\n# no\r\n  02\r\n', 5, /continuing the value from line 4/],
  ['a continuation at the end of the file', K + '"v"=hex:01,\\\r\n', 4, /found the end of the file/],
  ['a continuation not after a comma', K + '"v"=hex:01,20\\\r\n  63\r\n', 4, /a \\ continuation must follow a comma/],
  ['a continuation line starting with a comma', K + '"v"=hex:01,\\\r\n  ,63\r\n', 5, /continuing the value from line 4/],
  ['junk after the \\', K + '"v"=hex:01,\\ 02\r\n', 4, /after the \\ continuation/],
  ['a key without ]', K + '[HKEY_CURRENT_USER\\x\r\n', 4, /expected \] at the end of the key name/],
  ['a space after [', K + '[ HKEY_CURRENT_USER\\x]\r\n', 4, /right after \[/],
  ['an empty key name', K + '[]\r\n', 4, /expected a key name/],
  ['junk after ]', K + '[HKEY_CURRENT_USER\\x] y\r\n', 4, /after the \] of the key/],
  ['a line that is nothing', K + 'garbage\r\n', 4, /expected \[KEY\], "name"=value/],
];

describe('malformed .reg input', () => {
  it.each(cases)('%s → FormatError', (_what, text, line, message) => {
    const error = errorOf(text);
    expect(error.format).toBe('reg');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.excerpt).toBe(text.split(/\r?\n/)[line - 1] ?? '');
    expect(error.located('x.reg')).toBe(`x.reg:${line}: ${error.message}`);
  });

  it('a UTF-16LE file with an odd number of bytes → FormatError at its last byte', () => {
    const error = errorOf(new Uint8Array([0xff, 0xfe, 0x52, 0x00, 0x45]));
    expect(error.offset).toBe(4);
    expect(error.message).toMatch(/even number of bytes/);
  });
});
