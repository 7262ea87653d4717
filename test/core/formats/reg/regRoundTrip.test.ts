/**
 * Round trip: whatever writeReg writes, parseReg + toSnapshot reads back as the same keys, values, types and
 * bytes — for every type, arbitrary bytes, names with quotes and backslashes, empty and long data, and both
 * versions (REGEDIT4 restricted to what windows-1252 can carry).
 */
import { decodeWindows1252 } from '../../../../shared/codecs/windows1252.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../electron/core/formats/formatError.js';
import { ANSI_HEX_TYPES } from '../../../../electron/core/formats/reg/regFile.js';
import { parseReg, toSnapshot, writeReg } from '../../../../electron/core/formats/reg/index.js';
import type { RegVersion } from '../../../../electron/core/formats/reg/index.js';
import type { RegKey, RegValue } from '../../../../electron/core/formats/registry.js';
import { toHex } from '../../../helpers/samples.js';

const WINDOWS_1252 = decodeWindows1252(new Uint8Array(256).map((_, i) => i));

/** Characters that matter to the syntax, mixed with arbitrary UTF-16 code units (lone surrogates too). */
function unit(version: RegVersion): fc.Arbitrary<string> {
  const special = fc.constantFrom('"', '\\', '@', '=', '[', ']', ';', '#', ' ', '\t', '-', ',', 'a', 'Z', 'é');
  const any =
    version === '5.00'
      ? fc
          .integer({ min: 1, max: 0xffff })
          .filter((u) => u !== 0x0a && u !== 0x0d)
          .map((u) => String.fromCharCode(u))
      : fc
          .integer({ min: 0, max: 255 })
          .map((b) => WINDOWS_1252[b]!)
          .filter((c) => c !== '\n' && c !== '\r');
  return fc.oneof(special, any);
}

const text = (version: RegVersion, maxLength = 12) => fc.string({ unit: unit(version), maxLength });

/** A REG_SZ's data as hex: the text's UTF-16LE code units (lone surrogates kept) and a NUL. */
function utf16z(s: string): string {
  const bytes = new Uint8Array(s.length * 2 + 2);
  for (let i = 0; i < s.length; i++) {
    bytes[2 * i] = s.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return toHex(bytes);
}

function value(version: RegVersion): fc.Arbitrary<RegValue> {
  const anyType = fc.oneof(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 0xffffffff }));
  // REGEDIT4 writes hex(1)/hex(2)/hex(7) as ANSI bytes, so there they must be windows-1252 text (docs/file-formats.md §4.4).
  const rawType = version === '5.00' ? anyType : anyType.filter((t) => !ANSI_HEX_TYPES.has(t));
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    fc.uint8Array({ minLength: 0, maxLength: 2000 }),
    fc.constant(new Uint8Array(0)),
  );
  return fc.oneof(
    fc.record({ name: text(version), type: rawType, data: bytes.map(toHex) }),
    fc.record({ name: text(version), type: fc.constant(1), data: text(version, 40).map(utf16z) }),
    fc.record({ name: text(version), type: fc.constantFrom(2, 7), data: text(version, 40).map(utf16z) }),
    fc.record({ name: text(version), type: fc.constant(4), data: fc.uint8Array({ minLength: 4, maxLength: 4 }).map(toHex) }),
  );
}

function keys(version: RegVersion): fc.Arbitrary<RegKey[]> {
  const segment = text(version, 10).filter((s) => s !== '' && !s.includes('\\'));
  const path = fc.array(segment, { minLength: 0, maxLength: 4 }).map((segments) => ['HKEY_CURRENT_USER', ...segments].join('\\'));
  const values = fc.uniqueArray(value(version), { maxLength: 8, selector: (v) => v.name.toLowerCase() });
  return fc.uniqueArray(fc.record({ path, values }), { maxLength: 6, selector: (k) => k.path.toLowerCase() });
}

describe.each(['5.00', 'REGEDIT4'] as const)('writeReg → parseReg round trip, version %s', (version) => {
  it('gives back every key, value name, type and byte', () => {
    fc.assert(
      fc.property(keys(version), (written) => {
        const file = parseReg(writeReg(written, { version }));
        expect(file.version).toBe(version);
        expect(toSnapshot(file).keys).toEqual(written);
      }),
      { numRuns: 300 },
    );
  });

  it('writes key deletions first and reads them back', () => {
    fc.assert(
      fc.property(keys(version), (deleted) => {
        const paths = deleted.map((k) => k.path);
        const snapshot = toSnapshot(parseReg(writeReg([], { version, deletedKeys: paths })));
        expect(snapshot.deletedKeys).toEqual(paths);
        expect(snapshot.keys).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('what a version cannot carry', () => {
  it('REGEDIT4 writes a REG_SZ it cannot quote as ANSI hex(1), reads it back, and refuses one outside windows-1252', () => {
    // reg import widens an ANSI file's hex(1) bytes (docs/file-formats.md §4.4; regWine.test.ts shows it with Wine).
    const keys = [{ path: 'HKEY_CURRENT_USER\\x', values: [{ name: 'n', type: 1, data: utf16z('é\r\n') }] }];
    const bytes = writeReg(keys, { version: 'REGEDIT4' });
    expect(new TextDecoder('latin1').decode(bytes)).toContain('"n"=hex(1):e9,0d,0a,00\r\n');
    expect(toSnapshot(parseReg(bytes)).keys).toEqual(keys);
    const outside = [{ path: 'HKEY_CURRENT_USER\\x', values: [{ name: 'n', type: 1, data: utf16z('日本') }] }];
    expect(() => writeReg(outside, { version: 'REGEDIT4' })).toThrow(FormatError);
  });

  it('REGEDIT4 refuses REG_EXPAND_SZ text outside windows-1252, and names with line breaks anywhere', () => {
    const expand = [{ path: 'HKEY_CURRENT_USER\\x', values: [{ name: 'n', type: 2, data: utf16z('日本') }] }];
    expect(() => writeReg(expand, { version: 'REGEDIT4' })).toThrow(FormatError);
    const newline = [{ path: 'HKEY_CURRENT_USER\\x', values: [{ name: 'a\nb', type: 3, data: '' }] }];
    expect(() => writeReg(newline)).toThrow(FormatError);
  });

  it('a REG_SZ with a line break, an embedded NUL or no final NUL is written as hex(1)', () => {
    for (const hex of [utf16z('a\r\nb'), utf16z('a\0b'), '6100']) {
      const keys = [{ path: 'HKEY_CURRENT_USER\\x', values: [{ name: 'n', type: 1, data: hex }] }];
      const bytes = writeReg(keys);
      expect(new TextDecoder('utf-16le').decode(bytes)).toContain('"n"=hex(1):');
      expect(toSnapshot(parseReg(bytes)).keys).toEqual(keys);
    }
  });
});

describe('the hex writeReg is given', () => {
  const one = (type: number, hex: string): RegKey[] => [{ path: 'HKEY_CURRENT_USER\\x', values: [{ name: 'n', type, data: hex }] }];
  const text = (bytes: Uint8Array) => new TextDecoder('utf-16le').decode(bytes);

  it('is written in lowercase, as regedit writes it, whatever its case', () => {
    expect(text(writeReg(one(3, '0A0bFF')))).toContain('"n"=hex:0a,0b,ff\r\n');
    expect(text(writeReg(one(0x20, 'AB')))).toContain('"n"=hex(20):ab\r\n');
    expect(text(writeReg(one(4, '0A0000FF')))).toContain('"n"=dword:ff00000a\r\n');
    expect(text(writeReg(one(1, 'C9000000')))).toContain('"n"="\u00c9"\r\n');
  });

  it('is refused when it is not hex of whole bytes, whatever the type and version', () => {
    const bad: [number, string][] = [
      [3, 'abc'],
      [3, '0g'],
      [3, ' 102'],
      [0x20, '-1'],
      [4, '0100000g'],
      [1, '410'],
      [1, '4x00'],
      [2, '41zz'],
      [7, '4'],
    ];
    for (const version of ['5.00', 'REGEDIT4'] as const) {
      for (const [type, hex] of bad) {
        expect(() => writeReg(one(type, hex), { version }), `${version} ${type} ${hex}`).toThrow(/data is not hex of whole bytes/);
      }
    }
  });
});
