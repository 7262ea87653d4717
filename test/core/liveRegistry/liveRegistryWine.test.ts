/**
 * LiveRegistry end to end on a real reg.exe, Wine's (test/helpers/wine.ts): the app's command builders and
 * runner (nodeRunCommand, `wine` put before `C:\Windows\System32\reg.exe`) against a registry holding the two
 * real hives' profiles — regipy's Outlook 2016 profile imported from its hivexregedit export, and
 * notatin's Outlook 2010 profile (Windows Messaging Subsystem, spaces in the root) written from hivex's
 * ground truth. Every check reads the registry back through Wine (`reg export` read as text, `reg query`)
 * and compares it with hivex's ground truth or with the edited documents, never through our .reg reader.
 *
 * What Wine cannot do stays in liveRegistry.test.ts over fakeWindows.ts: Wine 8's tasklist is a stub that
 * prints nothing, so "Outlook is running" and a failing tasklist cannot happen here, and Wine grants every
 * access, so "access denied" and a refused import cannot either.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveRegistry, liveRootOf, type LiveRoot } from '../../../electron/core/liveRegistry/index.js';
import type { RegKey } from '../../../electron/core/formats/registry.js';
import { profilesFromRegistry, profileView } from '../../../electron/core/model/index.js';
import { deleteService, renameService } from '../../../electron/core/admin/serviceAdmin.js';
import { deleteValue } from '../../../electron/core/edit/editProperty.js';
import { PROFILE_ROOTS, type ProfileDoc } from '../../../shared/profileDoc.js';
import { groundTruth, readSample, SAMPLE, win7GroundTruth, type GroundTruthKey } from '../../helpers/samples.js';
import { decodeEntry, hexNReg, regeditKeys, utf16Reg, WINE_TEST_TIMEOUT, WinePrefix, type DecodedValue } from '../../helpers/wine.js';
import { describeWith } from '../../helpers/peerTools.js';

const OUTLOOK16 = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook';
/** The Outlook 2010 profile of notatin's Windows 7 hive, as hivex read it (test/fixtures/real/SOURCES.md). */
const win7Truth = (): GroundTruthKey[] => win7GroundTruth();

/** A key as compared here: its path and its values sorted by name (Wine lists them sorted). */
interface Key {
  path: string;
  values: DecodedValue[];
}
const byName = (a: DecodedValue, b: DecodedValue): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const byPath = (a: Key, b: Key): number => (a.path.toLowerCase() < b.path.toLowerCase() ? -1 : 1);
const sorted = (keys: Key[]): Key[] => keys.map((k) => ({ path: k.path, values: [...k.values].sort(byName) })).sort(byPath);
const fromTruth = (keys: GroundTruthKey[]): Key[] => sorted(keys.map((k) => ({ path: k.key, values: k.values })));
const fromRegKeys = (keys: RegKey[]): Key[] =>
  sorted(keys.map((k) => ({ path: k.path, values: k.values.map((v) => ({ name: v.name, type: v.type, hex: v.data })) })));
const fromDoc = (doc: ProfileDoc, root: string): Key[] =>
  sorted(
    doc.keys.map((k) => ({
      path: `${root}\\${doc.name}${k.path ? '\\' + k.path : ''}`,
      values: k.values.map((v) => ({ name: v.name, type: v.type, hex: v.data })),
    })),
  );
const sz = (text: string): DecodedValue => ({ name: 'DefaultProfile', type: 1, hex: Buffer.from(text + '\0', 'utf16le').toString('hex') });

describeWith(['wine'], "LiveRegistry on Wine's reg.exe", () => {
  let wine: WinePrefix;
  let work: string;
  let live: LiveRegistry;
  const root = (id: LiveRoot['id']): string => PROFILE_ROOTS[id];

  beforeAll(async () => {
    wine = await WinePrefix.create();
    console.info(`Wine prefix created in ${wine.createSeconds.toFixed(1)} s`);
    work = join(wine.dir, 'work');
    mkdirSync(work);
    live = new LiveRegistry({
      run: wine.run,
      platform: 'win32',
      env: { SystemRoot: 'C:\\Windows' },
      backupDir: join(work, 'backups'),
      tempDir: work,
      now: () => new Date(2025, 5, 1, 9, 30, 0),
    });
  }, 180_000);
  afterAll(() => wine?.dispose(), 60_000);

  /** Every key at or under `key`, as Wine's reg export writes it, read as text. */
  async function registry(key: string): Promise<Key[]> {
    const file = join(wine.dir, 'check.reg');
    await wine.regOk('export', key, wine.winPath(file), '/y');
    return sorted(regeditKeys(new Uint8Array(readFileSync(file))).map((k) => ({ path: k.path, values: k.entries.map(decodeEntry) })));
  }

  /** DefaultProfile of `key`, as `reg query` prints it. */
  async function queryDefault(key: string): Promise<string> {
    const out = await wine.regOk('query', key, '/v', 'DefaultProfile');
    return /^ {4}DefaultProfile {4}REG_SZ {4}(.*)$/m.exec(out)![1]!;
  }

  it(
    'reads nothing, without error, from a registry with no profiles',
    async () => {
      // Wine says "reg: Unable to find the specified registry key" for each root: read as "no profiles here".
      expect(await live.read()).toEqual({ keys: [] });
      expect(readdirSync(work)).toEqual([]);
    },
    WINE_TEST_TIMEOUT,
  );

  describe('holding the two real profiles', () => {
    /** The registry as it was before any write-back: hivex's ground truth of both hives, DefaultProfile set. */
    const original = (): Key[] => [...fromTruth(groundTruth()), ...fromTruth(win7Truth())];

    beforeAll(async () => {
      // hivexregedit's export as it is, only re-encoded from ASCII to UTF-16LE: an ANSI file's hex(1) values
      // would be read as ANSI bytes (test/helpers/wine.ts utf16Reg).
      const regipy = join(wine.dir, 'regipy.reg');
      writeFileSync(regipy, utf16Reg(new TextDecoder('latin1').decode(readSample(SAMPLE.hivexReg))));
      await wine.regOk('import', wine.winPath(regipy));
      const win7 = join(wine.dir, 'win7.reg');
      writeFileSync(win7, hexNReg(win7Truth()));
      await wine.regOk('import', wine.winPath(win7));
      await wine.regOk('add', OUTLOOK16, '/v', 'DefaultProfile', '/t', 'REG_SZ', '/d', 'Outlook', '/f');
    }, 60_000);

    it(
      'reads "This computer": every key and value hivex finds in the hives, and each default profile',
      async () => {
        const { keys } = await live.read();
        expect(fromRegKeys(keys)).toEqual(sorted([...original(), { path: OUTLOOK16, values: [sz('Outlook')] }]));

        const { profiles, defaults } = profilesFromRegistry(keys, { source: 'reg', file: 'This computer' });
        expect(profiles.map((p) => [liveRootOf(p.origin.root)?.id, p.name])).toEqual([
          ['office16', 'Outlook'],
          ['messaging', 'Outlook'],
        ]);
        expect(defaults.map((d) => liveRootOf(d.root)?.id)).toEqual(['office16', 'messaging']);
        // The scratch exports are gone.
        expect(readdirSync(work)).toEqual([]);
      },
      WINE_TEST_TIMEOUT,
    );

    let backupFile = '';

    it(
      'writes edited profiles back: the registry then holds exactly the edited documents',
      async () => {
        const { keys } = await live.read();
        const { profiles } = profilesFromRegistry(keys, { source: 'reg', file: 'This computer' });
        const [office, old] = profiles as [ProfileDoc, ProfileDoc];

        // Office 2016: the PST renamed (non-ASCII, so the UTF-16 file matters) and one value deleted.
        const pst = profileView(office).services.find((s) => s.serviceName === 'MSUPST MS')!;
        const renamed = 'Archives 2026 — édité';
        const deletedSection = '0a0d020000000000c000000000000046';
        const deletedValue = '000b049c';
        // …and the profile renamed, which deletes the old key (`removed`) and points DefaultProfile at the new one.
        const office2 = { ...deleteValue(renameService(office, pst.uid, renamed), deletedSection, deletedValue), name: 'Outlook (edited)' };
        // Outlook 2010: the Mobile Address Book service deleted with its sections.
        const mobile = profileView(old).services.find((s) => s.serviceName === 'OMSAB')!;
        const removal = deleteService(old, mobile.uid);
        expect(removal.deletedSections.length).toBeGreaterThan(0);

        const result = await live.writeBack([office2, removal.doc], () => true, [{ root: office.origin.root, name: office.name }]);
        backupFile = result.backupFile;
        expect(result.written).toEqual([
          root('office16') + '\\Outlook (edited)',
          root('messaging') + '\\Outlook',
          root('office16') + '\\Outlook',
        ]);

        // Each profile key holds exactly its edited document; the old name is gone.
        const office16Now = await registry(root('office16'));
        expect(office16Now.filter((k) => k.path !== root('office16'))).toEqual(fromDoc(office2, root('office16')));
        expect((await wine.reg('query', root('office16') + '\\Outlook')).code).toBe(1);
        const messagingNow = await registry(root('messaging'));
        expect(messagingNow.filter((k) => k.path !== root('messaging'))).toEqual(fromDoc(removal.doc, root('messaging')));
        // The Profiles keys themselves were not deleted: Outlook 2010's DefaultProfile is still there.
        expect(messagingNow.find((k) => k.path === root('messaging'))).toEqual(fromTruth(win7Truth())[0]);
        expect(await queryDefault(OUTLOOK16)).toBe('Outlook (edited)');

        // Against hivex's ground truth: only what was edited differs.
        const oldKey = root('office16') + '\\Outlook';
        const moved = (path: string): string => (path.startsWith(oldKey) ? oldKey + ' (edited)' + path.slice(oldKey.length) : path);
        const before = new Map(original().map((k) => [moved(k.path), k.values]));
        const pstKey = `${root('office16')}\\Outlook (edited)\\${pst.uid}`;
        const valueKey = `${root('office16')}\\Outlook (edited)\\${deletedSection}`;
        for (const k of office16Now) if (k.path !== pstKey && k.path !== valueKey) expect(k.values).toEqual(before.get(k.path));
        const displayName = office16Now.find((k) => k.path === pstKey)!.values.find((v) => v.name === '001f3001')!;
        expect(Buffer.from(displayName.hex, 'hex').toString('utf16le')).toBe(renamed + '\0');
        expect(office16Now.find((k) => k.path === valueKey)!.values).toEqual(before.get(valueKey)!.filter((v) => v.name !== deletedValue));
        for (const uid of removal.deletedSections) {
          expect(before.has(`${root('messaging')}\\Outlook\\${uid}`)).toBe(true);
          expect((await wine.reg('query', `${root('messaging')}\\Outlook\\${uid}`)).code).toBe(1);
        }
        expect(readdirSync(work)).toEqual(['backups']);
      },
      WINE_TEST_TIMEOUT,
    );

    it(
      'saves a backup that wine reg import turns back into the registry as it was',
      async () => {
        expect(readdirSync(join(work, 'backups'))).toEqual(['outlook-profiles-backup-20250601-093000.reg']);
        await wine.regOk('import', wine.winPath(backupFile));
        // Exactly as before: the renamed profile the write-back created is deleted again.
        expect([...(await registry(root('office16'))), ...(await registry(root('messaging')))]).toEqual(original());
        expect(await queryDefault(OUTLOOK16)).toBe('Outlook');
      },
      WINE_TEST_TIMEOUT,
    );
  });
});
