import { describe, expect, it } from 'vitest';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { detectFormat } from '../../../electron/core/import/detectFormat.js';
import { FormatError } from '../../../electron/core/formats/formatError.js';
import { importWarningText } from '../../../shared/i18n/importWarnings.js';
import { EXTRA, describeExtra, readExtra } from '../../helpers/extraRealData.js';
import { readSample, sampleHive, SAMPLE, WINE_EXPORTS } from '../../helpers/samples.js';
import { octPrfBytes } from '../formats/prf/prfFixtures.js';

describe('reading profiles from a file', () => {
  it('finds the Outlook profile and its default in the real hive', () => {
    const r = readProfilesFile(sampleHive(), 'NTUSER.DAT');
    expect(r.format).toBe('hive');
    expect(r.profiles.map((p) => p.name)).toEqual(['Outlook']);
    expect(r.defaults).toEqual([{ root: expect.stringMatching(/\\16\.0\\Outlook\\Profiles$/i), name: 'Outlook' }]);
    expect(r.warnings.some((w) => /sequence/i.test(importWarningText('en', w)))).toBe(true);
  });

  it('finds the same profile, value for value, in the hivexregedit export', () => {
    const fromHive = readProfilesFile(sampleHive(), 'NTUSER.DAT').profiles[0]!;
    const fromReg = readProfilesFile(readSample(SAMPLE.hivexReg), 'x.reg').profiles[0]!;
    const sorted = (p: typeof fromHive) =>
      p.keys.map((k) => ({ path: k.path.toLowerCase(), values: [...k.values].sort((a, b) => a.name.localeCompare(b.name)) }));
    expect(sorted(fromReg)).toEqual(sorted(fromHive));
  });

  it('recognises each format by its bytes, and refuses anything else with a located error', () => {
    for (const name of WINE_EXPORTS) expect(detectFormat(readSample(name))).toBe('reg');
    expect(detectFormat(readSample(SAMPLE.hivexReg))).toBe('reg');
    expect(detectFormat(sampleHive())).toBe('hive');
    expect(detectFormat(octPrfBytes())).toBe('prf');
    expect(() => detectFormat(new TextEncoder().encode('hello'))).toThrow(FormatError);
  });

  it('reports the deletions of a .reg it did not apply, with their count (words in the UI’s language)', () => {
    const p = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\P';
    const text = `Windows Registry Editor Version 5.00\r\n\r\n[${p}]\r\n"a"=dword:1\r\n"b"=-\r\n\r\n[-${p}\\gone]\r\n`;
    const r = readProfilesFile(new TextEncoder().encode(text), 'x.reg');
    expect(r.profiles.map((x) => x.name)).toEqual(['P']);
    expect(r.warnings).toEqual([{ reason: 'regDeletions', params: { count: 2 } }]);
    expect(importWarningText('en', r.warnings[0]!)).toBe(
      '2 deletion(s) in the file were not applied: they delete from a registry, not from this import',
    );
    expect(importWarningText('fr', r.warnings[0]!)).toBe(
      '2 suppression(s) du fichier n’ont pas été appliquées : elles suppriment dans un registre, pas dans cette importation',
    );
  });

  it('reads a .reg with no profile in it as no profiles, not an error', () => {
    expect(readProfilesFile(readSample(SAMPLE.wineEnvironment), 'Environment.reg').profiles).toEqual([]);
  });

  it('finds the same profile, value for value, in Wine’s `reg export` of the key', () => {
    const fromHive = readProfilesFile(sampleHive(), 'NTUSER.DAT').profiles[0]!;
    const fromWine = readProfilesFile(readSample(SAMPLE.wineProfiles), 'wine.reg').profiles[0]!;
    const sorted = (p: typeof fromHive) =>
      p.keys.map((k) => ({ path: k.path.toLowerCase(), values: [...k.values].sort((a, b) => a.name.localeCompare(b.name)) }));
    expect(sorted(fromWine)).toEqual(sorted(fromHive));
  });
});

describeExtra('reading the real regedit exports and OCT PRF', () => {
  it('recognises each format by its bytes', () => {
    expect(detectFormat(readExtra(EXTRA.regeditUtf16))).toBe('reg');
    expect(detectFormat(readExtra(EXTRA.regeditWrapped))).toBe('reg');
    expect(detectFormat(readExtra(EXTRA.prf))).toBe('prf');
  });

  it('reads a .reg with no profile in it as no profiles, not an error', () => {
    expect(readProfilesFile(readExtra(EXTRA.regeditUtf16), 'Outlook.reg').profiles).toEqual([]);
  });
});
