/**
 * Random key trees for buildHive, and views of a hive's keys to compare: what the builder was given, as
 * libhivex lists a hive (depth-first, subkeys and values in list order, root path '').
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import type { GroundTruthKey } from '../../../helpers/samples.js';
import type { BKey, BValue } from './buildHive.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
/** Values with long data shown as length and digest, so that a failure prints readably. */
export const shown = (keys: GroundTruthKey[]) =>
  keys.map((k) => ({
    ...k,
    values: k.values.map((v) => ({
      ...v,
      hex: v.hex.length > 64 ? `${v.hex.length / 2} bytes, sha1 ${createHash('sha1').update(v.hex).digest('hex')}` : v.hex,
    })),
  }));

/** The tree as libhivex lists it: depth-first, subkeys and values in the order given, root path ''. */
export function expected(root: BKey): GroundTruthKey[] {
  const out: GroundTruthKey[] = [];
  const walk = (k: BKey, path: string) => {
    out.push({ key: path, values: (k.values ?? []).map((v) => ({ name: v.name, type: v.type, hex: hex(v.data) })) });
    for (const s of k.subkeys ?? []) walk(s, path ? `${path}\\${s.name}` : s.name);
  };
  walk(root, '');
  return out;
}

// Names: ASCII (stored compressed) or with a character past U+00FF (stored UTF-16); unique among siblings.
const nameArb = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9 _.{}-]{1,12}$/),
  fc.stringMatching(/^[a-z]{1,6}$/).map((s) => `${s}€ü`),
);
const dataArb = fc.oneof(
  fc.uint8Array({ maxLength: 4 }), // inline in the vk record
  fc.uint8Array({ minLength: 5, maxLength: 300 }),
  fc
    .oneof(fc.integer({ min: 16_345, max: 40_000 }), fc.constantFrom(16_345, 16_348, 32_689, 32_692))
    .map((n) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + n) & 0xff)), // big data (db)
);
const valueArb: fc.Arbitrary<BValue> = fc.record({
  name: fc.oneof(fc.constant(''), nameArb),
  type: fc.constantFrom(0, 1, 2, 3, 4, 7, 11, 0x12345678),
  data: dataArb,
});
const uniqueBy =
  <T>(name: (t: T) => string) =>
  (xs: T[]) =>
    xs.filter((x, i) => xs.findIndex((y) => name(y).toLowerCase() === name(x).toLowerCase()) === i);
const listArb = fc.constantFrom<Pick<BKey, 'list' | 'riOf'>>(
  { list: 'lf' },
  { list: 'lh' },
  { list: 'li' },
  { list: 'ri', riOf: 'lf' },
  { list: 'ri', riOf: 'lh' },
  { list: 'ri', riOf: 'li' },
);
export const { key: keyArb } = fc.letrec<{ key: BKey }>((tie) => ({
  key: fc
    .record({
      name: nameArb,
      values: fc.array(valueArb, { maxLength: 4 }).map(uniqueBy((v) => v.name)),
      subkeys: fc
        .oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant<BKey[]>([]), fc.array(tie('key'), { maxLength: 5 }))
        .map(uniqueBy((k: BKey) => k.name)),
      list: listArb,
      riChunk: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ list, ...k }) => ({ ...k, ...list })),
}));
