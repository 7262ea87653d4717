import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrf } from '../../electron/core/formats/prf/index.js';
import { EXTRA, describeExtra, extraPath } from '../helpers/extraRealData.js';
import { OCT_PRF_PATH, SERVICES_PRF } from '../core/formats/prf/prfFixtures.js';
import { mpe } from './mpeInProcess.js';

const store = () => mkdtempSync(join(tmpdir(), 'mpe-prf-'));

/** An OCT-layout PRF with `ProfileName=Outlook`, `OverwriteProfile=Append`, `BackupProfile=No` and no service, through the CLI. */
const importsOctFile = (path: string) => () => {
  const name = basename(path);
  it('imports the file: the profile, its default, the General options in the report', async () => {
    const s = store();
    const r = await mpe(['--store', s, 'import', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Imported 'Outlook' from ${name}`);
    expect(r.stdout).toMatch(/warning: .*OverwriteProfile=Append/);
    expect(JSON.parse((await mpe(['--store', s, '--json', 'list'])).stdout)).toMatchObject([
      { name: 'Outlook', isDefault: true, serviceCount: 0 },
    ]);
  });

  it('prints the warnings in English; --json gives each its reason and parameters too', async () => {
    const r = await mpe(['--store', store(), 'import', path]);
    expect(r.stdout).toMatch(
      new RegExp(
        `^warning: ${name.replace(/\./g, '\\.')}: BackupProfile=No \\(line \\d+\\): Outlook would not keep a "Backup of" copy`,
        'm',
      ),
    );
    const json = JSON.parse((await mpe(['--store', store(), '--json', 'import', path])).stdout);
    expect(json.warnings).toContainEqual({
      file: name,
      reason: 'prfBackupNo',
      params: { line: expect.any(Number) },
      message: expect.stringMatching(/^BackupProfile=No \(line \d+\): Outlook would not keep/),
    });
  });
};

describe('mpe and the OCT-layout PRF of the repository', importsOctFile(OCT_PRF_PATH));
describeExtra('mpe and the real OCT sample', () => importsOctFile(extraPath(EXTRA.prf))());

describe('mpe and PRF files', () => {
  it('import x.prf → export --format prf → import again: the same services and values; lint has no error', async () => {
    const s = store();
    const file = join(s, 'contoso.prf');
    writeFileSync(file, SERVICES_PRF(), 'latin1');
    expect((await mpe(['--store', s, 'import', file, '--format', 'prf'])).code).toBe(0);
    const out = join(s, 'out.prf');
    const exported = await mpe(['--store', s, 'export', 'Contoso', '--out', out, '--format', 'prf']);
    expect(exported).toMatchObject({ code: 0, stdout: `Wrote 1 profile(s) to ${out}.\n` });
    const text = readFileSync(out, 'latin1');
    expect(parsePrf(text).serviceList.map((x) => x.key)).toEqual([
      'Service1',
      'Service2',
      'Service3',
      'Service4',
      'Service5',
      'ServiceEGS1',
      'ServiceX',
    ]);
    expect((await mpe(['--store', s, 'import', out])).stdout).toContain("Imported 'Contoso' from out.prf");
    const show = async (name: string) =>
      JSON.parse((await mpe(['--store', s, '--json', 'show', name])).stdout).view.services.map(
        (x: { serviceName: string }) => x.serviceName,
      );
    expect(await show('out.prf:Contoso')).toEqual(await show('contoso.prf:Contoso'));
    expect((await mpe(['--store', s, 'lint'])).code).toBe(0);
  });

  it('a malformed PRF is exit 4 with FILE:LINE, and nothing is written to the store', async () => {
    const s = store();
    const bad = join(s, 'bad.prf');
    const text = SERVICES_PRF().replace('OverwriteProfile=Yes', 'OverwriteProfile=Sometimes');
    writeFileSync(bad, text, 'latin1');
    const line = text.split('\n').indexOf('OverwriteProfile=Sometimes') + 1;
    const r = await mpe(['--store', s, 'import', bad]);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`bad.prf:${line}: OverwriteProfile must be Yes, No or Append, not "Sometimes"\n`);
    expect(JSON.parse((await mpe(['--store', s, '--json', 'history'])).stdout)).toEqual([]);
    expect(JSON.parse((await mpe(['--store', s, '--json', 'list'])).stdout)).toEqual([]);
  });

  it('export --format prf of two profiles is refused (exit 2), and no file is written', async () => {
    const s = store();
    await mpe(['--store', s, 'create-profile', 'A']);
    await mpe(['--store', s, 'create-profile', 'B']);
    const out = join(s, 'two.prf');
    const r = await mpe(['--store', s, 'export', 'A', 'B', '--out', out, '--format', 'prf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/A PRF file describes one profile; 2 were chosen/);
    expect(() => readFileSync(out)).toThrow();
  });
});
