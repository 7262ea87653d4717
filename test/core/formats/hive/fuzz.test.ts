/**
 * Mutation fuzz over the real sample hive: bit flips, huge values written over fields, truncations.
 * Whatever the damage, opening and walking either works or throws FormatError — nothing else, no hang.
 * And mutants of small built hives read the same by our reader and libhivex wherever both accept them.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormatError } from '../../../../electron/core/formats/formatError.js';
import { openHive, readSubtree } from '../../../../electron/core/formats/hive/index.js';
import { BASE, NK } from '../../../../electron/core/formats/hive/regfLayout.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpHivesWithLibhivex } from '../../../helpers/libhivex.js';
import { describeWith } from '../../../helpers/peerTools.js';
import { sampleHive, type GroundTruthKey } from '../../../helpers/samples.js';
import { buildHive } from './buildHive.js';
import { mutantsOf } from './hiveMutants.js';
import { keyArb, shown } from './randomHives.js';

const PROFILES = 'Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';

let hive: Uint8Array;
/** Absolute starts of the cells the walk reads: nk, value lists, vk, data, subkey lists (and the header). */
let targets: number[];

beforeAll(() => {
  hive = sampleHive();
  const dv = new DataView(hive.buffer, hive.byteOffset, hive.byteLength);
  const cellAt = (off: number) => BASE.SIZE + off;
  const opened = openHive(hive);
  const keys = [opened.root, ...opened.root.subkeys()];
  const profiles = readSubtree(opened, PROFILES, '');
  expect(profiles).toHaveLength(18);
  let k = opened.root.child('Software')!.child('Microsoft')!.child('Office')!.child('16.0')!.child('Outlook')!;
  const stack = [k.child('Profiles')!];
  while (stack.length) {
    k = stack.pop()!;
    keys.push(k);
    stack.push(...k.subkeys());
  }
  const set = new Set<number>([0, BASE.CHECKSUM - 8]);
  for (const key of keys) {
    const nk = cellAt(key.offset);
    set.add(nk);
    const data = nk + 4;
    if (dv.getUint32(data + NK.SUBKEY_COUNT, true) > 0) set.add(cellAt(dv.getUint32(data + NK.SUBKEY_LIST, true)));
    const count = dv.getUint32(data + NK.VALUE_COUNT, true);
    if (count === 0) continue;
    const list = cellAt(dv.getUint32(data + NK.VALUE_LIST, true));
    set.add(list);
    for (let i = 0; i < count; i++) {
      const vk = cellAt(dv.getUint32(list + 4 + i * 4, true));
      set.add(vk);
      if ((dv.getUint32(vk + 8, true) & 0x80000000) === 0) set.add(cellAt(dv.getUint32(vk + 12, true)));
    }
  }
  targets = [...set].filter((t) => t >= 0 && t < hive.length);
});

/** Opens and walks what the app reads: the Profiles subtree and one level below the root. */
function exercise(bytes: Uint8Array): void {
  try {
    const h = openHive(bytes);
    readSubtree(h, PROFILES, 'HKEY_CURRENT_USER');
    for (const key of h.root.subkeys()) {
      key.values();
      key.subkeys();
      void key.lastWritten;
    }
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    expect(e.format).toBe('hive');
    expect(typeof e.offset).toBe('number');
  }
}

type Mutation = { at: number; kind: 'flip' | 'byte' | 'u32'; value: number };

const HUGE = [0xffffffff, 0x7fffffff, 0x80000000, 0x80000004, 0xfffffff8, 0, 1, 0x1000, 0x10000];

const mutation = (): fc.Arbitrary<Mutation> =>
  fc.record({
    at: fc.oneof(
      // Near a cell the walk reads (field values within its first 128 bytes) …
      fc.tuple(fc.nat(), fc.nat({ max: 127 })).map(([i, d]) => targets[i % targets.length]! + d),
      // … in the base block, or anywhere.
      fc.nat({ max: 511 }),
      fc.nat({ max: 6_553_599 }),
    ),
    kind: fc.constantFrom('flip', 'byte', 'u32'),
    value: fc.oneof(fc.constantFrom(...HUGE), fc.nat({ max: 0xffffffff }), fc.nat({ max: 255 })),
  });

describe('mutation fuzz over the sample hive', () => {
  it('bit flips and huge values: only FormatError (1,200 cases)', () => {
    const dv = new DataView(hive.buffer, hive.byteOffset, hive.byteLength);
    fc.assert(
      fc.property(fc.array(mutation(), { minLength: 1, maxLength: 4 }), (mutations) => {
        const saved = mutations.map(({ at }) => hive.slice(at, at + 4));
        try {
          for (const { at, kind, value } of mutations) {
            if (at + 4 > hive.length) continue;
            if (kind === 'flip') hive[at]! ^= 1 << (value & 7);
            else if (kind === 'byte') hive[at] = value & 0xff;
            else dv.setUint32(at, value >>> 0, true);
          }
          exercise(hive);
        } finally {
          // Undo in reverse so overlapping mutations restore the original bytes.
          for (let i = mutations.length - 1; i >= 0; i--) hive.set(saved[i]!, mutations[i]!.at);
        }
      }),
      { numRuns: 1200 },
    );
    // The restore worked: the sample still reads cleanly.
    expect(readSubtree(openHive(hive), PROFILES, '')).toHaveLength(18);
  }, 180_000);

  it('truncations: only FormatError (200 cases)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat({ max: 8191 }), fc.nat({ max: hive.length - 1 }), fc.constantFrom(0, 4095, 4096, 4097)),
        (length) => exercise(hive.subarray(0, length)),
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});

/**
 * Mutated hives that both readers accept must read the same in both (issue 16 §4): libhivex (python3-hivex)
 * is the independent oracle. Small random built hives (randomHives.ts) take 1–3 bit flips or byte writes,
 * aimed at their cells; where one reader refuses a mutant the other may still read it (each has its own
 * checks), but where both read it they must give the same keys, values, types and bytes.
 */
describeWith(['pythonHivex'], 'mutated hives: our reader and libhivex agree wherever both read them', () => {
  it('600 mutants of 30 random hives', () => {
    const roots = fc.sample(keyArb, { numRuns: 30, seed: 1604 });
    const built = roots.map((root) => buildHive(root));
    const mutants = mutantsOf(built, 600, 1605);
    const dir = mkdtempSync(join(tmpdir(), 'mpe-hive-mutants-'));
    const paths = mutants.map((bytes, i) => {
      const path = join(dir, `${i}.hive`);
      writeFileSync(path, bytes);
      return path;
    });
    const theirs = dumpHivesWithLibhivex(paths);
    let both = 0;
    mutants.forEach((bytes, i) => {
      let ours: GroundTruthKey[] | undefined;
      try {
        ours = readSubtree(openHive(bytes), '', '').map((k) => ({ key: k.path, values: k.values.map((v) => ({ name: v.name, type: v.type, hex: v.data })) }));
      } catch (e) {
        expect(e, `mutant ${i}`).toBeInstanceOf(FormatError);
      }
      const r = theirs[i]!;
      if (ours === undefined || 'error' in r) return;
      both++;
      expect(shown(ours), `mutant ${i} (${paths[i]})`).toEqual(shown(r.keys));
    });
    console.log(`hive mutants: ${both} of ${mutants.length} read by both readers, and alike`);
    // Enough mutants are read by both for the comparison to mean something.
    expect(both).toBeGreaterThan(mutants.length / 5);
  }, 120_000);
});
