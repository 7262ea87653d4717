/**
 * The regedit-format writer checked against Wine's reg.exe (test/helpers/wine.ts): `wine reg import` of the
 * .reg our export writes (exportProfiles → writeReg), then `wine reg export` of the same key, compared key
 * by key as text. Wine's export is regedit's layout (docs/file-formats.md §4.6) with each key's values
 * listed sorted by name, so each key's value entries are compared as a set, continuation lines included:
 * the same registry bytes AND the same lines regedit would write.
 *
 * Profiles: the two real hives read with our hive reader (regipy's Outlook 2016, notatin's Outlook 2010
 * with its 32-bit layout and PT_STRING8 values in REG_SZ), and profiles generated from the real one
 * (test/bench/generate) with many sections: identical. Then one value of every type and shape, in both
 * versions: what differs is named with its reason — the limits of the format and of Wine's export — and
 * Wine found that our REGEDIT4 files wrote a REG_SZ it cannot quote as UTF-16LE `hex(1)` bytes, which
 * reg import reads as ANSI (docs/file-formats.md §4.4).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportProfiles, type ExportInput } from '../../../../electron/core/export/exportProfiles.js';
import { readProfilesFile } from '../../../../electron/core/import/readProfilesFile.js';
import { profilesFromRegistry } from '../../../../electron/core/model/index.js';
import { PROFILE_ROOTS, type ProfileDoc } from '../../../../shared/profileDoc.js';
import { generateRegistry } from '../../../bench/generate/profiles.js';
import { seededRandom } from '../../../bench/generate/random.js';
import { sampleHive, win7Hive } from '../../../helpers/samples.js';
import { decodeEntry, regeditKeys, WINE_TEST_TIMEOUT, WinePrefix, type RegeditKey } from '../../../helpers/wine.js';
import { describeWith } from '../../../helpers/peerTools.js';

/** notatin's Windows 7 NTUSER.DAT (test/fixtures/real/SOURCES.md), decompressed. */

/** Every profile of a file, each with its default flag as the file says. */
function fromFile(bytes: Uint8Array, name: string): ExportInput[] {
  const { profiles, defaults } = readProfilesFile(bytes, name);
  return profiles.map((doc) => ({
    doc,
    isDefault: defaults.some((d) => d.name === doc.name && d.root.toLowerCase() === doc.origin.root.toLowerCase()),
  }));
}

/** `count` profiles of about `sections` sections, cloned from the real one, the first the default. */
function generated(seed: number, count: number, sections: number): ExportInput[] {
  const { keys } = generateRegistry(seededRandom(seed), count, sections);
  const { profiles, defaults } = profilesFromRegistry(keys, { source: 'reg', file: 'generated.reg' });
  return profiles.map((doc) => ({ doc, isDefault: defaults.some((d) => d.name === doc.name) }));
}

/** The deepest key every key of the file is at or under: what one `reg export` covers. */
function topKey(keys: RegeditKey[]): string {
  let top = keys[0]!.path.split('\\');
  for (const k of keys) {
    const parts = k.path.split('\\');
    let n = 0;
    while (n < top.length && n < parts.length && top[n]!.toLowerCase() === parts[n]!.toLowerCase()) n++;
    top = top.slice(0, n);
  }
  // Deep enough to be ours alone: never Software or Microsoft themselves.
  if (top.length < 5) throw new Error(`Keys share too short a root to delete: ${top.join('\\')}`);
  return top.join('\\');
}

/**
 * The differences between our file and Wine's export, one line each: keys only one side has (but for the
 * empty keys reg import creates above ours), and per key the value entries only one side has. Paths
 * compare case-insensitively up to `top` (keys that existed in Wine's registry before the import, like
 * `Software`, keep their own spelling), exactly below it.
 */
function differences(ours: RegeditKey[], wine: RegeditKey[], top: string): string[] {
  const id = (path: string): string => {
    if (!path.toLowerCase().startsWith(top.toLowerCase())) throw new Error(`Outside ${top}: ${path}`);
    return top.toLowerCase() + path.slice(top.length);
  };
  const theirs = new Map(wine.map((k) => [id(k.path), k]));
  const out: string[] = [];
  for (const k of ours) {
    const w = theirs.get(id(k.path));
    theirs.delete(id(k.path));
    if (!w) {
      out.push(`only ours: [${k.path}]`);
      continue;
    }
    const mine = new Set(k.entries);
    const wines = new Set(w.entries);
    for (const e of k.entries) if (!wines.has(e)) out.push(`[${k.path}] only ours: ${e}`);
    for (const e of w.entries) if (!mine.has(e)) out.push(`[${k.path}] only Wine's: ${e}`);
    if (k.entries.length !== w.entries.length) out.push(`[${k.path}] ${k.entries.length} values in ours, ${w.entries.length} in Wine's`);
  }
  // reg import creates the keys above a key it writes (our export has `[…\\Outlook]` for DefaultProfile and
  // the profile keys, not the `Profiles` key between them): Wine lists them, empty. Anything else is a difference.
  const ourIds = ours.map((k) => id(k.path));
  for (const w of theirs.values()) {
    const implied = w.entries.length === 0 && ourIds.some((o) => o.startsWith(id(w.path) + '\\'));
    if (!implied) out.push(`only Wine's: [${w.path}] ${w.entries.join(' ')}`);
  }
  return out;
}

const u16 = (text: string): string => Buffer.from(text, 'utf16le').toString('hex');

/**
 * One value of each type and of each shape the writer treats apart (quoted text, escapes, `dword:`,
 * `hex(N):`, wrapping after a long name, empty data, REG_SZ it cannot quote), in a profile of its own.
 */
const EDGE_VALUES = [
  { name: '', type: 1, data: u16('default\0') },
  { name: 'plain', type: 1, data: u16('Outlook\0') },
  { name: 'quote"back\\slash', type: 1, data: u16('C:\\x\\"y"\0') },
  { name: 'empty', type: 1, data: u16('\0') },
  { name: 'ansi', type: 1, data: u16('Hélène – €\0') },
  { name: 'unicode', type: 1, data: u16('Жанна ☃ 😀\0') },
  { name: 'lineBreak', type: 1, data: u16('a\r\nb\0') },
  { name: 'innerNul', type: 1, data: u16('a\0b\0') },
  { name: 'noNul', type: 1, data: u16('AB') },
  { name: 'zeroLength', type: 1, data: '' },
  { name: 'oddLength', type: 1, data: '410042' },
  { name: 'dword', type: 4, data: '78563412' },
  { name: 'dwordEmpty', type: 4, data: '' },
  { name: 'dwordShort', type: 4, data: '0100' },
  { name: 'qword', type: 11, data: '0102030405060708' },
  { name: 'binaryEmpty', type: 3, data: '' },
  { name: 'binaryLong', type: 3, data: 'ab'.repeat(300) },
  { name: 'multi', type: 7, data: u16('one\0two\0\0') },
  { name: 'expand', type: 2, data: u16('%USERPROFILE%\\x\0') },
  { name: 'none', type: 0, data: '0102' },
  { name: 'bigType', type: 0x12345, data: '01' },
  { name: 'x'.repeat(90), type: 3, data: 'cd'.repeat(40) },
  { name: 'nomé', type: 3, data: '00' },
];
const SECTION = '0a0d020000000000c000000000000046';

function edgeProfile(values: typeof EDGE_VALUES): ExportInput[] {
  const doc: ProfileDoc = {
    id: 'edge',
    name: 'Edge "values"',
    origin: { source: 'created', root: PROFILE_ROOTS.office16 },
    keys: [
      { path: '', values: [] },
      { path: SECTION, values },
    ],
  };
  return [{ doc, isDefault: false }];
}

/** The names of the values an entry list holds. */
const namesOf = (entries: string[]): string[] => entries.map((e) => decodeEntry(e).name);

describeWith(['wine'], "the .reg writer against Wine's reg import and reg export", () => {
  let wine: WinePrefix;

  beforeAll(async () => {
    wine = await WinePrefix.create();
    console.info(`Wine prefix created in ${wine.createSeconds.toFixed(1)} s`);
  }, 180_000);
  afterAll(() => wine?.dispose(), 60_000);

  /** Imports our .reg of `items` into an emptied key and returns both files' keys. */
  async function roundTrip(
    items: ExportInput[],
    name: string,
    format: 'reg' | 'reg4' = 'reg',
  ): Promise<{ ours: RegeditKey[]; theirs: RegeditKey[]; top: string }> {
    const bytes = exportProfiles(items, format).bytes;
    const ours = regeditKeys(bytes);
    const top = topKey(ours);
    const file = join(wine.dir, `${name}.reg`);
    const back = join(wine.dir, `${name}.wine.reg`);
    writeFileSync(file, bytes);
    await wine.reg('delete', top, '/f');
    await wine.regOk('import', wine.winPath(file));
    await wine.regOk('export', top, wine.winPath(back), '/y');
    return { ours, theirs: regeditKeys(new Uint8Array(readFileSync(back))), top };
  }

  const sets: [string, () => ExportInput[]][] = [
    ['regipy’s Outlook 2016 profile (hive)', () => fromFile(sampleHive(), 'NTUSER.DAT')],
    ['notatin’s Outlook 2010 profile (hive, Windows Messaging Subsystem)', () => fromFile(win7Hive(), 'win7.dat')],
    ['three generated profiles of 40 sections', () => generated(20240610, 3, 40)],
  ];

  for (const [title, items] of sets) {
    it(
      `${title}: Wine exports exactly the keys and value lines we wrote`,
      async () => {
        const input = items();
        expect(input.length).toBeGreaterThan(0);
        const { ours, theirs, top } = await roundTrip(input, title.replace(/\W+/g, '-'));
        expect(ours.reduce((n, k) => n + k.entries.length, 0)).toBeGreaterThan(50);
        expect(differences(ours, theirs, top)).toEqual([]);
      },
      WINE_TEST_TIMEOUT,
    );
  }

  it(
    'values of every type and shape: Wine writes our lines back, except where the format or Wine cannot',
    async () => {
      const { ours, theirs, top } = await roundTrip(edgeProfile(EDGE_VALUES), 'edge');
      const differing = differences(ours, theirs, top);
      const key = (keys: RegeditKey[]): string[] => keys.find((k) => k.path.endsWith(SECTION))!.entries;
      const wine = new Map(key(theirs).map((e) => [decodeEntry(e).name, e]));
      const mine = new Map(key(ours).map((e) => [decodeEntry(e).name, e]));
      expect(differing.every((d) => d.includes(SECTION))).toBe(true);
      // Each difference, and why it is not the writer's (docs/file-formats.md §4.4, §4.6):
      expect(new Set(namesOf(differing.map((d) => d.slice(d.indexOf(': ') + 2))))).toEqual(
        new Set([
          // reg import appends a NUL to hex(1) data without one: no .reg carries these three as they are.
          'noNul',
          'zeroLength',
          'oddLength',
          // Wine's export writes REG_SZ in quotes whatever it holds: `\r\n` escaped, cut at an inner NUL.
          'lineBreak',
          'innerNul',
          // Wine's export prints `dword:` for a 2-byte REG_DWORD, reading 2 bytes past its data.
          'dwordShort',
        ]),
      );
      expect(decodeEntry(wine.get('noNul')!).hex).toBe(decodeEntry(mine.get('noNul')!).hex + '0000');
      expect(decodeEntry(wine.get('lineBreak')!).hex).toBe(decodeEntry(mine.get('lineBreak')!).hex);
      expect(wine.get('dwordShort')).toMatch(/^"dwordShort"=dword:[0-9a-f]{4}0001$/);
    },
    WINE_TEST_TIMEOUT,
  );

  it(
    'REGEDIT4: the registry receives every value windows-1252 can carry, string bytes widened from ANSI',
    async () => {
      const carried = EDGE_VALUES.filter((v) => !['unicode', 'oddLength'].includes(v.name));
      const { theirs } = await roundTrip(edgeProfile(carried), 'edge4', 'reg4');
      const wine = new Map(theirs.find((k) => k.path.endsWith(SECTION))!.entries.map((e) => [decodeEntry(e).name, decodeEntry(e)]));
      // Not visible or not carried, as in Version 5.00 (previous test): a NUL appended, Wine's export limits.
      const apart = new Set(['noNul', 'zeroLength', 'innerNul', 'dwordShort']);
      for (const v of carried.filter((x) => !apart.has(x.name)))
        expect(wine.get(v.name), v.name).toEqual({ name: v.name, type: v.type, hex: v.data });
      // What windows-1252 cannot carry is refused, never written as bytes reg import would misread.
      for (const name of ['unicode', 'oddLength']) {
        expect(() => exportProfiles(edgeProfile(EDGE_VALUES.filter((v) => v.name === name)), 'reg4'), name).toThrow(/windows-1252/);
      }
    },
    WINE_TEST_TIMEOUT,
  );
});
