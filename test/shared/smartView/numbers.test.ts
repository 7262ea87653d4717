import { describe, expect, it } from 'vitest';
import { guidForm, isStruct, smartViewOf, smartViewOfBytes, uidName, type SmartField } from '../../../shared/smartView/index.js';

const texts = (v: ReturnType<typeof smartViewOfBytes>) =>
  Object.fromEntries(v!.root.items.filter((i): i is SmartField => !isStruct(i)).map((f) => [f.field, f.text]));

describe('Smart View of MAPIUIDs, numbers and FILETIMEs', () => {
  it('writes a MAPIUID in GUID form with its name (docs/mapi-profiles.md §12.1 example)', () => {
    expect(guidForm('13dbb0c8aa05101a9bb000aa002fc45a')).toBe('{C8B0DB13-05AA-1A10-9BB0-00AA002FC45A}');
    expect(uidName('13DBB0C8AA05101A9BB000AA002FC45A')).toBe('pbGlobalProfileSectionGuid');
    expect(guidForm('xyz')).toBeNull();
    const v = smartViewOfBytes(new Uint8Array([0x85, 0x03, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46]))!;
    expect(texts(v)).toEqual({ guid: '{00020385-0000-0000-C000-000000000046}', name: 'MUID_PROFILE_INSTANCE' });
  });

  it('reads PT_LONG as signed first (0xFFFFFFFF is −1), unsigned and hex', () => {
    const [v] = smartViewOf({ tag: 0x66000003, ptype: 0x0003, value: 0xffffffff })!;
    expect(texts(v!)).toEqual({ signed: '-1', unsigned: '4294967295', hex: '0xFFFFFFFF' });
    expect(v!.summary).toBe('-1');
  });

  it('reads PT_I8 as 64-bit, and as the date it would be as a FILETIME', () => {
    // 2020-01-01T00:00:00Z = 1577836800 s after 1970; FILETIME counts 100 ns from 1601 (11644473600 s earlier).
    const ticks = (1577836800n + 11644473600n) * 10_000_000n;
    const [v] = smartViewOf({ tag: 0x66000014, ptype: 0x0014, value: ticks.toString() })!;
    expect(texts(v!)).toMatchObject({
      signed: ticks.toString(),
      hex: '0x' + ticks.toString(16).toUpperCase().padStart(16, '0'),
      date: '2020-01-01T00:00:00.0000000Z',
    });
    const [neg] = smartViewOf({ tag: 0x66000014, ptype: 0x0014, value: '-1' })!;
    expect(texts(neg!)).toEqual({ signed: '-1', unsigned: '18446744073709551615', hex: '0xFFFFFFFFFFFFFFFF' });
  });

  it('reads 8 bytes as a FILETIME only when they make a plausible date', () => {
    const ticks = (1577836800n + 11644473600n) * 10_000_000n + 1234567n;
    const le = new Uint8Array(8);
    new DataView(le.buffer).setBigUint64(0, ticks, true);
    expect(texts(smartViewOfBytes(le))).toMatchObject({ date: '2020-01-01T00:00:00.1234567Z' });
    expect(smartViewOfBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toBeNull();
  });

  it('gives nothing for secure values, strings and short binaries (the hex view shows them)', () => {
    expect(smartViewOf({ tag: 0x67f00102, ptype: 0x0102, value: '00'.repeat(40), secure: true })).toBeNull();
    expect(smartViewOf({ tag: 0x3001001f, ptype: 0x001f, value: 'x' })).toBeNull();
    expect(smartViewOf({ tag: 0x66000102, ptype: 0x0102, value: '0102' })).toBeNull();
    expect(smartViewOf({ tag: 0x66000102, ptype: 0x0102, value: 'zz' })).toBeNull();
  });
});
