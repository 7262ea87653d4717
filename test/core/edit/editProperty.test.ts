import { describe, expect, it } from 'vitest';
import { deleteValue, setProperty, setRawValue } from '../../../electron/core/edit/editProperty.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { decodeProperty, fromHex } from '../../../electron/core/model/index.js';
import { AppError } from '../../../shared/errors.js';
import { sampleHive } from '../../helpers/samples.js';

const outlook = () => readProfilesFile(sampleHive(), 'NTUSER.DAT').profiles[0]!;
const CONTAB_SERVICE = '4dcea1bdd75d6f4cb65170ec889cadda';
const valueOf = (doc: ReturnType<typeof outlook>, section: string, name: string) => {
  const v = doc.keys.find((k) => k.path === section)!.values.find((x) => x.name === name)!;
  return { raw: v, decoded: decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) }) };
};

describe('editing properties', () => {
  it('sets a PT_UNICODE display name, leaving every other value byte-identical', () => {
    const doc = outlook();
    const before = structuredClone(doc);
    const next = setProperty(doc, CONTAB_SERVICE, '001f3001', 'Contacts (copy)');
    expect(valueOf(next, CONTAB_SERVICE, '001f3001').decoded.value).toBe('Contacts (copy)');
    const others = (d: typeof doc) => d.keys.flatMap((k) => k.values.filter((v) => !(k.path === CONTAB_SERVICE && v.name === '001f3001')));
    expect(others(next)).toEqual(others(doc));
    expect(doc).toEqual(before);
  });

  it('re-encodes a multi-valued string in the 64-bit layout it came in', () => {
    const doc = outlook();
    const next = setProperty(doc, CONTAB_SERVICE, '101e3d0f', ['contab.dll', 'extra.dll']);
    const v = valueOf(next, CONTAB_SERVICE, '101e3d0f');
    expect(v.decoded).toMatchObject({ layout: 'mv64', value: ['contab.dll', 'extra.dll'] });
    // count 2, then the first u64 offset 4 + 8·2 = 0x14 (docs/file-formats.md §3.3)
    expect(v.raw.data.slice(0, 24)).toBe('020000001400000000000000');
  });

  it('adds a new property by its value name and type', () => {
    const next = setProperty(outlook(), CONTAB_SERVICE, '00036601', 42);
    expect(valueOf(next, CONTAB_SERVICE, '00036601').raw).toEqual({ name: '00036601', type: 3, data: '2a000000' });
  });

  it('refuses a value that does not fit the type, a bad section, a non-property name', () => {
    const doc = outlook();
    expect(() => setProperty(doc, CONTAB_SERVICE, '00033009', 'abc')).toThrow(AppError);
    expect(() => setProperty(doc, 'nope', '00033009', 1)).toThrow(/no section/);
    expect(() => setProperty(doc, CONTAB_SERVICE, 'Friendly', 1)).toThrow(AppError);
  });

  it('sets raw bytes and deletes values', () => {
    const doc = outlook();
    const raw = setRawValue(doc, CONTAB_SERVICE, '01026601', { type: 3, data: 'deadbeef' });
    expect(valueOf(raw, CONTAB_SERVICE, '01026601').raw.data).toBe('deadbeef');
    const gone = deleteValue(raw, CONTAB_SERVICE, '01026601');
    expect(gone.keys.find((k) => k.path === CONTAB_SERVICE)!.values.some((v) => v.name === '01026601')).toBe(false);
    expect(() => deleteValue(gone, CONTAB_SERVICE, '01026601')).toThrow(AppError);
  });
});
