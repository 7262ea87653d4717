/**
 * LiveRegistry end to end over a fake Windows (reg.exe and tasklist at the OS edge, test/core/liveRegistry/
 * fakeWindows.ts) holding the sample's real Outlook 16.0 profile, plus a pre-2013 profile whose name and
 * root have spaces.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveRegistry, liveRegistryAvailable } from '../../../electron/core/liveRegistry/index.js';
import { parseReg, toSnapshot } from '../../../electron/core/formats/reg/index.js';
import { RegType, type RegKey } from '../../../electron/core/formats/registry.js';
import { profilesFromRegistry } from '../../../electron/core/model/index.js';
import { isAppError } from '../../../shared/errors.js';
import { PROFILE_ROOTS, type ProfileDoc } from '../../../shared/profileDoc.js';
import { readSample, SAMPLE } from '../../helpers/samples.js';
import { ACCESS_DENIED, FakeWindows } from './fakeWindows.js';

/** A REG_SZ's data: UTF-16LE with its NUL, as hex. */
const sz = (text: string): string => Buffer.from(text + '\0', 'utf16le').toString('hex');
const OUTLOOK16 = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook';

function machine(): FakeWindows {
  const sample = toSnapshot(parseReg(readSample(SAMPLE.hivexReg))).keys;
  const old: RegKey[] = [
    { path: PROFILE_ROOTS.messaging, values: [{ name: 'DefaultProfile', type: RegType.SZ, data: sz('Old Profile') }] },
    { path: PROFILE_ROOTS.messaging + '\\Old Profile', values: [] },
    { path: PROFILE_ROOTS.messaging + '\\Old Profile\\9207f3e0a3b11019908b08002b2a56c2', values: [{ name: '01023d00', type: RegType.BINARY, data: '00'.repeat(16) }] },
  ];
  return new FakeWindows([
    { path: OUTLOOK16, values: [{ name: 'DefaultProfile', type: RegType.SZ, data: sz('Outlook') }] },
    ...sample,
    ...old,
  ]);
}

let win: FakeWindows;
let work: string;
let live: LiveRegistry;
const backups = (): string[] => readdirSync(join(work, 'backups'));

beforeEach(() => {
  win = machine();
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

async function readProfiles(): Promise<{ profiles: ProfileDoc[]; defaults: { root: string; name: string }[] }> {
  const { keys } = await live.read();
  return profilesFromRegistry(keys, { source: 'reg', file: 'This computer' });
}

describe('LiveRegistry on Windows', () => {
  it('is available on win32 only', async () => {
    expect(liveRegistryAvailable('win32')).toBe(true);
    expect(liveRegistryAvailable('linux')).toBe(false);
    expect(liveRegistryAvailable('darwin')).toBe(false);
    const elsewhere = new LiveRegistry({ run: win.run, platform: 'linux' });
    await expect(elsewhere.read()).rejects.toThrow('only be read and written on Windows');
    expect(win.calls).toEqual([]);
  });

  it('reads every profiles root, skipping the ones that do not exist, with each default profile', async () => {
    const { profiles, defaults } = await readProfiles();
    expect(win.calls.map((c) => c.args.slice(0, 2).join(' '))).toEqual([
      'export HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles',
      'query HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook',
      'export HKCU\\Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles',
      'export HKCU\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles',
    ]);
    expect(profiles.map((p) => p.name)).toEqual(['Outlook', 'Old Profile']);
    expect(defaults.map((d) => d.name)).toEqual(['Outlook', 'Old Profile']);
    // Same bytes as the file import of the same keys.
    const fromFile = profilesFromRegistry(toSnapshot(parseReg(readSample(SAMPLE.hivexReg))).keys, { source: 'reg' });
    expect(profiles[0]!.keys).toEqual(fromFile.profiles[0]!.keys);
    // Scratch exports are removed.
    expect(readdirSync(work)).toEqual([]);
  });

  it('reads nothing, without error, on a machine with no profiles', async () => {
    win.keys.clear();
    expect((await live.read()).keys).toEqual([]);
  });

  it('reports access denied as MAPI_E_NO_ACCESS naming the command', async () => {
    win.overrides.push({ when: (_p, a) => a[0] === 'export', result: { code: 1, stdout: '', stderr: ACCESS_DENIED } });
    const error = await live.read().catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('MAPI_E_NO_ACCESS');
    expect((error as Error).message).toContain('reg.exe export HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles');
  });

  it('refuses to write while Outlook runs: no backup, no import', async () => {
    const [doc] = (await readProfiles()).profiles;
    win.processes.push('OUTLOOK.EXE');
    await expect(live.writeBack([doc!], () => true)).rejects.toThrow('Outlook is running');
    expect(win.imported).toEqual([]);
    expect(existsSync(join(work, 'backups'))).toBe(false);
  });

  it('writes changed profiles back exactly: removed values and sections are gone, others untouched', async () => {
    const { profiles } = await readProfiles();
    const doc = structuredClone(profiles[0]!);
    const dropped = doc.keys[1]!;
    doc.keys = doc.keys.filter((k) => k !== dropped);
    const edited = doc.keys[1]!;
    const removedValue = edited.values.shift()!;
    edited.values.push({ name: '0003ffff', type: RegType.BINARY, data: '2a000000' });

    win.calls.length = 0;
    const result = await live.writeBack([doc], () => true);
    expect(win.calls.map((c) => c.args[0])).toEqual(['/FI', 'export', 'query', 'export', 'export', 'import']);
    expect(result.written).toEqual([PROFILE_ROOTS.office16 + '\\Outlook']);
    expect(result.backupFile).toBe(join(work, 'backups', 'outlook-profiles-backup-20250601-093000.reg'));

    // The import held only the changed profile: its deletion, then its keys and DefaultProfile.
    const imported = toSnapshot(parseReg(win.imported[0]!));
    expect(imported.deletedKeys).toEqual([PROFILE_ROOTS.office16 + '\\Outlook']);
    expect(imported.keys.some((k) => k.path.includes('Windows Messaging'))).toBe(false);

    const after = await readProfiles();
    expect(after.profiles[0]!.keys).toEqual(doc.keys);
    expect(win.tree(PROFILE_ROOTS.office16 + '\\Outlook\\' + dropped.path)).toEqual([]);
    const key = after.profiles[0]!.keys.find((k) => k.path === edited.path)!;
    expect(key.values.some((v) => v.name === removedValue.name)).toBe(false);
    expect(after.profiles[1]).toEqual({ ...profiles[1], id: after.profiles[1]!.id });
  });

  it('saves a backup that, imported, puts the registry back as it was', async () => {
    const before = win.snapshot();
    const [doc] = (await readProfiles()).profiles;
    const renamed = { ...structuredClone(doc!), name: 'Outlook (edited)' };
    const { backupFile } = await live.writeBack([renamed], () => false, [{ root: doc!.origin.root, name: 'Outlook' }]);
    expect(win.tree(PROFILE_ROOTS.office16 + '\\Outlook')).toEqual([]);
    expect(win.tree(PROFILE_ROOTS.office16 + '\\Outlook (edited)').length).toBe(doc!.keys.length);

    await win.run('C:\\Windows\\System32\\reg.exe', ['import', backupFile]);
    // The renamed copy the write-back added stays (the backup only restores); everything that was is back.
    const restored = new Map(win.snapshot().map((k) => [k.path.toLowerCase(), k]));
    for (const k of before) expect(restored.get(k.path.toLowerCase())).toEqual(k);
    expect(backups()).toEqual(['outlook-profiles-backup-20250601-093000.reg']);
    expect([...readFileSync(backupFile).subarray(0, 2)]).toEqual([0xff, 0xfe]);
  });

  it('checks the plan before running anything, and reports a failed import with the backup kept', async () => {
    const [doc] = (await readProfiles()).profiles;
    win.calls.length = 0;
    await expect(live.writeBack([{ ...doc!, origin: { ...doc!.origin, root: 'HKEY_LOCAL_MACHINE\\X' } }], () => false)).rejects.toThrow(/not a profiles key/);
    expect(win.calls).toEqual([]);

    win.overrides.push({ when: (_p, a) => a[0] === 'import', result: { code: 1, stdout: '', stderr: 'ERROR: Error accessing the registry.\r\n' } });
    await expect(live.writeBack([doc!], () => false)).rejects.toThrow(/reg\.exe import .* failed with exit code 1: Error accessing the registry\./);
    expect(backups().length).toBe(1);
    expect(readdirSync(work).sort()).toEqual(['backups']);
  });

  it('treats a failing tasklist as an error, not as "Outlook is not running"', async () => {
    win.overrides.push({ when: (p) => p === 'tasklist.exe', result: { code: -1, stdout: '', stderr: 'spawn tasklist.exe ENOENT' } });
    await expect(live.isOutlookRunning()).rejects.toThrow(/tasklist\.exe .* failed with exit code -1/);
  });
});
