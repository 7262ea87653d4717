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

  it("--store wins over MPE_STORE, which wins over the app's own store (each holding a different profile)", async () => {
    const home = mkdtempSync(join(tmpdir(), 'mpe-home-'));
    const a = mkdtempSync(join(tmpdir(), 'mpe-a-'));
    const b = mkdtempSync(join(tmpdir(), 'mpe-b-'));
    // The app's own store: Electron's userData folder for "MAPI Profile Editor" (storeLocation.ts), under this home.
    const appData =
      process.platform === 'win32'
        ? join(home, 'AppData', 'Roaming')
        : process.platform === 'darwin'
          ? join(home, 'Library', 'Application Support')
          : join(home, 'config');
    const own = join(appData, 'MAPI Profile Editor', 'store');
    for (const [store, name] of [
      [a, 'Only in A'],
      [b, 'Only in B'],
      [own, 'Only in the own store'],
    ]) {
      expect((await mpe(['--store', store, 'create-profile', name])).code, name).toBe(0);
    }
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home, APPDATA: appData, XDG_CONFIG_HOME: appData };
    delete env.MPE_STORE;
    const listed = (args: string[], extra: NodeJS.ProcessEnv = {}) => {
      const r = spawnSync(process.execPath, [BUILT, ...args, '--json', 'list'], { env: { ...env, ...extra }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { name: string }[]).map((p) => p.name);
    };
    expect(listed([])).toEqual(['Only in the own store']);
    expect(listed([], { MPE_STORE: a })).toEqual(['Only in A']);
    expect(listed(['--store', b], { MPE_STORE: a })).toEqual(['Only in B']);
    expect(listed(['--store', b])).toEqual(['Only in B']);
  });
});
