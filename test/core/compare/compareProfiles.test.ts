import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../../../electron/core/compare/compareProfiles.js';
import { setProperty } from '../../../electron/core/edit/editProperty.js';
import { realProfile } from '../store/storeHelpers.js';

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
        values: [expect.objectContaining({ valueName: '001f3001', tagName: 'PR_DISPLAY_NAME_W', state: 'changed', left: expect.objectContaining({ text: '"Outlook Address Book"' }), right: expect.objectContaining({ text: '"Contacts"' }) })],
      },
    ]);
    expect(c.sameKeys).toBe(left.keys.length - 1);
  });

  it('shows keys only on one side, and compares two sections whatever their UIDs', () => {
    const left = realProfile('a');
    const right = { ...left, keys: left.keys.filter((k) => k.path !== CONTAB) };
    expect(compareProfiles(left, right).keys.map((k) => [k.path, k.state])).toEqual([[CONTAB, 'onlyLeft']]);
    const sections = compareProfiles(left, left, { left: CONTAB, right: '0ae1fb8ed673e5499ac19850e84bbf46' });
    expect(sections.keys).toHaveLength(1);
    expect(sections.keys[0]!.values.some((v) => v.state === 'onlyRight' && v.valueName === '01023d0c')).toBe(true);
  });
});
