import { describe, expect, it } from 'vitest';
import { backupFileName, backupReg, liveProfileKey, planWriteBack } from '../../../electron/core/liveRegistry/index.js';
import { parseReg, toSnapshot } from '../../../electron/core/formats/reg/index.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';
import { readSample, SAMPLE } from '../../helpers/samples.js';

/** The sample's "Outlook" profile, as the registry spells its root (`SOFTWARE` upper-case). */
const outlook = (): ProfileDoc => readProfilesFile(readSample(SAMPLE.hivexReg), 'x.reg').profiles[0]!;
const ROOT16 = PROFILE_ROOTS.office16;

describe('planWriteBack', () => {
  it('deletes each changed profile key first, then writes it whole, under the live root’s spelling', () => {
    const doc = outlook();
    expect(doc.origin.root).toBe('HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles');
    const plan = planWriteBack([doc], () => false);
    expect(plan.deletedKeys).toEqual([ROOT16 + '\\Outlook']);

    const file = parseReg(plan.bytes);
    expect(file.version).toBe('5.00');
    expect(file.entries[0]).toMatchObject({ kind: 'deleteKey', path: ROOT16 + '\\Outlook' });
    expect(file.entries.slice(1).every((e) => e.kind === 'key')).toBe(true);
    const snap = toSnapshot(file);
    expect(snap.keys.length).toBe(doc.keys.length);
    expect(snap.keys[0]!.path).toBe(ROOT16 + '\\Outlook');
    // Every value written back with its type and bytes.
    const back = readProfilesFile(plan.bytes, 'plan.reg');
    expect(back.profiles[0]!.keys).toEqual(doc.keys);
  });

  it('sets DefaultProfile on the Office Outlook key only for a default profile', () => {
    const doc = outlook();
    const plan = planWriteBack([doc], (d) => d.id === doc.id);
    expect(plan.keys[0]).toMatchObject({ path: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook' });
    expect(plan.keys[0]!.values.map((v) => v.name)).toEqual(['DefaultProfile']);
    // The Outlook key itself is never deleted: only the profile key is.
    expect(plan.deletedKeys).toEqual([ROOT16 + '\\Outlook']);
  });

  it('deletes removed profiles (deleted or renamed away) without writing them, once each', () => {
    const doc = { ...outlook(), name: 'Renamed' };
    const plan = planWriteBack([doc], () => false, [
      { root: ROOT16, name: 'Outlook' },
      { root: ROOT16.toUpperCase(), name: 'OUTLOOK' },
      { root: PROFILE_ROOTS.messaging, name: 'Old Profile' },
    ]);
    expect(plan.deletedKeys).toEqual([ROOT16 + '\\Renamed', ROOT16 + '\\Outlook', PROFILE_ROOTS.messaging + '\\Old Profile']);
    expect(plan.keys.every((k) => k.path.startsWith(ROOT16 + '\\Renamed'))).toBe(true);
  });

  it('refuses names that would reach outside one profile key, and roots that are not this user’s profiles', () => {
    const doc = outlook();
    // An empty name would make [-…\Profiles\] delete every profile.
    expect(() => planWriteBack([], () => false, [{ root: ROOT16, name: '' }])).toThrow(/needs a name/);
    expect(() => planWriteBack([{ ...doc, name: 'a\\b' }], () => false)).toThrow(/backslash/);
    expect(() => planWriteBack([{ ...doc, name: 'a\u0001' }], () => false)).toThrow(/control character/);
    expect(() =>
      planWriteBack(
        [{ ...doc, origin: { ...doc.origin, root: 'HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles' } }],
        () => false,
      ),
    ).toThrow(/not a profiles key of this computer/);
    // Names MAPI would not create but the registry holds are written back.
    expect(liveProfileKey({ root: ROOT16, name: 'x'.repeat(80) })).toBe(ROOT16 + '\\' + 'x'.repeat(80));
    expect(liveProfileKey({ root: ROOT16, name: 'Outlook ' })).toBe(ROOT16 + '\\Outlook ');
  });
});

describe('backup', () => {
  it('deletes what the write-back replaces, then restores every key it read', () => {
    const current = toSnapshot(parseReg(readSample(SAMPLE.hivexReg))).keys;
    const bytes = backupReg(current, { deletedKeys: [ROOT16 + '\\Outlook'] });
    const file = parseReg(bytes);
    expect(file.entries[0]).toMatchObject({ kind: 'deleteKey', path: ROOT16 + '\\Outlook' });
    expect(toSnapshot(file).keys).toEqual(current);
  });

  it('is named with the local date and time', () => {
    expect(backupFileName(new Date(2025, 0, 31, 14, 25, 1))).toBe('outlook-profiles-backup-20250131-142501.reg');
  });
});
