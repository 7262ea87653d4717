import { describe, expect, it } from 'vitest';
import { PT } from '../../shared/mapi/tags';
import { parseScalar, parseValue } from '../../renderer/lib/propertyInput';

const ok = (ptype: number, input: string | boolean) => {
  const r = parseScalar(ptype, input);
  if (!r.ok) throw new Error(`refused ${String(input)}: ${r.reason}`);
  return r.value;
};
const reason = (ptype: number, input: string | boolean) => {
  const r = parseScalar(ptype, input);
  return r.ok ? 'accepted' : r.reason;
};

describe('typed editor validation, per PT type', () => {
  it('PT_LONG: decimal (signed, as MAPI reads LONG, or unsigned) or 0x hex', () => {
    expect(ok(PT.LONG, '34')).toBe(34);
    expect(ok(PT.LONG, '0x22')).toBe(34);
    expect(ok(PT.LONG, ' 0XFFFFFFFF ')).toBe(0xffffffff);
    expect(ok(PT.LONG, '4294967295')).toBe(4294967295);
    expect(reason(PT.LONG, '4294967296')).toBe('outOfRange');
    expect(ok(PT.LONG, '-1')).toBe(-1);
    expect(ok(PT.LONG, '-2147483648')).toBe(-2147483648);
    expect(reason(PT.LONG, '-2147483649')).toBe('outOfRange');
    expect(reason(PT.LONG, '0x1FFFFFFFF')).toBe('notInteger');
    expect(reason(PT.LONG, '12abc')).toBe('notInteger');
    expect(reason(PT.LONG, '1.5')).toBe('notInteger');
    expect(reason(PT.LONG, '')).toBe('empty');
  });
  it('PT_I2: signed 16-bit', () => {
    expect(ok(PT.I2, '-32768')).toBe(-32768);
    expect(reason(PT.I2, '32768')).toBe('outOfRange');
  });
  it('PT_BOOLEAN: a switch, booleans only', () => {
    expect(ok(PT.BOOLEAN, true)).toBe(true);
    expect(ok(PT.BOOLEAN, false)).toBe(false);
    expect(reason(PT.BOOLEAN, 'yes')).toBe('notBoolean');
  });
  it('PT_UNICODE: any text but NUL', () => {
    expect(ok(PT.UNICODE, 'Carnet d’adresses ✓')).toBe('Carnet d’adresses ✓');
    expect(ok(PT.UNICODE, '')).toBe('');
    expect(reason(PT.UNICODE, 'a\0b')).toBe('hasNul');
  });
  it('PT_STRING8: accepted, with a warning outside windows-1252', () => {
    expect(parseScalar(PT.STRING8, 'Café €')).toEqual({ ok: true, value: 'Café €' });
    expect(parseScalar(PT.STRING8, 'Ωmega')).toEqual({ ok: true, value: 'Ωmega', warning: 'notCp1252' });
    expect(parseScalar(PT.STRING8, 'Œuvre “quoted” – ok')).toEqual({ ok: true, value: 'Œuvre “quoted” – ok' });
    expect(parseScalar(PT.STRING8, '日本')).toEqual({ ok: true, value: '日本', warning: 'notCp1252' });
  });
  it('PT_BINARY: hex only, even length, spaces allowed, lowercased', () => {
    expect(ok(PT.BINARY, 'DE AD be ef')).toBe('deadbeef');
    expect(ok(PT.BINARY, '')).toBe('');
    expect(reason(PT.BINARY, 'abc')).toBe('oddHex');
    expect(reason(PT.BINARY, 'zz')).toBe('notHex');
    expect(reason(PT.BINARY, '0x00')).toBe('notHex');
  });
  it('PT_I8: a decimal string in the 64-bit range', () => {
    expect(ok(PT.I8, '-9223372036854775808')).toBe('-9223372036854775808');
    expect(ok(PT.I8, '18446744073709551615')).toBe('18446744073709551615');
    expect(reason(PT.I8, '18446744073709551616')).toBe('outOfRange');
    expect(reason(PT.I8, '1e3')).toBe('notInteger');
  });
  it('PT_SYSTIME: ISO UTC date, padded to 7 fractional digits', () => {
    expect(ok(PT.SYSTIME, '2011-01-01T12:00:00Z')).toBe('2011-01-01T12:00:00.0000000Z');
    expect(ok(PT.SYSTIME, '2011-01-01T12:00:00.1234567Z')).toBe('2011-01-01T12:00:00.1234567Z');
    expect(ok(PT.SYSTIME, '2011-01-01T12:00Z')).toBe('2011-01-01T12:00:00.0000000Z');
    expect(reason(PT.SYSTIME, '2011-01-01 12:00')).toBe('notDate');
    expect(reason(PT.SYSTIME, '2011-13-45T12:00:00Z')).toBe('notDate');
  });
  it('PT_CLSID: the GUID pattern, braces optional, normalized', () => {
    expect(ok(PT.CLSID, 'ed475414-b0d6-11d2-8c3b-00104b2a6676')).toBe('{ED475414-B0D6-11D2-8C3B-00104B2A6676}');
    expect(reason(PT.CLSID, '{ED475414-B0D6-11D2-8C3B-00104B2A667}')).toBe('notGuid');
    expect(reason(PT.CLSID, 'not a guid')).toBe('notGuid');
  });
  it('PT_DOUBLE: finite numbers', () => {
    expect(ok(PT.DOUBLE, '1.5')).toBe(1.5);
    expect(reason(PT.DOUBLE, 'Infinity')).toBe('notNumber');
  });
  it('MV types: each item checked, the failing item named', () => {
    expect(parseValue(PT.MV_UNICODE, ['a', 'b'])).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parseValue(PT.MV_LONG, ['1', '0x10'])).toEqual({ ok: true, value: [1, 16] });
    expect(parseValue(PT.MV_BINARY, ['00', 'abc'])).toEqual({ ok: false, reason: 'oddHex', index: 1 });
    expect(parseValue(PT.MV_BINARY, [])).toEqual({ ok: true, value: [] });
  });
});
