/**
 * The writer over the reader's fuzz corpus (issue 17, "Proofs"): every mutated hive our reader accepts
 * (opened and walked whole) is saved with an edit of its profile keys — one profile replaced, one deleted,
 * one created — and then either
 * - the writer refuses it, with a FormatError or AppError that says why in a sentence (never another
 *   exception), or
 * - the saved file, read again by our reader, holds exactly the keys and values `editedView` expects (the
 *   mutant as our reader read it, with the edits applied), and libhivex (python3-hivex, one process for
 *   all the saves) reads it without error and sees the same keys and values.
 * Two corpora: the reader's own (hiveMutants.ts over the random trees of fuzz.test.ts, where the Profiles
 * path does not exist and the edit creates it), and random profiles under the real Profiles path, with
 * security descriptors, so that the cells the edit frees, rewrites and shares are the mutated ones.
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FormatError } from '../../../../electron/core/formats/formatError.js';
import { editedView } from '../../../../electron/core/formats/hive/editedView.js';
import type { HiveEdit } from '../../../../electron/core/formats/hive/hiveEdits.js';
import { writeHive } from '../../../../electron/core/formats/hive/hiveWriter.js';
import { openHive, readSubtree } from '../../../../electron/core/formats/hive/index.js';
import { upperName } from '../../../../electron/core/formats/hive/nameOrder.js';
import type { RegKey } from '../../../../electron/core/formats/registry.js';
import { AppError } from '../../../../shared/errors.js';
import { dumpHivesWithLibhivex } from '../../../helpers/libhivex.js';
import { describeWith } from '../../../helpers/peerTools.js';
import type { GroundTruthKey } from '../../../helpers/samples.js';
import { buildHive, type BKey } from './buildHive.js';
import { mutantsOf } from './hiveMutants.js';
import { keyArb } from './randomHives.js';

const PROFILES = 'Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
const NOW = new Date('2026-12-07T04:00:00Z');

const utf16 = (s: string) => Buffer.from(s + '\0', 'utf16le').toString('hex');
/** A profile as the store writes one: the profile key, the master section, a big value (a db record). */
const PROFILE_KEYS = [
  { path: '', values: [{ name: 'Note', type: 1, data: utf16('saved by the fuzz test') }] },
  {
    path: '9207f3e0a3b11019908b08002b2a56c2',
    values: [
      { name: '01023d00', type: 3, data: '00'.repeat(16) },
      { name: '001f3001', type: 1, data: utf16('Ünïcødé') },
    ],
  },
  { path: '0a0d020000000000c000000000000046', values: [{ name: '01020320', type: 3, data: 'ab'.repeat(17_000) }] },
];

/** The profile edits for one hive as our reader read it: replace the first profile, delete the second, create one. */
function editsFor(keys: readonly RegKey[]): HiveEdit[] {
  const top = upperName(PROFILES) + '\\';
  const profiles = keys.filter((k) => upperName(k.path).startsWith(top) && !k.path.slice(top.length).includes('\\')).map((k) => k.path);
  const edits: HiveEdit[] = [{ path: `${PROFILES}\\Fuzz profile`, keys: PROFILE_KEYS }];
  const [first, second] = profiles.filter((p) => upperName(p) !== upperName(`${PROFILES}\\Fuzz profile`));
  if (first) edits.push({ path: first, keys: PROFILE_KEYS.slice(0, 2) });
  if (second) edits.push({ path: second, keys: null });
  return edits;
}

const plain = (keys: readonly RegKey[]) =>
  keys
    .map((k) => ({ path: k.path, values: k.values.map((v) => ({ name: v.name, type: v.type, data: v.data })) }))
    .sort((a, b) => (upperName(a.path) < upperName(b.path) ? -1 : upperName(a.path) > upperName(b.path) ? 1 : 0));
const fromLibhivex = (keys: readonly GroundTruthKey[]) =>
  plain(keys.map((k) => ({ path: k.key, values: k.values.map((v) => ({ name: v.name, type: v.type, data: v.hex })) })));

/** Random profiles (keyArb trees) under the real Profiles path. */
const underProfiles = (profiles: BKey[]): BKey => {
  const chain = PROFILES.split('\\');
  let node: BKey = { name: 'Profiles', subkeys: profiles, list: 'lh' };
  for (const name of chain.slice(0, -1).reverse()) node = { name, subkeys: [node] };
  return { name: 'ROOT', subkeys: [node] };
};

interface Outcome {
  accepted: number;
  saved: number;
  refused: Map<string, number>;
}

function saveEach(mutants: readonly Uint8Array[], label: string): Outcome {
  const outcome: Outcome = { accepted: 0, saved: 0, refused: new Map() };
  const dir = mkdtempSync(join(tmpdir(), 'mpe-hive-writer-fuzz-'));
  const saves: { path: string; expected: ReturnType<typeof plain>; i: number }[] = [];
  mutants.forEach((bytes, i) => {
    let before: RegKey[];
    try {
      before = readSubtree(openHive(bytes), '', '');
    } catch (e) {
      expect(e, `${label} mutant ${i}`).toBeInstanceOf(FormatError);
      return;
    }
    outcome.accepted++;
    const edits = editsFor(before);
    let written: Uint8Array;
    try {
      written = writeHive(bytes, edits, { now: NOW }).bytes;
    } catch (e) {
      // A refusal: one of our errors, with a sentence.
      if (!(e instanceof FormatError || e instanceof AppError))
        throw new Error(`${label} mutant ${i}: the writer threw ${String(e)}`, { cause: e });
      expect(e.message, `${label} mutant ${i}`).toMatch(/\w+ \w+/);
      expect(e.message, `${label} mutant ${i}`).not.toMatch(/[{}]|undefined/);
      const reason = e.message.replace(/0x[0-9a-f]+|\d+/gi, 'N');
      outcome.refused.set(reason, (outcome.refused.get(reason) ?? 0) + 1);
      return;
    }
    outcome.saved++;
    const expected = plain(editedView(before, edits));
    expect(plain(readSubtree(openHive(written), '', '')), `${label} mutant ${i}: our reader of the save`).toEqual(expected);
    const path = join(dir, `${i}.hive`);
    writeFileSync(path, written);
    saves.push({ path, expected, i });
  });
  const theirs = dumpHivesWithLibhivex(saves.map((s) => s.path));
  saves.forEach((s, n) => {
    const r = theirs[n]!;
    if ('error' in r) throw new Error(`${label} mutant ${s.i} (${s.path}): libhivex refused the save: ${r.error}`);
    expect(fromLibhivex(r.keys), `${label} mutant ${s.i} (${s.path}): libhivex's view of the save`).toEqual(s.expected);
  });
  const refusals = [...outcome.refused].sort((a, b) => b[1] - a[1]).map(([m, n]) => `    ${n}× ${m}`);
  console.log(
    `${label}: ${mutants.length} mutants, ${outcome.accepted} read by our reader, ${outcome.saved} saved and read back alike by our reader and libhivex, ${outcome.accepted - outcome.saved} refused by the writer${refusals.length ? ':\n' + refusals.join('\n') : ''}`,
  );
  return outcome;
}

describeWith(['pythonHivex'], 'the writer over the reader’s fuzz corpus: saved exactly, or refused in a sentence', () => {
  it('600 mutants of the reader’s 30 random hives (the Profiles path created)', () => {
    const built = fc.sample(keyArb, { numRuns: 30, seed: 1604 }).map((root) => buildHive(root));
    const o = saveEach(mutantsOf(built, 600, 1605), 'reader corpus');
    // Most mutants the reader accepts are saved: a refusal is for damage the save would spread.
    expect(o.saved).toBeGreaterThan(o.accepted / 2);
  }, 180_000);

  it('600 mutants of 30 hives of random profiles under the Profiles key, with security descriptors', () => {
    const trees = fc.sample(fc.array(keyArb, { minLength: 1, maxLength: 4 }), { numRuns: 30, seed: 1706 });
    const built = trees.map((profiles) =>
      buildHive(underProfiles(profiles.filter((p, i) => profiles.findIndex((q) => q.name.toUpperCase() === p.name.toUpperCase()) === i)), {
        security: true,
      }),
    );
    const o = saveEach(mutantsOf(built, 600, 1707), 'profile corpus');
    expect(o.saved).toBeGreaterThan(o.accepted / 2);
  }, 180_000);
});
