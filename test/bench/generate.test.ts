// The bench's input generator, tested in `npm test`: the 10-profile inputs import back to 10 profiles of
// the intended shape, deterministically from the seed; the hive (built by hivexregedit) too, when installed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProfilesFile } from '../../electron/core/import/readProfilesFile.js';
import { profileView } from '../../electron/core/model/index.js';
import { itWith } from '../helpers/peerTools.js';
import { benchInput, generateRegBytes } from './generate/inputs.js';
import { sectionCount } from './generate/profiles.js';

describe('bench input generator', () => {
  it('writes 10 profiles of ~20 sections as a .reg that imports back', () => {
    const input = benchInput(10, { seed: 7 });
    const found = readProfilesFile(new Uint8Array(readFileSync(input.regPath)), 'bench.reg');
    expect(found.format).toBe('reg');
    expect(found.warnings).toEqual([]);
    expect(found.profiles.map((p) => p.name)).toEqual(input.names);
    expect(found.defaults.map((d) => d.name)).toEqual([input.names[0]]);
    for (const doc of found.profiles) {
      expect(sectionCount(doc.keys)).toBe(19); // 13 of the sample + 2 cloned services × 3
      const view = profileView(doc);
      expect(view.services.map((s) => s.displayName)).toEqual([
        'Outlook Address Book',
        'Outlook Data File',
        'Shared Mailbox 1',
        'Shared Mailbox 2',
      ]);
      expect(view.accountManager?.accounts.every((a) => a.serviceExists)).toBe(true);
    }
    const uids = found.profiles.flatMap((p) => profileView(p).services.map((s) => s.uid));
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('is deterministic: same seed, same bytes; another seed, other bytes', () => {
    const a = generateRegBytes(7, 2).bytes;
    expect(Buffer.from(generateRegBytes(7, 2).bytes).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(generateRegBytes(8, 2).bytes).equals(Buffer.from(a))).toBe(false);
  });

  itWith(['hivexregedit'], 'builds the same profiles into a hive with hivexregedit', () => {
    const input = benchInput(10, { seed: 7, hive: true });
    const found = readProfilesFile(new Uint8Array(readFileSync(input.hivePath!)), 'bench.hive');
    expect(found.format).toBe('hive');
    expect(found.profiles.map((p) => p.name).sort()).toEqual([...input.names].sort());
  });
});
