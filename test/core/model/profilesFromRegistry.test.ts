import { describe, expect, it } from 'vitest';
import { profilesFromRegistry, profileToRegistry } from '../../../electron/core/model/profilesFromRegistry.js';
import { RegType, type RegKey } from '../../../electron/core/formats/registry.js';
import { ProfileDoc } from '../../../shared/profileDoc.js';
import { importWarningText } from '../../../shared/i18n/importWarnings.js';
import { groundTruthKeys, PROFILE_ROOT } from './groundTruth.js';

/** A REG_SZ's data: UTF-16LE with its NUL, as hex. */
const sz = (s: string) => Buffer.from(s + '\0', 'utf16le').toString('hex');

describe('profilesFromRegistry on the 16.0 sample', () => {
  const keys = groundTruthKeys();
  const result = profilesFromRegistry(keys, { source: 'hive', file: 'NTUSER.DAT' });

  it('finds one profile "Outlook" with the subtree in order, profile key first', () => {
    expect(result.profiles).toHaveLength(1);
    expect(result.warnings).toEqual([]);
    const [p] = result.profiles;
    expect(ProfileDoc.parse(p)).toBeTruthy();
    expect(p!.name).toBe('Outlook');
    expect(p!.origin).toEqual({ source: 'hive', file: 'NTUSER.DAT', root: PROFILE_ROOT });
    expect(p!.keys[0]!.path).toBe('');
    expect(p!.keys.map((k) => k.path)).toEqual(['', ...keys.slice(2).map((k) => k.path.slice(PROFILE_ROOT.length + '\\Outlook\\'.length))]);
    expect(p!.keys).toHaveLength(keys.length - 1);
    expect(p!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives a fresh id on each import', () => {
    expect(profilesFromRegistry(keys, { source: 'hive' }).profiles[0]!.id).not.toBe(result.profiles[0]!.id);
  });

  it('reproduces every key and value of the profile exactly (profileToRegistry)', () => {
    const back = profileToRegistry(result.profiles[0]!);
    expect(back).toEqual(keys.slice(1));
  });

  it('has no default without the Outlook key, and reads DefaultProfile on …\\Outlook (Office)', () => {
    expect(result.defaults).toEqual([]);
    const outlook: RegKey = {
      path: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook',
      values: [{ name: 'DefaultProfile', type: RegType.SZ, data: sz('Outlook') }],
    };
    const r = profilesFromRegistry([outlook, ...keys], { source: 'reg' });
    expect(r.defaults).toEqual([{ root: PROFILE_ROOT, name: 'Outlook' }]);
    const back = profileToRegistry(r.profiles[0]!, { isDefault: true });
    expect(back[0]).toEqual(outlook);
    expect(back.slice(1)).toEqual(keys.slice(1));
  });
});

describe('profilesFromRegistry roots', () => {
  const v = (name: string) => [{ name, type: RegType.BINARY, data: '01' }];

  it('finds profiles under HKEY_USERS\\<sid> and the Windows Messaging Subsystem, case-insensitively', () => {
    const wms = 'HKEY_USERS\\S-1-5-21-1\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles';
    const keys: RegKey[] = [
      { path: wms, values: [{ name: 'DefaultProfile', type: RegType.SZ, data: sz('Old') }] },
      { path: wms + '\\Old', values: [] },
      { path: wms.toUpperCase() + '\\OLD\\9207f3e0a3b11019908b08002b2a56c2', values: v('01023d0e') },
      { path: 'HKEY_CURRENT_USER\\software\\microsoft\\office\\15.0\\outlook\\profiles\\A', values: v('x') },
      { path: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Outlook\\Setup', values: v('y') },
    ];
    const r = profilesFromRegistry(keys, { source: 'reg' });
    expect(r.profiles.map((p) => [p.name, p.origin.root])).toEqual([
      ['Old', wms],
      ['A', 'HKEY_CURRENT_USER\\software\\microsoft\\office\\15.0\\outlook\\profiles'],
    ]);
    expect(r.profiles[0]!.keys.map((k) => k.path)).toEqual(['', '9207f3e0a3b11019908b08002b2a56c2']);
    expect(r.defaults).toEqual([{ root: wms, name: 'Old' }]);
    const back = profileToRegistry(r.profiles[0]!, { isDefault: true });
    expect(back[0]!.path).toBe(wms);
    expect(back[1]!.path).toBe(wms + '\\Old');
  });

  it('warns about a missing profile key, a missing default profile and duplicate keys', () => {
    const root = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook';
    const keys: RegKey[] = [
      { path: root, values: [{ name: 'DefaultProfile', type: RegType.SZ, data: sz('Gone') }] },
      { path: root + '\\Profiles\\P\\abc', values: v('a') },
      { path: root + '\\Profiles\\P\\ABC', values: v('b') },
    ];
    const r = profilesFromRegistry(keys, { source: 'reg' });
    expect(r.profiles[0]!.keys).toEqual([
      { path: '', values: [] },
      {
        path: 'abc',
        values: [
          { name: 'a', type: 3, data: '01' },
          { name: 'b', type: 3, data: '01' },
        ],
      },
    ]);
    expect(r.warnings).toEqual([
      { reason: 'keyMerged', params: { key: root + '\\Profiles\\P\\ABC' } },
      { reason: 'profileKeyMissing', params: { name: 'P' } },
      { reason: 'defaultProfileMissing', params: { name: 'Gone', root: root + '\\Profiles' } },
    ]);
    expect(r.warnings.map((w) => importWarningText('en', w))).toEqual([
      `Key ${root}\\Profiles\\P\\ABC appears more than once; its values were merged.`,
      'Profile "P" has no key of its own in the input; an empty one was assumed.',
      `The default profile "Gone" of ${root}\\Profiles is not among the profiles found.`,
    ]);
    expect(importWarningText('fr', r.warnings[1]!)).toBe(
      'Le profil « P » n’a pas de clé propre dans le fichier ; une clé vide a été supposée.',
    );
  });

  it('places each key by its own path, whatever key came before it (profiles interleaved, prefixes, nesting)', () => {
    const office = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
    const wms = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles';
    const nested = wms + '\\W\\Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles';
    const keys: RegKey[] = [
      { path: office + '\\A', values: v('a') },
      { path: office + '\\A\\s1', values: v('b') },
      { path: office + '\\AB\\s1', values: v('c') },
      { path: office + '\\A\\s2', values: v('d') },
      { path: office.toLowerCase() + '\\a\\s3', values: v('e') },
      { path: office + '\\A', values: v('f') },
      { path: wms + '\\W', values: v('g') },
      { path: wms + '\\W\\s1', values: v('h') },
      { path: nested + '\\N\\s1', values: v('i') },
    ];
    const r = profilesFromRegistry(keys, { source: 'hive' });
    const layout = r.profiles.map((p) => [p.origin.root, p.name, p.keys.map((k) => [k.path, k.values.map((x) => x.name).join()])]);
    expect(layout).toEqual([
      [
        office,
        'A',
        [
          ['', 'a,f'],
          ['s1', 'b'],
          ['s2', 'd'],
          ['s3', 'e'],
        ],
      ],
      [
        office,
        'AB',
        [
          ['', ''],
          ['s1', 'c'],
        ],
      ],
      [
        wms,
        'W',
        [
          ['', 'g'],
          ['s1', 'h'],
        ],
      ],
      [
        nested,
        'N',
        [
          ['', ''],
          ['s1', 'i'],
        ],
      ],
    ]);
  });

  it('ignores keys outside any profiles root', () => {
    expect(
      profilesFromRegistry([{ path: 'HKEY_CURRENT_USER\\Software\\Other\\Profiles\\X', values: [] }], { source: 'reg' }).profiles,
    ).toEqual([]);
  });
});
