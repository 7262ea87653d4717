/**
 * The test builder writes hives with the reader's own layout tables (regfLayout.ts), so a wrong offset
 * shared by both would pass every test that reads what it builds. Here libhivex (python3-hivex), an
 * independent reader, reads random built hives — every list kind (lf, lh, li, ri of each), inline, small
 * and big (db) data, UTF-16 names — and must find exactly the tree the builder was given.
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openHive, readSubtree } from '../../../../electron/core/formats/hive/index.js';
import { dumpHivesWithLibhivex } from '../../../helpers/libhivex.js';
import { describeWith } from '../../../helpers/peerTools.js';
import { buildHive, type BKey } from './buildHive.js';
import { expected, keyArb, shown } from './randomHives.js';

describeWith(['pythonHivex'], 'buildHive checked by libhivex', () => {
  it('libhivex reads every random built hive as exactly the tree it was built from, and so does our reader', () => {
    const roots = fc.sample(keyArb, { numRuns: 60, seed: 16 });
    const dir = mkdtempSync(join(tmpdir(), 'mpe-buildhive-'));
    const paths = roots.map((root, i) => {
      const path = join(dir, `${i}.hive`);
      writeFileSync(path, buildHive(root).bytes);
      return path;
    });
    const theirs = dumpHivesWithLibhivex(paths);
    roots.forEach((root, i) => {
      const r = theirs[i]!;
      expect('error' in r ? r.error : shown(r.keys), `hive ${i}`).toEqual(shown(expected(root)));
      const ours = readSubtree(openHive(buildHive(root).bytes), '', '').map((k) => ({
        key: k.path,
        values: k.values.map((v) => ({ name: v.name, type: v.type, hex: v.data })),
      }));
      expect(shown(ours), `hive ${i}`).toEqual(shown(expected(root)));
    });
    // The sample reached what it is for: every list kind, big data, UTF-16 names, keys three deep.
    const all = roots.flatMap(function flat(k: BKey): BKey[] {
      return [k, ...(k.subkeys ?? []).flatMap(flat)];
    });
    for (const kind of ['lf', 'lh', 'li', 'ri'])
      expect(
        all.some((k) => k.list === kind && (k.subkeys?.length ?? 0) > 1),
        kind,
      ).toBe(true);
    expect(all.some((k) => k.values?.some((v) => v.data.length > 16_344))).toBe(true);
    expect(all.some((k) => /€/.test(k.name))).toBe(true);
  }, 120_000);
});
