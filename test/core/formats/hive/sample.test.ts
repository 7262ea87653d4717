import { beforeAll, describe, expect, it } from 'vitest';
import { collectProfileKeys, openHive, readSubtree, type Hive } from '../../../../electron/core/formats/hive/index.js';
import { RegType, type RegKey } from '../../../../electron/core/formats/registry.js';
import { importWarningText } from '../../../../shared/i18n/importWarnings.js';
import { dumpHiveWithLibhivex } from '../../../helpers/libhivex.js';
import { describeWith } from '../../../helpers/peerTools.js';
import { groundTruth, sampleHive, sampleHivePath, toHex, type GroundTruthKey } from '../../../helpers/samples.js';

const PROFILES = 'Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
const asTruth = (keys: RegKey[]): GroundTruthKey[] =>
  keys.map((k) => ({ key: k.path, values: k.values.map((v) => ({ name: v.name, type: v.type, hex: v.data })) }));

let hive: Hive;
beforeAll(() => {
  hive = openHive(sampleHive());
});

describe('the sample NTUSER.DAT', () => {
  it('opens as a dirty minor-5 hive: a warning, not an error', () => {
    expect(hive.minorVersion).toBe(5);
    expect(hive.warnings).toHaveLength(1);
    expect(hive.warnings[0]).toEqual({ reason: 'hiveDirty', params: { primary: '29989', secondary: '29988' } });
    expect(importWarningText('en', hive.warnings[0]!)).toBe(
      'dirty hive: sequence numbers differ (29989 ≠ 29988); changes in its .LOG1/.LOG2 files were not applied',
    );
    expect(hive.root.lastWritten).toBeInstanceOf(Date);
  });

  it('reads the 16.0 Profiles subtree exactly as the ground truth (hive stores "SOFTWARE", the JSON "Software")', () => {
    const ours = asTruth(readSubtree(hive, PROFILES, 'HKEY_CURRENT_USER'));
    const truth = groundTruth();
    expect(truth).toHaveLength(18);
    // The hive's own casing is kept; the JSON was written with the path as typed.
    for (const k of ours) expect(k.key.startsWith('HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles')).toBe(true);
    const recased = ours.map((k) => ({ ...k, key: k.key.replace('\\SOFTWARE\\', '\\Software\\') }));
    expect(recased).toEqual(truth);
  });

  it('finds the subtree whatever the casing of the path asked for', () => {
    expect(readSubtree(hive, PROFILES.toUpperCase(), 'X')).toHaveLength(18);
    expect(readSubtree(hive, 'Software\\No\\Such\\Key', 'X')).toEqual([]);
  });

  it('collectProfileKeys: each Office <ver>\\Outlook key, then its Profiles subtree', () => {
    const keys = collectProfileKeys(hive);
    const outlook16 = keys.find((k) => k.path === 'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook');
    expect(outlook16).toBeDefined();
    const def = outlook16!.values.find((v) => v.name === 'DefaultProfile');
    expect(def?.type).toBe(RegType.SZ);
    expect(def!.data).toBe(toHex(Buffer.from('Outlook\0', 'utf16le')));
    const i = keys.indexOf(outlook16!);
    const profiles = asTruth(keys.slice(i + 1, i + 19)).map((k) => ({ ...k, key: k.key.replace('\\SOFTWARE\\', '\\Software\\') }));
    expect(profiles).toEqual(groundTruth());
    // 12.0, 15.0 and 8.0 have an Outlook key but no Profiles; versions come in subkey-list order (lh lists
    // sort by upper-cased name, so 8.0 is last); no Windows Messaging Subsystem profiles in this hive.
    const office = 'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\';
    expect(keys.map((k) => k.path)).toEqual([
      office + '12.0\\Outlook',
      office + '15.0\\Outlook',
      office + '16.0\\Outlook',
      ...groundTruth().map((k) => k.key.replace('\\Software\\', '\\SOFTWARE\\')),
      office + '8.0\\Outlook',
    ]);
    expect(keys.every((k) => !/Windows Messaging Subsystem/i.test(k.path))).toBe(true);
  });

  it('the lazy API reads one key without walking the hive', () => {
    const outlook = hive.root.child('software')?.child('MICROSOFT')?.child('office')?.child('16.0')?.child('outlook');
    expect(outlook?.name).toBe('Outlook');
    expect(outlook?.values().map((v) => v.name)).toContain('DefaultProfile');
    expect(hive.root.child('nope')).toBeUndefined();
  });
});

describeWith(['pythonHivex'], 'whole hive against libhivex (python3-hivex)', () => {
  it('every key and value of the sample hive matches libhivex, in order', () => {
    const theirs = dumpHiveWithLibhivex(sampleHivePath());
    const ours = asTruth(readSubtree(hive, '', ''));
    expect(ours.length).toBe(theirs.length);
    expect(ours.length).toBe(6279);
    // Big data (3 values over 16344 bytes) and Unicode value names are in there.
    expect(theirs.some((k) => k.values.some((v) => v.hex.length > 2 * 16344))).toBe(true);
    for (let i = 0; i < ours.length; i++) expect(ours[i]).toEqual(theirs[i]);
  });
});
