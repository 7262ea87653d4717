/** `mpe save`: changed sources back into their files, --dry-run, --as, and a name two sources hold. */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProfilesFile } from '../../electron/core/import/readProfilesFile.js';
import { samplePath, SAMPLE } from '../helpers/samples.js';
import { mpe } from './mpeInProcess.js';

function twoFiles() {
  const d = mkdtempSync(join(tmpdir(), 'mpe-save-cli-'));
  const a = join(d, 'alice.reg');
  const b = join(d, 'bob.reg');
  copyFileSync(samplePath(SAMPLE.hivexReg), a);
  copyFileSync(samplePath(SAMPLE.hivexReg), b);
  return { d, a, b, s: join(d, 'store') };
}

describe('mpe save', () => {
  it('saves only the changed source, keeps its name, and says what changed; nothing left to save after', async () => {
    const { a, b, s } = twoFiles();
    expect((await mpe(['--store', s, 'import', a, b])).code).toBe(0);
    const original = readFileSync(b);
    expect((await mpe(['--store', s, 'copy-profile', 'alice.reg:Outlook', 'Travel'])).code).toBe(0);
    const dry = await mpe(['--store', s, 'save', '--dry-run']);
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringContaining('alice.reg: saving') });
    expect(dry.stdout).toContain('  + Travel');
    expect(dry.stdout).not.toContain('bob.reg');
    const saved = await mpe(['--store', s, 'save']);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain(
      `Saved alice.reg to ${a}: 1 profile(s) added, 0 changed, 0 removed. The previous file is kept as ${a}.bak.`,
    );
    expect(readProfilesFile(new Uint8Array(readFileSync(a)), 'alice.reg').profiles.map((p) => p.name)).toEqual(['Outlook', 'Travel']);
    expect(readFileSync(b)).toEqual(original);
    expect((await mpe(['--store', s, 'save'])).stdout).toBe('Nothing to save.\n');
  });

  it('save SOURCE --as FILE --format reg4; an unknown source is a usage error', async () => {
    const { d, a, s } = twoFiles();
    await mpe(['--store', s, 'import', a]);
    const out = join(d, 'ansi.reg');
    expect((await mpe(['--store', s, 'save', 'alice.reg', '--as', out, '--format', 'reg4'])).code).toBe(0);
    expect(readFileSync(out, 'latin1').startsWith('REGEDIT4\r\n')).toBe(true);
    expect((await mpe(['--store', s, 'list'])).stdout).toMatch(/ansi\.reg\s+Outlook/);
    expect((await mpe(['--store', s, 'save', 'nope.reg'])).code).toBe(2);
  });
});
