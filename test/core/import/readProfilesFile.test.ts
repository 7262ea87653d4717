import { describe, expect, it } from 'vitest';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { detectFormat } from '../../../electron/core/import/detectFormat.js';
import { FormatError } from '../../../electron/core/formats/formatError.js';
import { readSample, sampleHive, SAMPLE } from '../../helpers/samples.js';

describe('reading profiles from a file', () => {
  it('finds the Outlook profile and its default in the real hive', () => {
    const r = readProfilesFile(sampleHive(), 'NTUSER.DAT');
    expect(r.format).toBe('hive');
    expect(r.profiles.map((p) => p.name)).toEqual(['Outlook']);
    expect(r.defaults).toEqual([{ root: expect.stringMatching(/\\16\.0\\Outlook\\Profiles$/i), name: 'Outlook' }]);
    expect(r.warnings.some((w) => /sequence/i.test(w))).toBe(true);
  });

  it('finds the same profile, value for value, in the hivexregedit export', () => {
    const fromHive = readProfilesFile(sampleHive(), 'NTUSER.DAT').profiles[0]!;
    const fromReg = readProfilesFile(readSample(SAMPLE.hivexReg), 'x.reg').profiles[0]!;
    const sorted = (p: typeof fromHive) =>
      p.keys.map((k) => ({ path: k.path.toLowerCase(), values: [...k.values].sort((a, b) => a.name.localeCompare(b.name)) }));
    expect(sorted(fromReg)).toEqual(sorted(fromHive));
  });

  it('recognises each format by its bytes, and refuses anything else with a located error', () => {
    expect(detectFormat(readSample(SAMPLE.regeditUtf16))).toBe('reg');
    expect(detectFormat(readSample(SAMPLE.regeditWrapped))).toBe('reg');
    expect(detectFormat(readSample(SAMPLE.prf))).toBe('prf');
    expect(() => detectFormat(new TextEncoder().encode('hello'))).toThrow(FormatError);
  });

  it('reads a .reg with no profile in it as no profiles, not an error', () => {
    expect(readProfilesFile(readSample(SAMPLE.regeditUtf16), 'Outlook.reg').profiles).toEqual([]);
  });
});
