/**
 * Saves into the two real NTUSER.DAT samples — the Office 16 one (minor 5, lh lists, dirty) and the
 * Windows 7 one (minor 3, lf lists, Outlook 2010 under Windows Messaging Subsystem) — checked by four
 * independent readers (peerCheck.ts): a profile edited (a value changed, one added, a subkey removed, one
 * added), a profile copied under a new name, a profile with a Unicode name, a big value and a deep key
 * created, DefaultProfile set beside them and a value set on a key the hive lacks, then the copies deleted
 * again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HiveEdit, HiveKeyState } from '../../../../electron/core/formats/hive/hiveEdits.js';
import { writeHive } from '../../../../electron/core/formats/hive/hiveWriter.js';
import { dumpHiveWithLibhivex } from '../../../helpers/libhivex.js';
import { sampleHivePath, win7HivePath } from '../../../helpers/samples.js';
import { checkSaveWithPeers, MISSING, PEERS } from './peerCheck.js';

const SAMPLES = [
  {
    name: 'Office 16 sample (minor 5)',
    path: sampleHivePath,
    root: 'SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles',
    regedKey: 'SOFTWARE\\Microsoft\\Office\\16.0\\Outlook',
  },
  {
    name: 'Windows 7 sample (minor 3)',
    path: win7HivePath,
    root: 'Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles',
    regedKey: '\\',
  },
];
const NOW = new Date('2026-12-07T10:20:30Z');

if (MISSING.length > 0) console.warn(`hive writer peer checks skipped: apt-get install ${MISSING.join(' ')}`);

/** The profile `Outlook` of the hive, as libhivex reads it, as the keys of an edit. */
function profileKeys(file: string, root: string): HiveKeyState[] {
  const top = `${root}\\Outlook`;
  return dumpHiveWithLibhivex(file)
    .filter((k) => k.key.toUpperCase() === top.toUpperCase() || k.key.toUpperCase().startsWith(top.toUpperCase() + '\\'))
    .map((k) => ({ path: k.key.slice(top.length + 1), values: k.values.map((v) => ({ name: v.name, type: v.type, data: v.hex })) }));
}

describe.each(SAMPLES)('saving into the $name', ({ path, root, regedKey }) => {
  // regfexport alone takes ≈ 40 s on the 6 MB sample on a loaded 2-core machine.
  it.skipIf(!PEERS.hivex)(
    'edits, copies and creates profiles; every reader sees the model and nothing else moved',
    { timeout: 1_800_000 },
    () => {
      const original = new Uint8Array(readFileSync(path()));
      const keys = profileKeys(path(), root);
      const edited = keys.map((k) => ({ ...k, values: [...k.values] }));
      // A changed value, an added one, a removed subkey, an added subkey with a Unicode value name.
      const withValues = edited.findIndex((k) => k.path !== '' && k.values.length > 2);
      const k = edited[withValues]!;
      k.values[1] = { ...k.values[1]!, data: 'deadbeef' + k.values[1]!.data };
      k.values.push({ name: 'Added by mpe', type: 4, data: '2a000000' });
      const removed = edited.findIndex((x, i) => i !== withValues && x.path !== '' && !x.path.includes('\\'));
      edited.splice(removed, 1);
      edited.push({ path: 'ffffffffffffffffffffffffffffffff', values: [{ name: 'Name', type: 1, data: '4100e90013270000' }] });
      const edits: HiveEdit[] = [
        { path: `${root}\\Outlook`, keys: edited },
        { path: `${root}\\Copy of Outlook`, keys },
        {
          path: `${root}\\Prøfile ✓`,
          keys: [
            // chntpw 140201 aborts on a UTF-16 value name; it skips keys with UTF-16 names, so it is put here.
            {
              path: '',
              values: [
                { name: 'big', type: 3, data: 'a5'.repeat(40_000) },
                { name: '', type: 1, data: '' },
                { name: 'Näme ✓', type: 1, data: '4100e9000000' },
              ],
            },
            { path: 'a\\b\\c\\d', values: [{ name: 'z', type: 11, data: '0102030405060708' }] },
          ],
        },
        {
          path: `${root}\\Big`,
          keys: [
            {
              path: '',
              values: [
                { name: 'big', type: 3, data: '5a'.repeat(50_000) },
                { name: 'mid', type: 3, data: '6b'.repeat(16_345) },
              ],
            },
          ],
        },
        // Values of kept keys: DefaultProfile beside the profiles (docs/file-formats.md §1: on …\Outlook, or on
        // the WMS Profiles key itself), and a key the hive lacks, created by setting a value on it.
        {
          path: /\\Office\\/i.test(root) ? root.slice(0, root.lastIndexOf('\\')) : root,
          set: [{ name: 'DefaultProfile', type: 1, data: Buffer.from('Copy of Outlook\0', 'utf16le').toString('hex') }],
        },
        { path: 'Software\\mpe\\Created by a values edit', set: [{ name: 'v', type: 4, data: '01000000' }] },
      ];
      const saved = checkSaveWithPeers(original, edits, { now: NOW, regedKey });
      expect(saved.added).toContain(`${root}\\Copy of Outlook`);

      // Saving the same state again changes nothing: the same bytes.
      expect(writeHive(saved.bytes, edits, { now: new Date() }).bytes).toBe(saved.bytes);

      // Deleting the two new profiles again: every reader agrees, and nothing else moved.
      const back = checkSaveWithPeers(
        saved.bytes,
        [
          { path: `${root}\\Copy of Outlook`, keys: null },
          { path: `${root}\\Prøfile ✓`, keys: null },
        ],
        { now: NOW, regedKey },
      );
      expect(back.removed.length).toBe(keys.length + 5); // the copy, and Prøfile ✓ with a, b, c, d
      expect(back.bytes.length).toBe(saved.bytes.length);
    },
  );
});
