/**
 * LiveRegistry where Wine cannot stand in for Windows (test/core/liveRegistry/fakeWindows.ts): Outlook
 * running, a tasklist that fails, access denied, a reg import that fails — and off Windows. Reading and
 * writing the registry, the backup and its restore run on Wine's reg.exe in liveRegistryWine.test.ts.
 *
 * The fake holds no keys here, so nothing below depends on its model of export and import: the profile
 * written back comes straight from the real sample file.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveRegistry, liveRegistryAvailable } from '../../../electron/core/liveRegistry/index.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { isAppError } from '../../../shared/errors.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { readSample, SAMPLE } from '../../helpers/samples.js';
import { ACCESS_DENIED, FakeWindows } from './fakeWindows.js';

let win: FakeWindows;
let work: string;
let live: LiveRegistry;
const backups = (): string[] => readdirSync(join(work, 'backups'));
/** The sample's Outlook 2016 profile, as the store would hold it after reading this computer. */
const outlook = (): ProfileDoc => readProfilesFile(readSample(SAMPLE.hivexReg), 'This computer').profiles[0]!;

beforeEach(() => {
  win = new FakeWindows();
  work = mkdtempSync(join(tmpdir(), 'mpe-live-test-'));
  live = new LiveRegistry({
    run: win.run,
    platform: 'win32',
    env: { SystemRoot: 'C:\\Windows' },
    backupDir: join(work, 'backups'),
    tempDir: work,
    now: () => new Date(2025, 5, 1, 9, 30, 0),
  });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('LiveRegistry where Windows differs from Wine', () => {
  it('is available on win32 only', async () => {
    expect(liveRegistryAvailable('win32')).toBe(true);
    expect(liveRegistryAvailable('linux')).toBe(false);
    expect(liveRegistryAvailable('darwin')).toBe(false);
    const elsewhere = new LiveRegistry({ run: win.run, platform: 'linux' });
    await expect(elsewhere.read()).rejects.toThrow('only be read and written on Windows');
    await expect(elsewhere.writeBack([outlook()], () => true)).rejects.toThrow('only be read and written on Windows');
    expect(win.calls).toEqual([]);
  });

  it('reports access denied as MAPI_E_NO_ACCESS naming the command', async () => {
    win.overrides.push({ when: (_p, a) => a[0] === 'export', result: { code: 1, stdout: '', stderr: ACCESS_DENIED } });
    const error = await live.read().catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('MAPI_E_NO_ACCESS');
    expect((error as Error).message).toContain('reg.exe export HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles');
  });

  it('refuses to write while Outlook runs: tasklist first, then no backup, no import', async () => {
    win.processes.push('OUTLOOK.EXE');
    await expect(live.writeBack([outlook()], () => true)).rejects.toThrow('Outlook is running');
    expect(win.calls.map((c) => win32.basename(c.file))).toEqual(['tasklist.exe']);
    expect(win.imported).toEqual([]);
    expect(existsSync(join(work, 'backups'))).toBe(false);
  });

  it('checks the plan before running anything, and reports a failed import with the backup kept', async () => {
    const doc = outlook();
    await expect(live.writeBack([{ ...doc, origin: { ...doc.origin, root: 'HKEY_LOCAL_MACHINE\\X' } }], () => false)).rejects.toThrow(
      /not a profiles key/,
    );
    expect(win.calls).toEqual([]);

    win.overrides.push({
      when: (_p, a) => a[0] === 'import',
      result: { code: 1, stdout: '', stderr: 'ERROR: Error accessing the registry.\r\n' },
    });
    await expect(live.writeBack([doc], () => false)).rejects.toThrow(
      /reg\.exe import .* failed with exit code 1: Error accessing the registry\./,
    );
    expect(backups().length).toBe(1);
    expect(readdirSync(work).sort()).toEqual(['backups']);
  });

  it('treats a failing tasklist as an error, not as "Outlook is not running"', async () => {
    win.overrides.push({ when: (p) => p === 'tasklist.exe', result: { code: -1, stdout: '', stderr: 'spawn tasklist.exe ENOENT' } });
    await expect(live.isOutlookRunning()).rejects.toThrow(/tasklist\.exe .* failed with exit code -1/);
  });
});
