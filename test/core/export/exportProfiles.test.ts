import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProfiles } from '../../../electron/core/export/exportProfiles.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { itWith } from '../../helpers/peerTools.js';
import { sampleHive, sampleHivePath } from '../../helpers/samples.js';

const outlook = () => readProfilesFile(sampleHive(), 'NTUSER.DAT').profiles[0]!;

describe('exporting profiles', () => {
  it('an untouched profile exported to .reg reads back identical (keys, types, bytes)', () => {
    const doc = outlook();
    const out = exportProfiles([{ doc, isDefault: true }], 'reg');
    expect(out.fileName).toBe('Outlook.reg');
    expect([...out.bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const back = readProfilesFile(out.bytes, 'Outlook.reg');
    expect(back.profiles[0]!.keys).toEqual(doc.keys);
    expect(back.defaults.map((d) => d.name)).toEqual(['Outlook']);
  });

  it('REGEDIT4 export reads back identical too', () => {
    const doc = outlook();
    const back = readProfilesFile(exportProfiles([{ doc, isDefault: false }], 'reg4').bytes, 'x.reg');
    expect(back.profiles[0]!.keys).toEqual(doc.keys);
    expect(back.defaults).toEqual([]);
  });

  it('JSON export lists every value with its registry type and bytes', () => {
    const doc = outlook();
    const json = JSON.parse(new TextDecoder().decode(exportProfiles([{ doc, isDefault: true }], 'json').bytes));
    expect(json.profiles[0].keys).toEqual(doc.keys);
    expect(json.profiles[0].isDefault).toBe(true);
  });

  it('redactSecrets removes secure and password values only', () => {
    const doc = outlook();
    const withSecret = {
      ...doc,
      keys: doc.keys.map((k, i) =>
        i === 1
          ? { ...k, values: [...k.values, { name: 'S001e67f1', type: 3, data: '0102' }, { name: 'POP3 Password', type: 3, data: '02ff' }] }
          : k,
      ),
    };
    const out = exportProfiles([{ doc: withSecret, isDefault: false }], 'json', { redactSecrets: true });
    expect(out.redacted).toBe(2);
    expect(JSON.parse(new TextDecoder().decode(out.bytes)).profiles[0].keys).toEqual(doc.keys);
  });

  itWith(['hivexregedit'], 'hivexregedit merges our export into a hive, and the hive reads back the same profile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpe-export-'));
    const hive = join(dir, 'NTUSER.DAT');
    copyFileSync(sampleHivePath(), hive);
    const doc = outlook();
    const renamed = { ...doc, name: 'Copy Check' };
    // hivexregedit reads .reg files in the local encoding (UTF-8 here), so the UTF-16 export (after its BOM)
    // is re-encoded.
    writeFileSync(
      join(dir, 'in.reg'),
      Buffer.from(exportProfiles([{ doc: renamed, isDefault: false }], 'reg').bytes)
        .subarray(2)
        .toString('utf16le'),
    );
    execFileSync('hivexregedit', ['--merge', '--prefix', 'HKEY_CURRENT_USER', hive, join(dir, 'in.reg')]);
    const merged = readProfilesFile(new Uint8Array(readFileSync(hive)), 'merged.DAT');
    const copy = merged.profiles.find((p) => p.name === 'Copy Check');
    expect(
      copy?.keys.map((k) => ({ path: k.path.toLowerCase(), values: [...k.values].sort((a, b) => a.name.localeCompare(b.name)) })),
    ).toEqual(doc.keys.map((k) => ({ path: k.path.toLowerCase(), values: [...k.values].sort((a, b) => a.name.localeCompare(b.name)) })));
  });
});
