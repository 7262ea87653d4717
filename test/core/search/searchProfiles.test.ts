import { describe, expect, it } from 'vitest';
import { searchProfiles } from '../../../electron/core/search/searchProfiles.js';
import { realProfile } from '../store/storeHelpers.js';

describe('search across profiles', () => {
  const docs = [realProfile('a', 'Outlook'), { ...realProfile('b', 'Other'), keys: realProfile('b').keys.slice(0, 3) }];

  it('finds a property by name and by tag, in every form', () => {
    for (const q of ['PR_PST_PATH', '0x6700001F', '001f6700']) {
      const r = searchProfiles(docs, q, 'name');
      expect(
        r.hits.map((h) => [h.profileName, h.section, h.valueName]),
        q,
      ).toEqual([['Outlook', '6876da12b533bc47a32ce78191722d01', '001f6700']]);
    }
  });

  it('finds a decoded value (the PST path) and a UID wherever it occurs', () => {
    expect(searchProfiles(docs, 'outlook.pst', 'value').hits.map((h) => h.valueName)).toContain('001f6700');
    const uid = searchProfiles(docs, 'd4eeded2d3c3fc4ca46d35e579df8bcd');
    expect(uid.hits.some((h) => h.matched === 'section')).toBe(true);
    expect(uid.hits.filter((h) => h.matched !== 'section').map((h) => h.valueName)).toEqual(
      expect.arrayContaining(['01023d0e', '01023d0c', 'Service UID']),
    );
  });

  it('matches hex in any spacing, never inside secure values, and caps the hits', () => {
    expect(searchProfiles(docs, '4e 49 54 41', 'hex').hits.length).toBeGreaterThan(0);
    const secret = { ...realProfile('s', 'S'), keys: [{ path: 'x', values: [{ name: 'S001e67f1', type: 3, data: 'deadbeef' }] }] };
    expect(searchProfiles([secret], 'deadbeef').hits).toEqual([]);
    expect(searchProfiles(docs, '00', 'hex', 5)).toMatchObject({ truncated: true, hits: { length: 5 } });
    expect(searchProfiles(docs, '   ').hits).toEqual([]);
  });
});

describe('search reads values as people do', () => {
  const docs = [realProfile('a', 'Outlook')];
  const hitsFor = (q: string) => searchProfiles(docs, q, 'value').hits;

  it('matches and shows a path with single backslashes, never JSON-escaped', () => {
    const hits = hitsFor('Outlook Files\\Outlook.pst');
    const pstPath = hits.find((h) => h.valueName === '001f6700');
    expect(pstPath?.preview).toMatch(/^C:\\Users\\[^\\]+\\Documents\\Outlook Files\\Outlook\.pst$/);
    expect(hits.every((h) => !h.preview.includes('\\\\') && !h.preview.startsWith('"'))).toBe(true);
  });

  it("finds the data-file path inside a store's PR_ENTRYID through its Smart View", () => {
    const hits = hitsFor('mspst.dll');
    // The store's PR_ENTRYID and the lists of store entry IDs in the CONTAB and Outlook global sections.
    expect(hits.map((h) => h.valueName)).toEqual(expect.arrayContaining(['01020fff', '11026626', '1102039b']));
    expect(hits.find((h) => h.valueName === '01020fff')?.preview).toMatch(/^mspst\.dll · C:\\Users\\.*\\Outlook\.pst$/);
  });
});
