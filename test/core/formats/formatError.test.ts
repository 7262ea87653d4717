/** FormatError: a reason and parameters (formatErrors.ts), its English sentence as `message`, and where. */
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../electron/core/formats/formatError.js';
import { openHive } from '../../../electron/core/formats/hive/index.js';
import { parsePrf } from '../../../electron/core/formats/prf/index.js';
import { parseReg } from '../../../electron/core/formats/reg/index.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import { formatErrorOf } from '../../helpers/formatErrorOf.js';
import { sampleHive } from '../../helpers/samples.js';
import { octPrfBytes } from './prf/prfFixtures.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('FormatError', () => {
  it('a .reg line: the reason, its parameters and line, the English sentence as before', () => {
    const e = formatErrorOf(() => parseReg(utf8('Windows Registry Editor Version 5.00\r\n\r\n[HKCU\\A]\r\n"v"=hex:01,\\\r\n  02,\\\r\n')));
    expect(e).toMatchObject({ format: 'reg', reason: 'regHexUnfinished', params: { start: 4 }, line: 5 });
    expect(e.message).toBe('expected more hex bytes after the \\ of the value on line 4, found the end of the file');
    expect(e.located('x.reg')).toBe('x.reg:5: expected more hex bytes after the \\ of the value on line 4, found the end of the file');
  });

  it('a hive offset: the record it expected is a parameter the window says in its own words', () => {
    const bytes = sampleHive().slice();
    new DataView(bytes.buffer).setUint32(0x24, 0x7, true); // the root cell offset, pointed inside a cell
    const e = formatErrorOf(() => openHive(bytes));
    expect(e).toMatchObject({
      format: 'hive',
      reason: 'hiveCellNotStart',
      params: { record: 'keyNode', cell: '0x7', from: '0x24' },
      offset: 0x24,
    });
    expect(e.located('NTUSER.DAT')).toBe('NTUSER.DAT@0x24: expected key node: cell offset 0x7 read at 0x24 is not the start of a cell');
  });

  it('a sentence a syntax check returned (a PRF mapping value) is thrown with the entry’s line', () => {
    const lines = text(octPrfBytes()).split('\n');
    const at = lines.findIndex((l) => /=PT_\w+,0x/i.test(l));
    expect(at).toBeGreaterThan(0);
    const key = lines[at]!.split('=')[0]!.trim();
    lines[at] = `${key}=PT_STRING8,6607`;
    const e = formatErrorOf(() => parsePrf(utf8(lines.join('\n'))));
    expect(e).toMatchObject({ format: 'prf', reason: 'prfMappingId', params: { key, id: '6607' }, line: at + 1 });
    expect(e.message).toBe(`mapping "${key}" has id "6607"; expected 0x and 4 (or 8) hex digits`);
  });

  it('an error that says no place is located on the file alone', () => {
    const e = new FormatError('prf', {}, 'prfWriteKeyEmpty');
    expect(e.located('out.prf')).toBe('out.prf: cannot write PRF: empty key');
    expect(e.detail()).toEqual({ format: 'prf', reason: 'prfWriteKeyEmpty', params: {} });
  });

  it('as an E_FORMAT AppError: the English located sentence as message, the reason, parameters and place in its details', () => {
    const e = formatErrorOf(() => parseReg(utf8('Windows Registry Editor Version 5.00\r\n\r\n[HKCU\\A]\r\n"v"=dword:123456789\r\n')));
    const shape = e.toAppError('bad.reg').toShape();
    expect(shape).toEqual({
      code: 'E_FORMAT',
      hresult: undefined,
      reason: 'badFormat',
      message: 'bad.reg:4: expected dword: followed by 1 to 8 hex digits',
      details: {
        file: 'bad.reg',
        message: 'bad.reg:4: expected dword: followed by 1 to 8 hex digits',
        formatError: { format: 'reg', reason: 'regDwordDigits', params: {}, line: 4 },
      },
    });
    expect(errorText('en', shape.reason, shape.details)).toBe(shape.message);
    expect(errorText('fr', shape.reason, shape.details)).toBe(
      'bad.reg, ligne 4 : on attendait dword: suivi de 1 à 8 chiffres hexadécimaux',
    );
  });
});
