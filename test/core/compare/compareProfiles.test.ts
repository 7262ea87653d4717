import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../../../electron/core/compare/compareProfiles.js';
import { setProperty } from '../../../electron/core/edit/editProperty.js';
import { profileView } from '../../../electron/core/model/profileView.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { realProfile } from '../store/storeHelpers.js';

/** The same profile with every service and provider section under a new UID, everywhere it is named. */
function reUid(doc: ProfileDoc): { doc: ProfileDoc; map: Map<string, string> } {
  const view = profileView(doc);
  const olds = view.services.flatMap((s) => [s.uid, ...s.providers.filter((p) => p.exists).map((p) => p.uid)]);
  const map = new Map(olds.map((u, i) => [u, (i + 1).toString(16).padStart(2, '0').repeat(16)]));
  const swap = (text: string) => [...map].reduce((t, [from, to]) => t.split(from).join(to), text);
  return {
    doc: {
      ...doc,
      keys: doc.keys.map((k) => ({ ...k, path: swap(k.path.toLowerCase()), values: k.values.map((v) => ({ ...v, data: swap(v.data) })) })),
    },
    map,
  };
}

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';

describe('compare', () => {
  it('an untouched profile equals itself', () => {
    const doc = realProfile('a');
    expect(compareProfiles(doc, realProfile('b'))).toEqual({ keys: [], sameKeys: doc.keys.length });
  });

  it('lists the one changed value, with both sides decoded', () => {
    const left = realProfile('a');
    const right = setProperty(left, CONTAB, '001f3001', 'Contacts');
    const c = compareProfiles(left, right);
    expect(c.keys).toEqual([
      {
        path: CONTAB,
        state: 'changed',
        values: [
          expect.objectContaining({
            valueName: '001f3001',
            tagName: 'PR_DISPLAY_NAME_W',
            state: 'changed',
            left: expect.objectContaining({ text: 'Outlook Address Book' }),
            right: expect.objectContaining({ text: 'Contacts' }),
          }),
        ],
      },
    ]);
    expect(c.sameKeys).toBe(left.keys.length - 1);
  });

  it('shows a store entry ID by what it names (DLL and data-file path), not as JSON or hex', () => {
    const left = realProfile('a');
    const pst = '6876da12b533bc47a32ce78191722d01';
    const key = left.keys.find((k) => k.path === pst)!;
    const eid = key.values.find((v) => v.name === '01020fff')!.data;
    // The same entry ID naming D:\\x.pst instead: the path is the last UTF-16 string, before its NUL.
    const path = 'C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst';
    const utf16 = (t: string) => Buffer.from(t, 'utf16le').toString('hex');
    const data = eid.replace(utf16(path), utf16('D:\\x.pst'));
    const right = {
      ...left,
      keys: left.keys.map((k) =>
        k.path !== pst ? k : { ...k, values: k.values.map((v) => (v.name === '01020fff' ? { ...v, data } : v)) },
      ),
    };
    const diff = compareProfiles(left, right).keys[0]!.values[0]!;
    expect(diff.left?.text).toBe(`mspst.dll · ${path}`);
    expect(diff.right?.text).toBe('mspst.dll · D:\\x.pst');
  });

  it('shows keys only on one side, and compares two sections whatever their UIDs', () => {
    const left = realProfile('a');
    const right = { ...left, keys: left.keys.filter((k) => k.path !== CONTAB) };
    expect(compareProfiles(left, right).keys.map((k) => [k.path, k.state])).toEqual([[CONTAB, 'onlyLeft']]);
    const sections = compareProfiles(left, left, { left: CONTAB, right: '0ae1fb8ed673e5499ac19850e84bbf46' });
    expect(sections.keys).toHaveLength(1);
    expect(sections.keys[0]!.values.some((v) => v.state === 'onlyRight' && v.valueName === '01023d0c')).toBe(true);
  });

  it('matches services, providers and sections by meaning: the same services under other UIDs compare equal', () => {
    const left = realProfile('a');
    const { doc: right, map } = reUid(left);
    expect(map.size).toBeGreaterThan(2);
    expect(compareProfiles(left, right)).toEqual({ keys: [], sameKeys: left.keys.length });
    // A real difference still shows, on the matching key of each side.
    const renamed = setProperty(right, map.get(CONTAB)!, '001f3001', 'Contacts');
    const diff = compareProfiles(left, renamed);
    expect(diff.keys.map((k) => [k.path, k.rightPath, k.state])).toEqual([[CONTAB, map.get(CONTAB), 'changed']]);
    expect(diff.keys[0]!.values.map((v) => [v.valueName, v.left?.text, v.right?.text])).toEqual([
      ['001f3001', 'Outlook Address Book', 'Contacts'],
    ]);
  });
});
