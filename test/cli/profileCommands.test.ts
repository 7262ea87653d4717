import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProfilesFile } from '../../electron/core/import/readProfilesFile.js';
import { groundTruth, sampleHivePath, samplePath, SAMPLE } from '../helpers/samples.js';
import { mpe } from './mpeInProcess.js';

const store = () => mkdtempSync(join(tmpdir(), 'mpe-cli-'));

describe('mpe on real files', () => {
  it('imports the sample hive, lists it, and shows it as JSON with exact value bytes', async () => {
    const s = store();
    expect((await mpe(['--store', s, 'import', sampleHivePath()])).code).toBe(0);
    const list = JSON.parse((await mpe(['--store', s, '--json', 'list'])).stdout);
    expect(list).toMatchObject([{ name: 'Outlook', isDefault: true, serviceCount: 2 }]);
    const shown = JSON.parse((await mpe(['--store', s, '--json', 'show', 'Outlook'])).stdout);
    // Every ground-truth value appears in the view with the same registry type and bytes.
    const byPath = new Map<string, { valueName: string; regType: number; data?: string }[]>(
      shown.view.sections.map((x: { path: string; properties: never[]; values: never[] }) => [
        x.path.toLowerCase(),
        [...x.properties, ...x.values],
      ]),
    );
    const prefix = /^HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16\.0\\Outlook\\Profiles\\Outlook\\?/i;
    for (const key of groundTruth().filter((k) => prefix.test(k.key) && k.key.replace(prefix, '') !== '')) {
      const values = byPath.get(key.key.replace(prefix, '').toLowerCase()) ?? [];
      for (const v of key.values)
        expect(
          values.find((x) => x.valueName === v.name),
          `${key.key} ${v.name}`,
        ).toMatchObject({ regType: v.type, data: v.hex });
    }
  });

  it('a bad file is exit 4 with FILE:LINE, and nothing is written', async () => {
    const s = store();
    const bad = join(s, 'bad.reg');
    writeFileSync(bad, 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\x]\r\n"a"=dword:123456789\r\n');
    const r = await mpe(['--store', s, 'import', bad]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^bad\.reg:4: /);
    expect(JSON.parse((await mpe(['--store', s, '--json', 'history'])).stdout)).toEqual([]);
  });

  it('admin commands, their MAPI errors (exit 3), undo/redo/history', async () => {
    const s = store();
    await mpe(['--store', s, 'import', samplePath(SAMPLE.hivexReg)]);
    expect((await mpe(['--store', s, '--source', SAMPLE.hivexReg, 'create-profile', 'Work'])).code).toBe(0);
    const dup = await mpe(['--store', s, 'rename-profile', 'Work', 'outlook']);
    expect(dup.code).toBe(3);
    expect(dup.stderr).toMatch(/^MAPI_E_NO_ACCESS \(0x80070005\): A profile named "outlook" already exists under .* in regipy/);
    const missing = await mpe(['--store', s, 'delete-profile', 'Nope']);
    expect(missing).toMatchObject({ code: 3, stderr: expect.stringMatching(/^MAPI_E_NOT_FOUND \(0x8004010F\)/) });
    expect((await mpe(['--store', s, 'copy-profile', 'Outlook', 'Copy'])).code).toBe(0);
    expect((await mpe(['--store', s, 'set-default', 'Copy'])).code).toBe(0);
    expect((await mpe(['--store', s, 'delete-profile', 'Work'])).code).toBe(0);
    expect((await mpe(['--store', s, 'undo'])).stdout).toMatch(/Undone: Delete profile 'Work'/);
    expect((await mpe(['--store', s, 'redo'])).stdout).toMatch(/Redone: Delete profile 'Work'/);
    const history = JSON.parse((await mpe(['--store', s, '--json', 'history'])).stdout);
    expect(history.map((h: { description: string }) => h.description)).toEqual([
      `Import ${SAMPLE.hivexReg}`,
      "Create profile 'Work'",
      "Copy profile 'Outlook' to 'Copy'",
      "Set 'Copy' as the default profile",
      "Delete profile 'Work'",
    ]);
  });

  it('export writes a .reg that reads back the same profile, and keeps an overwritten file as .bak', async () => {
    const s = store();
    await mpe(['--store', s, 'import', sampleHivePath()]);
    const out = join(s, 'out.reg');
    writeFileSync(out, 'old');
    const r = await mpe(['--store', s, 'export', 'Outlook', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(`${out}.bak`, 'utf8')).toBe('old');
    const back = readProfilesFile(new Uint8Array(readFileSync(out)), 'out.reg');
    const original = readProfilesFile(new Uint8Array(readFileSync(sampleHivePath())), 'NTUSER.DAT');
    expect(back.profiles[0]!.keys).toEqual(original.profiles[0]!.keys);
    expect(back.defaults.map((d) => d.name)).toEqual(['Outlook']);
    expect(existsSync(join(s, 'out.reg.bak'))).toBe(true);
  });

  it('addresses a name two files hold as SOURCE:NAME or with --source; a bare one is a usage error listing both', async () => {
    const s = store();
    const other = join(s, 'laptop.reg');
    writeFileSync(other, readFileSync(samplePath(SAMPLE.hivexReg)));
    expect((await mpe(['--store', s, 'import', sampleHivePath(), other])).code).toBe(0);
    const list = await mpe(['--store', s, 'list']);
    expect(list.stdout.split('\n')[0]).toMatch(/^SOURCE\s+PROFILE\s+DEFAULT\s+SERVICES\s+UNSAVED\s+ROOT/);
    expect(list.stdout).toMatch(/NTUSER_BAGMRU\.DAT\s+Outlook\s+yes/);
    expect(list.stdout).toMatch(/laptop\.reg\s+Outlook\s+\s2\s/);
    const bare = await mpe(['--store', s, 'show', 'Outlook']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("several profiles are named 'Outlook'");
    expect(bare.stderr).toContain('  NTUSER_BAGMRU.DAT:Outlook\n  laptop.reg:Outlook');
    const shown = JSON.parse((await mpe(['--store', s, '--json', 'show', 'laptop.reg:Outlook'])).stdout);
    expect(shown.summary.origin.sourceId).toBeDefined();
    expect((await mpe(['--store', s, '--source', 'laptop.reg', 'rename-profile', 'Outlook', 'Laptop'])).code).toBe(0);
    // Now the name is unique again: a bare name works.
    expect((await mpe(['--store', s, 'show', 'Outlook'])).code).toBe(0);
  });

  it('a file opened again is a usage error until --reload or --again', async () => {
    const s = store();
    expect((await mpe(['--store', s, 'import', sampleHivePath()])).code).toBe(0);
    const again = await mpe(['--store', s, 'import', sampleHivePath()]);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('is already open: add --reload') });
    expect((await mpe(['--store', s, 'rename-profile', 'Outlook', 'Edited'])).code).toBe(0);
    expect((await mpe(['--store', s, 'import', sampleHivePath(), '--reload'])).code).toBe(0);
    expect(JSON.parse((await mpe(['--store', s, '--json', 'list'])).stdout).map((p: { name: string }) => p.name)).toEqual(['Outlook']);
    expect((await mpe(['--store', s, 'import', sampleHivePath(), '--again'])).code).toBe(0);
    expect(JSON.parse((await mpe(['--store', s, '--json', 'list'])).stdout).map((p: { name: string }) => p.name)).toEqual([
      'Outlook',
      'Outlook',
    ]);
  });
});
