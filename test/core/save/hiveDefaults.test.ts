/**
 * The default profile saved into a hive (docs/file-formats.md §1): `DefaultProfile` on `…\Outlook` (Office)
 * or on the Profiles key (Windows Messaging Subsystem), written by `mpe save` (saveSource) when the store's
 * default changed and by `mpe save-hive` when a profile it writes is the store's default — read back by
 * libhivex (python3-hivex), with every other value and subkey of the holder key as it was.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyProfile } from '../../../electron/core/admin/copyProfile.js';
import * as admin from '../../../electron/core/admin/profileAdmin.js';
import { saveSource } from '../../../electron/core/save/saveSource.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { importFiles, readLocalFile } from '../../../electron/ipc/handlers/importFiles.js';
import { libhivexSession, type LibhivexSession } from '../../helpers/libhivex.js';
import { describeWith } from '../../helpers/peerTools.js';
import { sampleHivePath, win7HivePath, type GroundTruthKey } from '../../helpers/samples.js';
import { mpe } from '../../cli/mpeInProcess.js';

const OUTLOOK = 'SOFTWARE\\Microsoft\\Office\\16.0\\Outlook';
const WMS = 'Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles';
let hivex: LibhivexSession;
const utf16z = (s: string) => Buffer.from(s + '\0', 'utf16le').toString('hex');

function opened(sample: () => string) {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-hive-default-'));
  const file = join(dir, 'NTUSER.DAT');
  copyFileSync(sample(), file);
  const store = ProfileStore.open(join(dir, 'store'));
  const { imported } = importFiles(store, [readLocalFile(file)]);
  return { dir, file, store, sourceId: imported[0]!.sourceId!, storeDir: join(dir, 'store') };
}

/** The holder key as libhivex reads it (its path ''), and how many keys lie below it. */
async function holder(file: string, path: string): Promise<{ key: GroundTruthKey; below: number }> {
  const r = await hivex.subtree(file, path);
  if ('error' in r || r.keys === null) throw new Error(`libhivex finds no ${path} in ${file}`);
  return { key: r.keys[0]!, below: r.keys.length - 1 };
}

/** `key` with DefaultProfile set as Windows stores it (REG_SZ, UTF-16LE with its NUL), in place or last. */
function withDefault(key: GroundTruthKey, name: string | null): GroundTruthKey {
  const values = key.values.filter((v) => name !== null || v.name !== 'DefaultProfile');
  const value = { name: 'DefaultProfile', type: 1, hex: name === null ? '' : utf16z(name) };
  const at = values.findIndex((v) => v.name === 'DefaultProfile');
  if (name !== null) {
    if (at >= 0) values[at] = value;
    else values.push(value);
  }
  return { ...key, values };
}

describeWith(['pythonHivex', 'xz'], 'DefaultProfile saved into a hive, read back by libhivex', () => {
  beforeAll(() => {
    hivex = libhivexSession();
  });
  afterAll(() => hivex.close());

  it('mpe save (Office 16 hive): a new default is written on …\\Outlook, the key keeps its other values and subkeys', async () => {
    const { file, store, sourceId } = opened(sampleHivePath);
    const before = await holder(file, OUTLOOK);
    expect(before.key.values.find((v) => v.name === 'DefaultProfile')?.hex).toBe(utf16z('Outlook'));
    const copy = copyProfile(store, store.list()[0]!.id, 'Second');
    admin.setDefaultProfile(store, copy.id, true);
    const report = saveSource(store, sourceId, { force: true });
    expect(report).toMatchObject({ written: true, defaultsChanged: true, warnings: [] });
    const after = await holder(file, OUTLOOK);
    expect(after.key).toEqual(withDefault(before.key, 'Second'));
    expect(after.below).toBe(before.below + copy.keys.length);
  });

  it('mpe save (Windows 7 hive): DefaultProfile on the Profiles key follows the default, and leaves when none is left', async () => {
    const { file, store, sourceId } = opened(win7HivePath);
    const before = await holder(file, WMS);
    const copy = copyProfile(store, store.list()[0]!.id, 'Second');
    admin.setDefaultProfile(store, copy.id, true);
    saveSource(store, sourceId);
    expect((await holder(file, WMS)).key).toEqual(withDefault(before.key, 'Second'));

    // The default profile deleted: the store has no default there any more, nor has the hive.
    admin.deleteProfile(store, copy.id);
    expect(store.defaults()).toEqual({});
    saveSource(store, sourceId);
    expect((await holder(file, WMS)).key).toEqual(withDefault(before.key, null));
  });

  it('mpe save-hive writes DefaultProfile when a profile it writes is the store’s default, as mpe save does', async () => {
    const { file, storeDir } = opened(win7HivePath);
    const before = await holder(file, WMS);
    expect((await mpe(['--store', storeDir, 'copy-profile', 'Outlook', 'Second'])).code).toBe(0);
    expect((await mpe(['--store', storeDir, 'set-default', 'Second'])).code).toBe(0);
    const saved = await mpe(['--store', storeDir, '--json', 'save-hive', file, 'Second']);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout).changed).toContain(WMS);
    expect((await holder(file, WMS)).key).toEqual(withDefault(before.key, 'Second'));
  });
});
