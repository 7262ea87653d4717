import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { mpe } from './mpeInProcess.js';


const BUILT = resolve(import.meta.dirname, '../../out/cli/mpe.js');

describe('mpe', () => {
  it('--version prints package.json version', async () => {
    expect(await mpe(['--version'])).toMatchObject({ code: 0, stdout: pkg.version + '\n' });
  });

  it('the built executable prints the same version', () => {
    expect(existsSync(BUILT), 'run npm run build first').toBe(true);
    expect(execFileSync('node', [BUILT, '--version'], { encoding: 'utf8' })).toBe(pkg.version + '\n');
  });

  it('--help lists the commands', async () => {
    const r = await mpe(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/mpe list/);
  });

  it('an unknown command or flag is a usage error (exit 2)', async () => {
    expect((await mpe(['frobnicate'])).code).toBe(2);
    expect((await mpe(['list', '--frob'])).code).toBe(2);
    expect((await mpe([])).code).toBe(2);
  });

  it('--store, then MPE_STORE, select the store', async () => {
    const a = mkdtempSync(join(tmpdir(), 'mpe-a-'));
    const b = mkdtempSync(join(tmpdir(), 'mpe-b-'));
    const viaEnv = spawnSync('node', [BUILT, '--json', 'list'], { env: { ...process.env, MPE_STORE: a }, encoding: 'utf8' });
    expect(viaEnv.status).toBe(0);
    expect(JSON.parse(viaEnv.stdout)).toEqual([]);
    const info = await mpe(['--store', b, '--json', 'list'], { MPE_STORE: a });
    expect(info.code).toBe(0);
  });
});
