import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProperty, encodeProperty, type RawValue } from '../../../electron/core/model/propertyCodec.js';
import { buildMvBinary, buildMvStrings, parseMvBinary, parseMvStrings } from '../../../electron/core/model/mvLayout.js';
import { RegType, type RegValue } from '../../../electron/core/formats/registry.js';
import { PT } from '../../../shared/mapi/tags.js';
import { DecodedProperty } from '../../../shared/profileView.js';
import { fromHexString, groundTruthKeys } from './groundTruth.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bin = (name: string, h: string) => ({ name, type: RegType.BINARY, data: fromHexString(h.replace(/[\s,]/g, '')) });
const ascii = (s: string) => Buffer.from(s, 'latin1').toString('hex');
/** A registry value (its data hex) as decodeProperty takes it: with its bytes. */
const raw = (v: RegValue): RawValue => ({ name: v.name, type: v.type, data: fromHexString(v.data) });
const valueOf = (gtPath: string, name: string): RawValue => {
  const key = groundTruthKeys().find((k) => k.path.toLowerCase().endsWith(gtPath.toLowerCase()))!;
  return raw(key.values.find((v) => v.name === name)!);
};

/** decode → JSON → encode gives the same type and bytes. */
function roundTrip(v: RawValue) {
  const d = DecodedProperty.parse(JSON.parse(JSON.stringify(decodeProperty(v))));
  return { d, back: d.value === undefined ? undefined : encodeProperty(d.value, d) };
}

describe('decodeProperty / encodeProperty on the 16.0 sample', () => {
  const all = groundTruthKeys().flatMap((k) => k.values.map((v) => ({ key: k.path, ...raw(v) })));

  it('has values to check', () => expect(all.length).toBeGreaterThan(80));

  it('round-trips every ground-truth value byte for byte, and decodes every property of it', () => {
    for (const v of all) {
      const { d, back } = roundTrip(v);
      expect(d.error, `${v.key} ${v.name}`).toBeUndefined();
      expect(d.data).toBe(hex(v.data));
      if (d.value === undefined) continue;
      expect(back!.type, `${v.key} ${v.name}`).toBe(v.type);
      expect(hex(back!.data), `${v.key} ${v.name}`).toBe(hex(v.data));
    }
  });

  it('decodes the CONTAB service flags, the PST provider flags and resource type as numbers', () => {
    expect(decodeProperty(valueOf('4dcea1bdd75d6f4cb65170ec889cadda', '00033009')).value).toBe(0x22);
    expect(decodeProperty(valueOf('6876da12b533bc47a32ce78191722d01', '00033009')).value).toBe(2);
    const t = decodeProperty(valueOf('6876da12b533bc47a32ce78191722d01', '00033e03'));
    expect(t).toMatchObject({ tag: 0x3e030003, ptype: PT.LONG, ptypeName: 'PT_LONG', name: 'PR_RESOURCE_TYPE', value: 0x21 });
  });

  it('decodes 101e3d0f (mv64) as ["contab.dll"]', () => {
    const d = decodeProperty(valueOf('4dcea1bdd75d6f4cb65170ec889cadda', '101e3d0f'));
    expect(d).toMatchObject({ ptypeName: 'PT_MV_STRING8', layout: 'mv64', value: ['contab.dll'], name: 'PR_SERVICE_SUPPORT_FILES_A' });
  });

  it('decodes 1102039b (mv64) as one element of 154 bytes, a wrapped store entry ID', () => {
    const d = decodeProperty(valueOf('0a0d020000000000c000000000000046', '1102039b'));
    expect(d.layout).toBe('mv64');
    const v = d.value as string[];
    expect(v).toHaveLength(1);
    expect(v[0]!.length / 2).toBe(154);
    expect(v[0]!.slice(8, 40)).toBe('38a1bb1005e5101aa1bb08002b2a56c2');
  });

  it('decodes 11020434 (mv64) as one element of 445 bytes padded to 468', () => {
    const d = decodeProperty(valueOf('0a0d020000000000c000000000000046', '11020434'));
    expect(d.size).toBe(468);
    expect((d.value as string[])[0]!.length / 2).toBe(445);
  });

  it('decodes strings, booleans, the PST path, PT_CLSID and MV_LONG', () => {
    expect(decodeProperty(valueOf('6876da12b533bc47a32ce78191722d01', '001f6700')).value).toBe(
      'C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst',
    );
    expect(decodeProperty(valueOf('0a0d020000000000c000000000000046', '000b0413')).value).toBe(true);
    expect(decodeProperty(valueOf('0a0d020000000000c000000000000046', '000b0465')).value).toBe(false);
    const clsid = decodeProperty(valueOf('f86ed2903a4a11cfb57e524153480001', '00486002'));
    expect(clsid.value).toBe('{65BA9752-DC4E-40EB-807F-FBE834D13CB4}');
    expect(decodeProperty(valueOf('0ae1fb8ed673e5499ac19850e84bbf46', '10036621')).value).toEqual([0x8004010f]);
    expect(decodeProperty(valueOf('0ae1fb8ed673e5499ac19850e84bbf46', '101f6627')).value).toEqual(['Outlook Data File']);
  });

  it('names provider-defined tags by the owning service', () => {
    const v = valueOf('0ae1fb8ed673e5499ac19850e84bbf46', '01026601');
    expect(decodeProperty(v, { serviceName: 'CONTAB' }).name).toBe('PR_CONTAB_UID');
    expect(decodeProperty(v, { serviceName: 'MSEMS' }).name).toBe('PR_PROFILE_CONFIG_FLAGS');
  });

  it('decodes friendly account values by registry type', () => {
    expect(decodeProperty(valueOf('9375CFF0413111d3B88A00104B2A6676\\00000002', 'Service Name'))).toMatchObject({
      tag: null,
      ptype: null,
      ptypeName: 'REG_SZ',
      value: 'MSUPST MS',
    });
    expect(decodeProperty(valueOf('9375CFF0413111d3B88A00104B2A6676', 'NextAccountID')).value).toBe(3);
    expect(decodeProperty(valueOf('9375CFF0413111d3B88A00104B2A6676', '{ED475418-B0D6-11D2-8C3B-00104B2A6676}')).value).toBe('');
  });
});

describe('32-bit layouts from the reference (docs/file-formats.md §3.3)', () => {
  it('decodes 02000000 0C000000 17000000 "EMABLT.DLL\\0" "BJABLR.DLL\\0"', () => {
    const v = bin('101e3d0f', '02000000 0C000000 17000000' + ascii('EMABLT.DLL\0BJABLR.DLL\0'));
    const { d, back } = roundTrip(v);
    expect(d).toMatchObject({ layout: 'mv32', value: ['EMABLT.DLL', 'BJABLR.DLL'] });
    expect(hex(back!.data)).toBe(hex(v.data));
  });

  it('decodes 01,00,00,00, 08,00,00,00, "EMABLT.DLL\\0"', () => {
    const v = bin('101e3d0f', '01000000 08000000' + ascii('EMABLT.DLL\0'));
    expect(decodeProperty(v)).toMatchObject({ layout: 'mv32', value: ['EMABLT.DLL'] });
  });

  it('builds the LDAP-VBS 11023d05 shape: 3 elements {1e,1c} {5a,3c} {33,98}', () => {
    const items = [new Uint8Array(0x1e).fill(1), new Uint8Array(0x5a).fill(2), new Uint8Array(0x33).fill(3)];
    const bytes = buildMvBinary(items, 'mv32');
    const dv = new DataView(bytes.buffer);
    expect([4, 8, 12, 16, 20, 24].map((o) => dv.getUint32(o, true))).toEqual([0x1e, 0x1c, 0x5a, 0x3c, 0x33, 0x98]);
    expect(bytes.length % 4).toBe(0);
    expect(parseMvBinary(bytes)).toMatchObject({ layout: 'mv32' });
  });

  it('builds the 1102039b-2010 shape: 2 elements 200 @ 36 and 24 @ 236, length 260 (mv64)', () => {
    const bytes = buildMvBinary([new Uint8Array(200).fill(7), new Uint8Array(24).fill(8)], 'mv64');
    const dv = new DataView(bytes.buffer);
    expect([dv.getUint32(4, true), dv.getUint32(12, true), dv.getUint32(20, true), dv.getUint32(28, true)]).toEqual([200, 36, 24, 236]);
    expect(bytes.length).toBe(260);
  });

  it('gives empty elements cb 0 and off = end (10 elements, 9 empty)', () => {
    const items = [new Uint8Array(5).fill(9), ...Array.from({ length: 9 }, () => new Uint8Array(0))];
    const bytes = buildMvBinary(items, 'mv64');
    const dv = new DataView(bytes.buffer);
    expect(bytes.length).toBe(4 + 16 * 10 + 8);
    for (let i = 1; i < 10; i++) expect([dv.getUint32(4 + 16 * i, true), dv.getUint32(12 + 16 * i, true)]).toEqual([0, bytes.length]);
    const back = parseMvBinary(bytes);
    expect('items' in back && back.items.map((b) => b.length)).toEqual([5, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads 101e6613-style 32-bit offsets (first = 4 + 4n)', () => {
    const strings = ['a', 'bb', '', 'dddd', 'e', 'ffffff'].map((s) => new Uint8Array(Buffer.from(s + '\0', 'latin1')));
    const bytes = buildMvStrings(strings, 'mv32');
    expect(new DataView(bytes.buffer).getUint32(4, true)).toBe(4 + 4 * 6);
    expect(parseMvStrings(bytes, 1)).toMatchObject({ layout: 'mv32' });
  });
});

describe('PT_STRING8 keeps its registry type', () => {
  it('REG_SZ is UTF-16 text, REG_BINARY is ANSI (windows-1252) + NUL', () => {
    const sz = { name: '001e3d13', type: RegType.SZ, data: new Uint8Array(Buffer.from('Outlook.FAV\0', 'utf16le')) };
    const d1 = decodeProperty(sz);
    expect(d1.value).toBe('Outlook.FAV');
    expect(encodeProperty('é€', d1)).toEqual({ type: RegType.SZ, data: new Uint8Array(Buffer.from('é€\0', 'utf16le')) });
    const ansi = bin('001e6602', '80e90000'.slice(0, 6));
    const d2 = decodeProperty(ansi);
    expect(d2.value).toBe('€é');
    expect(hex(encodeProperty('€é', d2).data)).toBe('80e900');
    expect(() => encodeProperty('日本', d2)).toThrow(/windows-1252/);
  });

  it('new properties: PT_STRING8 as REG_SZ, MV in the 64-bit layout', () => {
    expect(encodeProperty('x', { ptype: PT.STRING8 }).type).toBe(RegType.SZ);
    const mv = encodeProperty(['contab.dll'], { ptype: 0x101e });
    expect(hex(mv.data)).toBe('010000000c00000000000000' + ascii('contab.dll\0'));
    expect(mv.type).toBe(RegType.BINARY);
  });
});

describe('friendly values and bad input to the encoder', () => {
  it('round-trips REG_MULTI_SZ, REG_QWORD, REG_DWORD', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c)) })), (list) => {
        const enc = encodeProperty(list, { ptype: null, regType: RegType.MULTI_SZ });
        const d = decodeProperty({ name: 'Some List', type: RegType.MULTI_SZ, data: enc.data });
        expect(d.value).toEqual(list);
      }),
    );
    const q = decodeProperty({ name: 'Q', type: RegType.QWORD, data: fromHexString('ffffffffffffffff') });
    expect(q.value).toBe('18446744073709551615');
    expect(hex(encodeProperty(q.value!, q).data)).toBe('ffffffffffffffff');
  });

  it('throws a badPropertyValue AppError for a value of the wrong shape', () => {
    expect(() => encodeProperty('x', { ptype: PT.LONG })).toThrow(
      expect.objectContaining({ reason: 'badPropertyValue', code: 'E_INVALID_REQUEST' }),
    );
    expect(() => encodeProperty(2 ** 32, { ptype: PT.LONG })).toThrow(/PT_LONG/);
    expect(() => encodeProperty(['zz'], { ptype: PT.MV_BINARY })).toThrow(/hex/);
    expect(() => encodeProperty('2020-13-45', { ptype: PT.SYSTIME })).toThrow(/ISO/);
    expect(() => encodeProperty('{nope}', { ptype: PT.CLSID })).toThrow(/GUID/);
    expect(encodeProperty(-1, { ptype: PT.LONG }).data).toEqual(new Uint8Array([255, 255, 255, 255]));
  });
});

describe('secure and unparseable values', () => {
  it('never decodes secure properties', () => {
    const s = decodeProperty(bin('S001e67f1', '0102030405'));
    expect(s).toMatchObject({ tag: null, secure: true, ptype: PT.STRING8, size: 5 });
    expect(s.value).toBeUndefined();
    expect(s.data).toBeUndefined();
    const t = decodeProperty(bin('010267f0', 'aabb'));
    expect(t).toMatchObject({ tag: 0x67f00102, secure: true, name: 'PR_PROFILE_SECURE_MAILBOX' });
    expect(t.data).toBeUndefined();
    expect(decodeProperty({ name: 'POP3 Password', type: RegType.BINARY, data: new Uint8Array([2, 1]) }).secure).toBe(true);
  });

  it('marks values whose bytes do not fit their type, and keeps them', () => {
    expect(decodeProperty(bin('00033009', '220000'))).toMatchObject({ error: 'valueBadSize', data: '220000' });
    expect(decodeProperty(bin('000b0413', '0200')).error).toBe('valueBadBoolean');
    expect(decodeProperty(bin('001f3001', '4100')).error).toBe('valueNoTerminator');
    expect(decodeProperty(bin('101e3d0f', '02000000 0c000000 ff000000 6100')).error).toBe('valueBadOffsets');
    expect(decodeProperty(bin('11023d05', '01000000 ffff0000 0c000000')).error).toBe('valueBadOffsets');
    // Garbage in the padding: readable, but not rewritten identically.
    const padded = buildMvBinary([new Uint8Array([1, 2, 3])], 'mv64');
    padded[padded.length - 1] = 0xee;
    expect(decodeProperty({ name: '11020434', type: RegType.BINARY, data: padded }).error).toBe('valueNonCanonical');
    expect(decodeProperty(bin('00050001', '000000000000f07f')).error).toBe('valueNotFinite');
  });

  it('never throws on random bytes, and what it decodes re-encodes exactly', () => {
    const types = [
      0x0002, 0x0003, 0x000b, 0x0014, 0x001e, 0x001f, 0x0040, 0x0048, 0x0102, 0x1003, 0x101e, 0x101f, 0x1102, 0x1014, 0x1048, 0x0005,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom(RegType.BINARY, RegType.SZ),
        (t, data, regType) => {
          const name = t.toString(16).padStart(4, '0') + '6600';
          const v = { name, type: regType, data };
          const d = decodeProperty(v);
          if (d.value !== undefined) expect(hex(encodeProperty(d.value, d).data)).toBe(hex(data));
          else expect(d.error ?? d.secure).toBeDefined();
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('fast-check round trips per PT type', () => {
  const layout = fc.constantFrom<'mv32' | 'mv64'>('mv32', 'mv64');
  const hexArb = fc.uint8Array({ maxLength: 40 }).map((b) => hex(b));
  const cp1252 = fc.string({
    unit: fc
      .integer({ min: 1, max: 0xff })
      .filter((c) => c < 0x80 || c >= 0xa0)
      .map((c) => String.fromCharCode(c)),
  });
  const utf16 = fc.string({ unit: fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c)) });
  const u32 = fc.integer({ min: 0, max: 0xffffffff });
  const i64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String);
  const systime = fc.bigInt({ min: 0n, max: 2n ** 63n }).map((t) => {
    const buf = new Uint8Array(8);
    new DataView(buf.buffer).setBigUint64(0, t, true);
    return buf;
  });

  /** value → encode → decode → same value; and decode(encode) → encode gives the same bytes. */
  function check(ptype: number, value: unknown, l?: 'mv32' | 'mv64', regType?: number) {
    const enc = encodeProperty(value as never, { ptype, layout: l, regType });
    const name = ptype.toString(16).padStart(4, '0') + '3001';
    const d = DecodedProperty.parse(JSON.parse(JSON.stringify(decodeProperty({ name, type: enc.type, data: enc.data }))));
    expect(d.error).toBeUndefined();
    expect(d.value).toEqual(value);
    if (l && d.value && Array.isArray(d.value) && d.value.length > 0) expect(d.layout).toBe(l);
    expect(hex(encodeProperty(d.value!, d).data)).toBe(hex(enc.data));
  }

  it('PT_LONG, PT_I2, PT_BOOLEAN, PT_I8, PT_CLSID, PT_BINARY', () => {
    fc.assert(fc.property(u32, (n) => check(PT.LONG, n)));
    fc.assert(fc.property(fc.integer({ min: -32768, max: 32767 }), (n) => check(PT.I2, n)));
    fc.assert(fc.property(fc.boolean(), (b) => check(PT.BOOLEAN, b)));
    fc.assert(fc.property(i64, (s) => check(PT.I8, s)));
    fc.assert(fc.property(fc.uuid(), (u) => check(PT.CLSID, '{' + u.toUpperCase() + '}')));
    fc.assert(fc.property(hexArb, (h) => check(PT.BINARY, h)));
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
        (x) => check(PT.DOUBLE, x),
      ),
    );
  });

  it('PT_SYSTIME keeps every 100 ns tick', () => {
    fc.assert(
      fc.property(systime, (data) => {
        const d = decodeProperty({ name: '00400032', type: RegType.BINARY, data });
        expect(d.error).toBeUndefined();
        expect(hex(encodeProperty(d.value!, d).data)).toBe(hex(data));
      }),
    );
    const d = decodeProperty(bin('00400032', 'cbdaf0c0f713cd01'));
    expect(d.value).toMatch(/^2012-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
  });

  it('PT_STRING8 (REG_SZ and REG_BINARY) and PT_UNICODE', () => {
    fc.assert(fc.property(utf16, (s) => check(PT.STRING8, s, undefined, RegType.SZ)));
    fc.assert(fc.property(cp1252, (s) => check(PT.STRING8, s, undefined, RegType.BINARY)));
    fc.assert(fc.property(utf16, (s) => check(PT.UNICODE, s)));
  });

  it('PT_MV_LONG, PT_MV_I8, PT_MV_CLSID (packed)', () => {
    fc.assert(fc.property(fc.array(u32), (a) => check(PT.MV_LONG, a)));
    fc.assert(fc.property(fc.array(i64), (a) => check(PT.MV_I8, a)));
    fc.assert(fc.property(fc.array(fc.uuid().map((u) => '{' + u.toUpperCase() + '}')), (a) => check(PT.MV_CLSID, a)));
  });

  it('PT_MV_STRING8, PT_MV_UNICODE, PT_MV_BINARY in both layouts', () => {
    fc.assert(fc.property(fc.array(cp1252, { maxLength: 8 }), layout, (a, l) => check(PT.MV_STRING8, a, l)));
    fc.assert(fc.property(fc.array(utf16, { maxLength: 8 }), layout, (a, l) => check(PT.MV_UNICODE, a, l)));
    fc.assert(fc.property(fc.array(hexArb, { maxLength: 8 }), layout, (a, l) => check(PT.MV_BINARY, a, l)));
  });
});
