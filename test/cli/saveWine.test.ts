/**
 * `mpe save` of a real `.reg` merged by Wine's reg.exe (test/helpers/wine.ts), issue #19 "Proof": the file
 * Wine itself exported from the regipy hive (test/fixtures/real) is opened with the built `mpe`, edited (a
 * profile copied, a PST service copied into the copy, a property of the copy edited, the file's own profile
 * deleted), and saved back into itself by `mpe save`. A Wine prefix holding the ORIGINAL file (`wine reg
 * import` of it) then imports the saved file and exports the Profiles key: the keys and values Wine has are
 * the store's view of the source, the deleted profile absent — which only the `[-KEY]` the save wrote can
 * achieve, since a merge never removes a key by itself (docs/file-formats.md §4).
 *
 * Wine's export is read as text (regeditKeys, decodeEntry), not by our reader; the store's view is the
 * store's documents as the registry keys they stand for (profileToRegistry).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setProperty } from '../../electron/core/edit/editProperty.js';
import { profileToRegistry } from '../../electron/core/model/index.js';
import { ProfileStore } from '../../electron/core/store/profileStore.js';
import { describeWith } from '../helpers/peerTools.js';
import { SAMPLE, samplePath } from '../helpers/samples.js';
import { decodeEntry, regeditKeys, WINE_TEST_TIMEOUT, WinePrefix } from '../helpers/wine.js';

const BUILT = resolve(import.meta.dirname, '../../out/cli/mpe.js');
const PROFILES = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
/** IID_CAPONE_PROF, Outlook's client settings section (docs/file-formats.md §2); its 0x0433001F is a path. */
const CLIENT_SECTION = '0a0d020000000000c000000000000046';

/** Key path (lowercase) → its values as `name type hex`, sorted: the registry as a comparable set. */
type Registry = Map<string, string[]>;

function fromWine(bytes: Uint8Array): Registry {
  return new Map(
    regeditKeys(bytes).map((k) => [
      k.path.toLowerCase(),
      k.entries
        .map(decodeEntry)
        .map((v) => `${v.name} ${v.type} ${v.hex}`)
        .sort(),
    ]),
  );
}

function fromStore(dir: string): Registry {
  const docs = ProfileStore.open(dir).list();
  const keys = docs.flatMap((d) => profileToRegistry(d));
  return new Map(keys.map((k) => [k.path.toLowerCase(), k.values.map((v) => `${v.name} ${v.type} ${v.data}`).sort()]));
}

describeWith(['wine'], "mpe save of a .reg merged by Wine's reg import", () => {
  let wine: WinePrefix;

  beforeAll(async () => {
    wine = await WinePrefix.create();
  }, 180_000);
  afterAll(async () => {
    await wine?.dispose();
  }, 60_000);

  it(
    'over the original file, the saved file gives what the store shows: the copy with its copied service and edited property, the deleted profile gone',
    async () => {
      expect(existsSync(BUILT), 'run npm run build first').toBe(true);
      // Under the temp dir: Wine sees it as Z:\tmp\… (WinePrefix.winPath).
      const dir = mkdtempSync(join(tmpdir(), 'mpe-save-wine-'));
      const file = join(dir, 'profiles.reg');
      const original = join(dir, 'original.reg');
      copyFileSync(samplePath(SAMPLE.wineProfiles), file);
      copyFileSync(file, original);
      const store = join(dir, 'store');
      const mpe = (...args: string[]) => execFileSync(process.execPath, [BUILT, '--store', store, ...args], { encoding: 'utf8' });

      mpe('import', file);
      mpe('copy-profile', 'Outlook', 'Travel');
      mpe(
        'copy-service',
        'Outlook',
        'Outlook Data File',
        '--to',
        'Travel',
        '--name',
        'Archive',
        '--data-file',
        'C:\\Users\\tony\\Documents\\Outlook Files\\Archive.pst',
      );
      const edited = 'C:\\Users\\tony\\AppData\\Local\\Microsoft\\Outlook\\Travel.sharing.xml.obi';
      const s = ProfileStore.open(store);
      // No mpe command edits a property: the edit the window's property editor makes (handlers/properties.ts).
      s.transact({ key: 'setValue', params: { profile: 'Travel', section: CLIENT_SECTION, value: '001f0433' } }, (tx) => {
        tx.put(setProperty(tx.findByName('Travel')!, CLIENT_SECTION, '001f0433', edited));
      });
      mpe('delete-profile', 'Outlook');
      expect(mpe('save')).toContain('1 profile(s) added, 0 changed, 1 removed');
      const saved = readFileSync(file);
      expect(saved.toString('utf16le')).toContain(
        `[-${'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles'}\\Outlook]`,
      );

      await wine.regOk('import', original);
      const before = join(dir, 'before.reg');
      await wine.regOk('export', PROFILES, before, '/y');
      expect([...fromWine(readFileSync(before)).keys()].some((k) => k.endsWith('\\profiles\\outlook'))).toBe(true);

      await wine.regOk('import', file);
      const after = join(dir, 'after.reg');
      await wine.regOk('export', PROFILES, after, '/y');
      const merged = fromWine(readFileSync(after));
      merged.delete(PROFILES.toLowerCase());
      const expected = fromStore(store);
      expect([...merged.keys()].filter((k) => k.includes('\\profiles\\outlook'))).toEqual([]);
      expect([...merged.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [key, values] of expected) expect(merged.get(key), key).toEqual(values);
      // The edits are what they were meant to be, in Wine's registry (named 001f0433 and kept as REG_BINARY: docs/file-formats.md §3).
      const global = merged.get(`${PROFILES}\\Travel\\${CLIENT_SECTION}`.toLowerCase())!;
      expect(global).toContain(`001f0433 3 ${Buffer.from(edited + '\0', 'utf16le').toString('hex')}`);
      const names = [...merged.values()]
        .flat()
        .filter((v) => v.startsWith('001f3001 '))
        .map((v) => Buffer.from(v.split(' ')[2]!, 'hex').toString('utf16le'));
      expect(names).toContain('Archive\0');
    },
    WINE_TEST_TIMEOUT,
  );

  it(
    'over the original file, a changed profile the file holds comes back without the value and the section the editor removed',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mpe-save-wine-'));
      const file = join(dir, 'profiles.reg');
      copyFileSync(samplePath(SAMPLE.wineProfiles), file);
      const store = join(dir, 'store');
      const mpe = (...args: string[]) => execFileSync(process.execPath, [BUILT, '--store', store, ...args], { encoding: 'utf8' });
      mpe('import', file);
      // Wine's registry holds the file as it was opened (the first test's merge removed first).
      await wine.reg('delete', PROFILES, '/f');
      await wine.regOk('import', file);

      const s = ProfileStore.open(store);
      const doc = s.findByName('Outlook')!;
      const section = doc.keys.find((k) => k.path === CLIENT_SECTION)!;
      const dropped = doc.keys.findLast((k) => k.path !== '' && k.path !== CLIENT_SECTION && !k.path.includes('\\'))!;
      const lost = section.values[0]!.name;
      s.transact({ key: 'setValue', params: { profile: 'Outlook', section: CLIENT_SECTION, value: lost } }, (tx) => {
        const keys = doc.keys
          .filter((k) => k !== dropped && !k.path.startsWith(dropped.path + '\\'))
          .map((k) => (k === section ? { ...k, values: k.values.slice(1) } : k));
        tx.put({ ...doc, keys });
      });
      expect(mpe('save')).toContain('0 profile(s) added, 1 changed, 0 removed');

      await wine.regOk('import', file);
      const after = join(dir, 'after.reg');
      await wine.regOk('export', PROFILES, after, '/y');
      const merged = fromWine(readFileSync(after));
      merged.delete(PROFILES.toLowerCase());
      expect(merged.has(`${PROFILES}\\Outlook\\${dropped.path}`.toLowerCase())).toBe(false);
      expect(merged.get(`${PROFILES}\\Outlook\\${CLIENT_SECTION}`.toLowerCase())!.some((v) => v.startsWith(`${lost} `))).toBe(false);
      const expected = fromStore(store);
      expect([...merged.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [key, values] of expected) expect(merged.get(key), key).toEqual(values);
    },
    WINE_TEST_TIMEOUT,
  );
});
