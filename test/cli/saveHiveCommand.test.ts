/** `mpe save-hive`: profiles of the store written into a hive file, its dry run, and its refusals. */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpHiveWithLibhivex } from '../helpers/libhivex.js';
import { hasTool } from '../helpers/peerTools.js';
import { sampleHivePath, win7HivePath } from '../helpers/samples.js';
import { mpe } from './mpeInProcess.js';

const WMS = 'Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles';

function setUp(sample: () => string) {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-cli-save-hive-'));
  const hive = join(dir, 'NTUSER.DAT');
  copyFileSync(sample(), hive);
  return { store: join(dir, 'store'), dir, hive, bytes: readFileSync(hive) };
}

describe('mpe save-hive', () => {
  it('lists the keys on --dry-run, then writes a copied profile into the hive beside the original', async () => {
    const { store, dir, hive, bytes } = setUp(win7HivePath);
    expect((await mpe(['--store', store, 'import', hive])).code).toBe(0);
    expect((await mpe(['--store', store, 'copy-profile', 'Outlook', 'Second'])).code).toBe(0);

    // The copy has as many keys as the profile it copies, as libhivex counts them in the file.
    const n = hasTool('pythonHivex')
      ? dumpHiveWithLibhivex(hive).filter((k) => k.key === `${WMS}\\Outlook` || k.key.startsWith(`${WMS}\\Outlook\\`)).length
      : 47;
    const dry = await mpe(['--store', store, 'save-hive', hive, 'Second', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`would write ${n} key(s) added, 1 changed, 0 removed:\n+ ${WMS}\\Second\n`);
    expect(dry.stdout).toContain(`~ ${WMS}\n`);
    expect(readFileSync(hive).equals(bytes)).toBe(true);

    const saved = await mpe(['--store', store, '--json', 'save-hive', hive, 'Second']);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({ written: true, backup: `${hive}.bak` });
    expect(readFileSync(`${hive}.bak`).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['NTUSER.DAT', 'NTUSER.DAT.bak', 'store']);

    // Read back by libhivex and by a fresh import: the copy is there, key for key.
    if (hasTool('pythonHivex')) {
      const dump = dumpHiveWithLibhivex(hive).filter((k) => k.key === `${WMS}\\Second` || k.key.startsWith(`${WMS}\\Second\\`));
      expect(dump.length).toBe(n);
    }
    const other = join(dir, 'other-store');
    expect((await mpe(['--store', other, 'import', hive])).code).toBe(0);
    expect(
      JSON.parse((await mpe(['--store', other, '--json', 'list'])).stdout)
        .map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['Outlook', 'Second']);

    // Saving again: nothing to change, nothing written.
    const again = await mpe(['--store', store, 'save-hive', hive, 'Second']);
    expect(again.stdout).toBe(`${hive}: nothing to change.\n`);
  });

  it('refuses a dirty hive without logs (exit 3, file untouched) unless --force', async () => {
    const { store, hive, bytes } = setUp(sampleHivePath);
    expect((await mpe(['--store', store, 'import', hive])).code).toBe(0);
    expect((await mpe(['--store', store, 'copy-profile', 'Outlook', 'Second'])).code).toBe(0);
    const refused = await mpe(['--store', store, 'save-hive', hive, 'Second']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/^E_IO: NTUSER\.DAT is a dirty hive \(sequence numbers 29989 ≠ 29988\)/);
    expect(readFileSync(hive).equals(bytes)).toBe(true);
    expect((await mpe(['--store', store, 'save-hive', hive, 'Second', '--force'])).code).toBe(0);
    expect(readFileSync(`${hive}.bak`).equals(bytes)).toBe(true);
  });

  it('an unknown profile is exit 3, missing arguments exit 2; nothing is written', async () => {
    const { store, dir, hive } = setUp(win7HivePath);
    expect((await mpe(['--store', store, 'save-hive', hive, 'Nobody'])).code).toBe(3);
    expect((await mpe(['--store', store, 'save-hive', hive])).code).toBe(2);
    expect(readdirSync(dir).filter((f) => f !== 'store')).toEqual(['NTUSER.DAT']);
  });
});
