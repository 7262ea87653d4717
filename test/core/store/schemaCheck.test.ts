/**
 * The check compiled from a zod schema (schemaCheck.ts) says yes exactly when zod accepts the value and its
 * output is the value as it is (same JSON, same key order): over the real sample profile and thousands of
 * random edits of it, zod itself is the oracle. A schema using what the compiler does not know is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileCheck } from '../../../electron/core/store/schemaCheck.js';
import { ProfileDoc } from '../../../shared/profileDoc.js';
import { realProfile, versioned } from './storeHelpers.js';

const isProfileDoc = compileCheck(ProfileDoc);
/** What the check must say: zod accepts, and gives back the value as it is. */
const zodTakesAsIs = (value: unknown): boolean => {
  const parsed = ProfileDoc.safeParse(value);
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(value);
};

const real = JSON.parse(JSON.stringify({ ...realProfile('p-1', 'Outlook'), rev: 3 })) as ProfileDoc;
const withOrigin = { ...real, origin: { source: 'hive', file: 'NTUSER.DAT', root: real.origin.root, sourceId: 's1' } };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value (object keys and array indexes), the root first. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

/** A copy of `value` with what is at `path` replaced by `edit(old)` (undefined: the member removed). */
function edited(value: Json, path: (string | number)[], edit: (old: Json) => Json | undefined): Json | undefined {
  if (path.length === 0) return edit(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const inner = edited(copy[head as number]!, rest, edit);
    if (inner === undefined) copy.splice(head as number, 1);
    else copy[head as number] = inner;
    return copy;
  }
  const obj = value as Record<string, Json>;
  const inner = edited(obj[head as string]!, rest, edit);
  // Rebuilt in the same key order, so that only the edit differs.
  const copy: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj))
    if (k !== head) copy[k] = v;
    else if (inner !== undefined) copy[k] = inner;
  return copy;
}

/** Values of every JSON kind at the edges of what ProfileDoc allows (types, ranges, hex, the source enum). */
const ODD: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  4294967295,
  4294967296,
  2 ** 53,
  '',
  'a',
  '0A',
  'zz',
  '0a1',
  'reg',
  'copy',
  'Hive',
  [],
  {},
];

const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(...ODD),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.stringMatching(/^(?:[0-9a-fA-F]{1,2}){0,4}$/),
);

/** One random change anywhere in the document: replace a value, remove a member, add a member, swap two keys. */
function mutation(doc: Json): fc.Arbitrary<Json | undefined> {
  const all = paths(doc);
  // Half the edits near the top (no index above 1), where the few optional members and the key orders are.
  const near = all.filter((p) => p.every((step) => typeof step === 'string' || step <= 1));
  const where = fc.oneof(
    fc.nat(all.length - 1).map((i) => all[i]!),
    fc.nat(near.length - 1).map((i) => near[i]!),
  );
  return fc
    .tuple(where, fc.nat(3), oddValue, fc.constantFrom('id', 'name', 'extra', 'file', 'rev', 'data', 'values', '__proto__', '1'))
    .map(([path, kind, odd, key]) => {
      switch (kind) {
        case 0:
          return edited(doc, path, () => odd);
        case 1:
          return path.length ? edited(doc, path, () => undefined) : doc;
        case 2:
          return edited(doc, path, (old) =>
            Array.isArray(old)
              ? [...old, odd]
              : old !== null && typeof old === 'object'
                ? JSON.parse(
                    `{${JSON.stringify(old).slice(1, -1)}${Object.keys(old).length ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(odd)}}`,
                  )
                : odd,
          );
        default:
          return edited(doc, path, (old) => {
            if (old === null || typeof old !== 'object' || Array.isArray(old)) return old;
            const entries = Object.entries(old);
            return Object.fromEntries(entries.length > 1 ? [entries[1]!, entries[0]!, ...entries.slice(2)] : entries);
          });
      }
    });
}

describe('a check compiled from a zod schema', () => {
  it('takes the real sample profile as it is, and what zod gives for it', () => {
    for (const doc of [real, withOrigin, JSON.parse(JSON.stringify(versioned('v', 1)))]) {
      expect(zodTakesAsIs(doc)).toBe(true);
      expect(isProfileDoc(doc)).toBe(true);
    }
  });

  it('agrees with zod on thousands of random edits of the real profile (one, then two, at a time)', () => {
    const docs = [real, withOrigin] as unknown as Json[];
    let refused = 0;
    for (const doc of docs)
      fc.assert(
        fc.property(
          mutation(doc).chain((once) => (once === undefined ? fc.constant(once) : fc.oneof(fc.constant(once), mutation(once)))),
          (value) => {
            const expected = zodTakesAsIs(value);
            if (!expected) refused++;
            expect(isProfileDoc(value)).toBe(expected);
          },
        ),
        { numRuns: 2000, seed: 19 },
      );
    // The edits reach both answers (most edits break the document).
    expect(refused).toBeGreaterThan(1000);
    expect(refused).toBeLessThan(3900);
  });

  it('agrees with zod for each odd value put at each member near the top, and each member removed', () => {
    for (const doc of [real, withOrigin] as unknown as Json[])
      for (const path of paths(doc).filter((p) => p.length && p.every((step) => typeof step === 'string' || step <= 1))) {
        for (const odd of ODD) {
          const value = edited(doc, path, () => odd);
          expect(isProfileDoc(value), `${path.join('.')} = ${JSON.stringify(odd)}`).toBe(zodTakesAsIs(value));
        }
        const removed = edited(doc, path, () => undefined);
        expect(isProfileDoc(removed), `${path.join('.')} removed`).toBe(zodTakesAsIs(removed));
      }
  });

  it('refuses values that are not plain JSON objects, and key orders zod would change', () => {
    const { id, name, ...rest } = real;
    for (const value of [
      undefined,
      null,
      [],
      'doc',
      Object.assign(Object.create({ inherited: 1 }), real),
      Object.assign(new (class Doc {})(), real),
      new Map(),
      { name, id, ...rest },
    ])
      expect(isProfileDoc(value), String(value)).toBe(false);
  });

  it('will not compile a schema it cannot check as zod does', () => {
    expect(() => compileCheck(z.object({ a: z.string().refine((s) => s !== 'x') }))).toThrow(/custom.*\.a/);
    expect(() => compileCheck(z.object({ a: z.string().email() }))).toThrow(/email/);
    expect(() => compileCheck(z.union([z.string(), z.number()]))).toThrow(/union/);
    expect(() => compileCheck(z.object({ a: z.string().transform((s) => s.length) }))).toThrow(/pipe/);
    expect(() => compileCheck(z.object({ a: z.string().nullable() }))).toThrow(/nullable/);
  });
});
