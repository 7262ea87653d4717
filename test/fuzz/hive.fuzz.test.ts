/**
 * Registry hive (regf) reader fuzzing (issue 9): 100,000+ cases per run. Most mutate small hives built
 * from random trees (every list kind, big data, UTF-16 names), aimed at the fields the reader follows:
 * counts set to 0xFFFFFFFF, offsets pointed at themselves, at an ancestor (cycles), at a cell of the
 * wrong kind, ri lists pointed at ri lists; the rest mutate and truncate the real NTUSER.DAT sample.
 * Every case opens the hive and walks all of it. Only FormatError with an offset, no case hangs,
 * bounded memory — and counts that claim billions of entries allocate nothing. Mutants that our reader and
 * libhivex both read must read alike (the differential of the former test/core/formats/hive/fuzz.test.ts,
 * whose sample mutations and truncations this suite's own cover).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormatError } from '../../electron/core/formats/formatError.js';
import { collectProfileKeys, openHive, readSubtree } from '../../electron/core/formats/hive/index.js';
import { BASE, DB, HBIN, LIST, NK, VK } from '../../electron/core/formats/hive/regfLayout.js';
import { baseBlockChecksum } from '../../electron/core/formats/hive/baseBlock.js';
import { buildHive, type BKey, type BValue, type Built } from '../core/formats/hive/buildHive.js';
import { sampleHive } from '../helpers/samples.js';
import { bigHive } from '../bench/generate/bigFiles.js';
import { HANG_MS, concat, describeStats, expectBounded, fuzz, scaled, type FuzzTarget } from './fuzzHarness.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpHivesWithLibhivex } from '../helpers/libhivex.js';
import { describeWith } from '../helpers/peerTools.js';
import type { GroundTruthKey } from '../helpers/samples.js';
import { keyArb, shown } from '../core/formats/hive/randomHives.js';
import { mutantsOf } from '../core/formats/hive/hiveMutants.js';

const PROFILES = 'Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';

/** Everything a small hive holds, every key's values and subkeys, then what an import reads. */
const small: FuzzTarget = {
  formats: ['hive'],
  where: 'offset',
  run: (bytes) => {
    const hive = openHive(bytes);
    const keys = readSubtree(hive, '', 'HKCU');
    collectProfileKeys(hive);
    return keys.length;
  },
};

/** The sample is 6.5 MB: what an import reads (the Profiles subtree) and one level below the root. */
const sample: FuzzTarget = {
  formats: ['hive'],
  where: 'offset',
  run: (bytes) => {
    const hive = openHive(bytes);
    const keys = collectProfileKeys(hive);
    for (const key of hive.root.subkeys()) {
      key.values();
      key.subkeys();
    }
    return keys.length;
  },
};

const dv = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const HUGE = [0xffffffff, 0xfffffffe, 0x7fffffff, 0x80000000, 0x80000004, 0xfffffff8, 0x00010000, 0xffff, 0, 1, 2, 0x1000];
const bytesOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);

/** A base hive and the fields a mutation aims at, with the cells a pointer field may be aimed at. */
interface Base {
  built: Built;
  /** Absolute offsets of u32 fields that hold cell offsets, each with the cell offsets of its ancestors' nk. */
  pointers: { at: number; self: number; ancestors: number[] }[];
  /** Absolute offsets of count and size fields (u32 or u16). */
  counts: { at: number; width: 2 | 4 }[];
  /** Cell offsets of every record: aiming a pointer at one gives type confusion. */
  cells: number[];
}

const randomTree = (): fc.Arbitrary<BKey> => {
  const value = fc.record({
    name: fc.oneof(fc.constantFrom('', 'v', '001f3001', 'Ünïcødé', '名前'), fc.string({ maxLength: 8 })),
    type: fc.constantFrom(1, 3, 4, 7, 0x1001f, 0xffff0000),
    data: fc
      .oneof({ weight: 6, arbitrary: fc.nat({ max: 64 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 4, 5, 16344, 16345, 40_000) })
      .chain((n) => fc.nat({ max: 255 }).map((s) => bytesOf(n, s))),
  });
  const tree = (depth: number): fc.Arbitrary<BKey> =>
    fc.record({
      name: fc.oneof(
        fc.constantFrom('Software', 'Profiles', 'Outlook', 'ключ', '9207f3e0a3b11019908b08002b2a56c2'),
        fc.string({ minLength: 1, maxLength: 10 }),
      ),
      values: fc.array(value as fc.Arbitrary<BValue>, { maxLength: 4 }),
      subkeys: depth === 0 ? fc.constant([]) : fc.array(tree(depth - 1), { maxLength: 3 }),
      list: fc.constantFrom('lf', 'lh', 'li', 'ri'),
      riOf: fc.constantFrom('lf', 'lh', 'li'),
      riChunk: fc.integer({ min: 1, max: 3 }),
    }) as fc.Arbitrary<BKey>;
  return tree(3);
};

/** The Outlook path an import reads, so collectProfileKeys walks real work in a third of the bases. */
const outlookTree = (inner: BKey): BKey => ({
  name: 'ROOT',
  subkeys: [
    {
      name: 'Software',
      subkeys: [
        {
          name: 'Microsoft',
          subkeys: [
            { name: 'Office', subkeys: [{ name: '16.0', subkeys: [{ name: 'Outlook', subkeys: [{ ...inner, name: 'Profiles' }] }] }] },
          ],
        },
      ],
    },
  ],
});

function baseOf(root: BKey): Base {
  const built = buildHive(root, { minor: 5 });
  const b = built.bytes;
  const pointers: Base['pointers'] = [{ at: BASE.ROOT_CELL, self: -1, ancestors: [] }];
  const counts: Base['counts'] = [
    { at: BASE.HBINS_SIZE, width: 4 },
    { at: BASE.SIZE + HBIN.SIZE, width: 4 },
  ];
  const cells: number[] = [];
  const visit = (key: BKey, ancestors: number[]) => {
    const nk = built.nk.get(key)!;
    const self = built.cellOff(nk);
    cells.push(self);
    for (const f of [NK.SUBKEY_LIST, NK.VALUE_LIST]) pointers.push({ at: nk + f, self, ancestors });
    for (const f of [NK.SUBKEY_COUNT, NK.VALUE_COUNT]) counts.push({ at: nk + f, width: 4 });
    counts.push({ at: nk + NK.NAME_LENGTH, width: 2 });
    const list = built.subkeyList.get(key);
    if (list !== undefined) {
      cells.push(built.cellOff(list));
      counts.push({ at: list + LIST.COUNT, width: 2 });
      const n = dv(b).getUint16(list + LIST.COUNT, true);
      const size = b[list] === 0x6c && (b[list + 1] === 0x66 || b[list + 1] === 0x68) ? 8 : 4;
      for (let i = 0; i < n; i++)
        pointers.push({ at: list + LIST.ENTRIES + i * size, self: built.cellOff(list), ancestors: [...ancestors, self] });
    }
    for (const v of key.values ?? []) {
      const vk = built.vk.get(v)!;
      cells.push(built.cellOff(vk));
      counts.push({ at: vk + VK.NAME_LENGTH, width: 2 }, { at: vk + VK.DATA_SIZE, width: 4 });
      pointers.push({ at: vk + VK.DATA_OFFSET, self: built.cellOff(vk), ancestors });
      const size = dv(b).getUint32(vk + VK.DATA_SIZE, true);
      if (size > DB.SEGMENT_MAX && size < 0x80000000) {
        const db = BASE.SIZE + dv(b).getUint32(vk + VK.DATA_OFFSET, true) + 4;
        counts.push({ at: db + DB.COUNT, width: 2 });
        pointers.push({ at: db + DB.SEGMENT_LIST, self: built.cellOff(db), ancestors });
      }
    }
    for (const s of key.subkeys ?? []) visit(s, [...ancestors, self]);
  };
  visit(root, []);
  return { built, pointers, counts, cells };
}

let bases: Base[] = [];
let hive: Uint8Array;

beforeAll(() => {
  const trees = fc.sample(randomTree(), { numRuns: 40, seed: 42 });
  bases = trees.map((t, i) => baseOf(i % 3 === 0 ? outlookTree(t) : t));
  hive = sampleHive();
});

type Edit = (b: Uint8Array, base: Base) => void;
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
const setU = (b: Uint8Array, at: number, width: 2 | 4, v: number) => {
  if (at < 0 || at + width > b.length) return;
  if (width === 2) dv(b).setUint16(at, v & 0xffff, true);
  else dv(b).setUint32(at, v >>> 0, true);
};

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // A count or size claiming billions (or zero, or one more).
  {
    weight: 4,
    arbitrary: fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...HUGE), fc.nat())).map(([i, v]): Edit => (b, base) => {
      const f = pick(base.counts, i);
      if (f) setU(b, f.at, f.width, v);
    }),
  },
  // A pointer aimed at its own cell, at an ancestor's nk (a cycle), at a cell of another kind, or at nothing.
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.nat(), fc.nat(), fc.constantFrom('self', 'ancestor', 'other', 'huge', 'near'))
      .map(([i, j, how]): Edit => (b, base) => {
        const f = pick(base.pointers, i);
        if (!f) return;
        const to =
          how === 'self'
            ? f.self
            : how === 'ancestor'
              ? (pick(f.ancestors, j) ?? 0)
              : how === 'other'
                ? pick(base.cells, j)!
                : how === 'huge'
                  ? HUGE[j % HUGE.length]!
                  : dv(b).getUint32(f.at, true) + ((j % 9) - 4) * 4;
        setU(b, f.at, 4, to);
      }),
  },
  // ri → ri: a list signature rewritten as "ri" (an ri list of ri lists, or an ri of nk offsets).
  {
    weight: 1,
    arbitrary: fc.nat().map((i): Edit => (b, base) => {
      const lists = [...base.built.subkeyList.values()];
      const at = pick(lists, i);
      if (at !== undefined) b.set([0x72, 0x69], at);
    }),
  },
  // Random damage anywhere: flips, bytes, u32s.
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.nat(), fc.nat({ max: 7 }), fc.constantFrom('flip', 'byte', 'u32'), fc.nat())
      .map(([p, bit, kind, v]): Edit => (b) => {
        const at = p % b.length;
        if (kind === 'flip') b[at]! ^= 1 << bit;
        else if (kind === 'byte') b[at] = v & 0xff;
        else setU(b, at & ~3, 4, pick(HUGE, v)!);
      }),
  },
  // A cell size rewritten (free, huge, misaligned) at a record the walk reads.
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.constantFrom(8, 0, 3, -3, 0x7ffffff8, -0x7ffffff8, 4096)).map(([i, size]): Edit => (b, base) => {
      const off = pick(base.cells, i);
      if (off !== undefined && BASE.SIZE + off + 4 <= b.length) dv(b).setInt32(BASE.SIZE + off, size, true);
    }),
  },
);

/** One case: a copy of a base with 1–4 edits, sometimes truncated or spliced with bytes of itself. */
const smallCase: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    fc.nat(),
    fc.array(edit, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('none', 'none', 'none', 'truncate', 'splice', 'checksum'),
    fc.nat(),
    fc.nat(),
    fc.nat({ max: 256 }),
  )
  .map(([i, edits, tail, p, q, n]) => {
    const base = bases[i % bases.length]!;
    let b: Uint8Array = base.built.bytes.slice();
    for (const e of edits) e(b, base);
    if (tail === 'truncate') b = b.slice(0, p % (b.length + 1));
    else if (tail === 'splice') {
      const from = p % b.length;
      const to = q % b.length;
      b = concat(b.subarray(0, to), b.subarray(from, from + n), b.subarray(to + n));
    } else if (tail === 'checksum') dv(b).setUint32(BASE.CHECKSUM, baseBlockChecksum(dv(b)), true);
    return b;
  });

/**
 * Cases that mutate the sample in place (1–4 bit flips, byte or u32 writes at `at`) and restore it after the
 * run: the sample is 6.5 MB, too big to copy per case. Run with batch 1 (each case's mutation with its run).
 */
function sampleInPlace(at: fc.Arbitrary<number>, value: fc.Arbitrary<number>) {
  const view = dv(hive);
  const mutation = fc.record({ at, kind: fc.constantFrom('flip', 'byte', 'u32'), value: fc.oneof(fc.constantFrom(...HUGE), value) });
  let restored = 0;
  const target: FuzzTarget = { ...sample, run: () => undefined };
  const cases = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => {
    const saved = ms.map(({ at }) => hive.slice(at, at + 4));
    target.run = () => {
      try {
        for (const { at, kind, value } of ms) {
          if (kind === 'flip') hive[at]! ^= 1 << (value & 7);
          else if (kind === 'byte') hive[at] = value & 0xff;
          else view.setUint32(at, value >>> 0, true);
        }
        return sample.run(hive);
      } finally {
        for (let i = ms.length - 1; i >= 0; i--) hive.set(saved[i]!, ms[i]!.at);
        restored++;
      }
    };
    return hive;
  });
  return { target, cases, restored: () => restored };
}

describe('hive reader fuzz', () => {
  it('100,000+ cases: only FormatError with an offset, no case hangs, memory bounded', () => {
    const opts = { maxCaseMs: HANG_MS, maxGrowthMb: 400 };
    const synthetic = fuzz(small, smallCase, scaled(97_700), 1, opts);

    // The real sample, mutated in place and restored after each case (it is 6.5 MB: no copies).
    const inPlace = sampleInPlace(
      fc.oneof(fc.nat({ max: 511 }), fc.nat({ max: hive.length - 4 }), fc.integer({ min: 4096, max: 4096 + 65536 })),
      fc.nat({ max: 0xffffffff }),
    );
    // fc.sample draws the whole batch first, so batches of 1 keep each case's mutation with its run.
    const mutated = fuzz(inPlace.target, inPlace.cases, scaled(2000), 2, { ...opts, batch: 1 });
    expect(inPlace.restored()).toBe(mutated.cases);
    expect(readSubtree(openHive(hive), PROFILES, '')).toHaveLength(18);

    const truncated = fuzz(
      sample,
      fc.oneof(fc.nat({ max: 8191 }), fc.nat({ max: hive.length })).map((n) => hive.subarray(0, n)),
      scaled(300),
      3,
      opts,
    );

    for (const [name, s] of [
      ['synthetic', synthetic],
      ['sample mutations', mutated],
      ['sample truncations', truncated],
    ] as const)
      console.log(describeStats(`hive ${name}`, s));
    expect(synthetic.cases + mutated.cases + truncated.cases).toBeGreaterThanOrEqual(scaled(100_000));
    expect(synthetic.parsed).toBeGreaterThan(synthetic.cases / 20);
    expect(synthetic.refused).toBeGreaterThan(synthetic.cases / 2);
  }, 240_000);

  describe('counts and sizes claiming billions allocate nothing', () => {
    const bounded = (b: Uint8Array) => expectBounded(small, b, { maxMs: HANG_MS, maxGrowthMb: 64 });
    const tree = (): { root: BKey; child: BKey; big: BValue } => {
      const big: BValue = { name: 'Big', type: 3, data: bytesOf(40_000, 1) };
      const child: BKey = { name: 'Child', values: [big, { name: 'x', type: 4, data: bytesOf(4, 2) }] };
      return { root: { name: 'ROOT', subkeys: [child, { name: 'Other' }] }, child, big };
    };

    it.each([
      ['subkey count 0xFFFFFFFF', (bt: Built, t: ReturnType<typeof tree>) => bt.nk.get(t.root)! + NK.SUBKEY_COUNT, 0xffffffff],
      ['value count 0xFFFFFFFF', (bt: Built, t: ReturnType<typeof tree>) => bt.nk.get(t.child)! + NK.VALUE_COUNT, 0xffffffff],
      ['value data size 0x7FFFFFFF', (bt: Built, t: ReturnType<typeof tree>) => bt.vk.get(t.big)! + VK.DATA_SIZE, 0x7fffffff],
      ['hive bins size 0xFFFFF000', () => BASE.HBINS_SIZE, 0xfffff000],
      ['hbin size 0xFFFFF000', () => BASE.SIZE + HBIN.SIZE, 0xfffff000],
    ])('%s', (_name, field, value) => {
      const t = tree();
      const bt = buildHive(t.root, { minor: 5 });
      dv(bt.bytes).setUint32(field(bt, t), value, true);
      expect(bounded(bt.bytes)).toBeInstanceOf(FormatError);
    });

    it('a db record claiming 0xFFFF segments, a list claiming 0xFFFF entries', () => {
      const t = tree();
      const bt = buildHive(t.root, { minor: 5 });
      const db = BASE.SIZE + dv(bt.bytes).getUint32(bt.vk.get(t.big)! + VK.DATA_OFFSET, true) + 4;
      expect(String.fromCharCode(bt.bytes[db]!, bt.bytes[db + 1]!)).toBe('db');
      const b1 = bt.bytes.slice();
      dv(b1).setUint16(db + DB.COUNT, 0xffff, true);
      dv(b1).setUint32(bt.vk.get(t.big)! + VK.DATA_SIZE, 0x7ffffff0, true);
      expect(bounded(b1)).toBeInstanceOf(FormatError);
      const b2 = bt.bytes.slice();
      dv(b2).setUint16(bt.subkeyList.get(t.root)! + LIST.COUNT, 0xffff, true);
      expect(bounded(b2)).toBeInstanceOf(FormatError);
    });

    it('cycles: a key listing itself, its parent, an ri list listing itself', () => {
      const t = tree();
      const bt = buildHive({ ...t.root, list: 'ri', riOf: 'lh', riChunk: 1 }, { minor: 5 });
      const riList = bt.subkeyList.get([...bt.subkeyList.keys()].find((k) => k.name === 'ROOT')!)!;
      const selfRi = bt.bytes.slice();
      dv(selfRi).setUint32(riList + LIST.ENTRIES, bt.cellOff(riList), true);
      expect(bounded(selfRi)).toBeInstanceOf(FormatError);

      const plain = buildHive(t.root, { minor: 5 });
      const rootNk = plain.cellOff(plain.nk.get(t.root)!);
      const list = plain.subkeyList.get(t.root)!;
      const selfKey = plain.bytes.slice();
      dv(selfKey).setUint32(list + LIST.ENTRIES, rootNk, true);
      expect(bounded(selfKey)).toBeInstanceOf(FormatError);
      // The child's subkey list is its parent's: Child → (Child, Other) → … — a cycle through a shared list.
      const shared = plain.bytes.slice();
      const childNk = plain.nk.get(t.child)!;
      dv(shared).setUint32(childNk + NK.SUBKEY_COUNT, 2, true);
      dv(shared).setUint32(childNk + NK.SUBKEY_LIST, plain.cellOff(list), true);
      expect(bounded(shared)).toBeInstanceOf(FormatError);
    });

    it('one value list naming the same 1 MB value 200,000 times is refused, not read 200,000 times', () => {
      expect(bounded(sharedValueBomb(200_000, 1 << 20))).toBeInstanceOf(FormatError);
    });
  });

  // Growth with size is measured by `npm run bench` (parser growth); here only that a big hive reads whole.
  it(
    'walks a 3.6 MB hive of 4,000 keys whole, without hanging',
    () => {
      const big = bigHive(3_600_000);
      expect(readSubtree(openHive(big.bytes), '', 'HKCU')).toHaveLength(big.keys);
    },
    HANG_MS * 4,
  );

  it('refuses a hive over maxBytes with a clear message, at offset 0', () => {
    const b = bases[0]!.built.bytes;
    let e: unknown;
    try {
      openHive(b, { maxBytes: b.length - 1 });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(FormatError);
    expect((e as FormatError).message).toBe(`hive of ${b.length} bytes is larger than the ${b.length - 1}-byte limit`);
    expect((e as FormatError).offset).toBe(0);
    expect(() => openHive(b, { maxBytes: b.length })).not.toThrow();
  });
});

/**
 * A valid hive whose root's value list names one vk `entries` times, that vk holding `dataSize` bytes:
 * every structure is in bounds, yet reading it naively hands out entries × dataSize bytes.
 */
function sharedValueBomb(entries: number, dataSize: number): Uint8Array {
  const cells: Uint8Array[] = [];
  let top = HBIN.HEADER_SIZE;
  const alloc = (len: number) => {
    const size = (len + 4 + 7) & ~7;
    const cell = new Uint8Array(size);
    dv(cell).setInt32(0, -size, true);
    const off = top;
    top += size;
    cells.push(cell);
    return { off, data: cell.subarray(4) };
  };
  const nk = alloc(NK.FIXED_SIZE + 4);
  const list = alloc(entries * 4);
  const vk = alloc(VK.FIXED_SIZE + 1);
  const data = alloc(dataSize);
  nk.data.set([0x6e, 0x6b]);
  const n = dv(nk.data);
  n.setUint16(NK.FLAGS, NK.FLAG_COMP_NAME, true);
  for (const f of [NK.SUBKEY_LIST, NK.VOLATILE_SUBKEY_LIST, NK.SECURITY, NK.CLASS_NAME]) n.setUint32(f, 0xffffffff, true);
  n.setUint32(NK.VALUE_COUNT, entries, true);
  n.setUint32(NK.VALUE_LIST, list.off, true);
  n.setUint16(NK.NAME_LENGTH, 4, true);
  nk.data.set([0x52, 0x4f, 0x4f, 0x54], NK.NAME);
  for (let i = 0; i < entries; i++) dv(list.data).setUint32(i * 4, vk.off, true);
  vk.data.set([0x76, 0x6b]);
  dv(vk.data).setUint16(VK.NAME_LENGTH, 1, true);
  dv(vk.data).setUint32(VK.DATA_SIZE, dataSize, true);
  dv(vk.data).setUint32(VK.DATA_OFFSET, data.off, true);
  dv(vk.data).setUint32(VK.TYPE, 3, true);
  dv(vk.data).setUint16(VK.FLAGS, VK.FLAG_COMP_NAME, true);
  vk.data[VK.NAME] = 0x76;
  const binSize = Math.ceil((top + 8) / 4096) * 4096;
  const free = new Uint8Array(binSize - top);
  dv(free).setInt32(0, free.length, true);
  const header = new Uint8Array(HBIN.HEADER_SIZE);
  header.set([0x68, 0x62, 0x69, 0x6e]);
  dv(header).setUint32(HBIN.SIZE, binSize, true);
  const base = new Uint8Array(BASE.SIZE);
  base.set([0x72, 0x65, 0x67, 0x66]);
  const bv = dv(base);
  bv.setUint32(BASE.SEQ1, 1, true);
  bv.setUint32(BASE.SEQ2, 1, true);
  bv.setUint32(BASE.MAJOR, 1, true);
  bv.setUint32(BASE.MINOR, 5, true);
  bv.setUint32(BASE.FORMAT, 1, true);
  bv.setUint32(BASE.ROOT_CELL, nk.off, true);
  bv.setUint32(BASE.HBINS_SIZE, binSize, true);
  bv.setUint32(BASE.CHECKSUM, baseBlockChecksum(bv), true);
  return concat(base, header, ...cells, free);
}

/**
 * Sample mutations aimed at the cells the walk reads (nk, value lists, vk, data cells, subkey lists, the
 * base block): blind offsets in a 6.5 MB file rarely hit them. The aim of the former
 * test/core/formats/hive/fuzz.test.ts, run through the harness.
 */
describe('sample mutations aimed at the cells the walk reads', () => {
  it('only FormatError with an offset, no case hangs; the sample restored after each case', () => {
    const view = dv(hive);
    const cellAt = (off: number) => BASE.SIZE + off;
    const opened = openHive(hive);
    const keys = [opened.root, ...opened.root.subkeys()];
    const stack = [opened.root.child('Software')!.child('Microsoft')!.child('Office')!.child('16.0')!.child('Outlook')!.child('Profiles')!];
    while (stack.length) {
      const k = stack.pop()!;
      keys.push(k);
      stack.push(...k.subkeys());
    }
    const cells = new Set<number>([0, BASE.CHECKSUM - 8]);
    for (const key of keys) {
      const data = cellAt(key.offset) + 4;
      cells.add(data - 4);
      if (view.getUint32(data + NK.SUBKEY_COUNT, true) > 0) cells.add(cellAt(view.getUint32(data + NK.SUBKEY_LIST, true)));
      const count = view.getUint32(data + NK.VALUE_COUNT, true);
      if (count === 0) continue;
      const list = cellAt(view.getUint32(data + NK.VALUE_LIST, true));
      cells.add(list);
      for (let i = 0; i < count; i++) {
        const vk = cellAt(view.getUint32(list + 4 + i * 4, true));
        cells.add(vk);
        // A data cell unless the size's top bit says the data sits in the vk itself.
        if ((view.getUint32(vk + 4 + VK.DATA_SIZE, true) & 0x80000000) === 0)
          cells.add(cellAt(view.getUint32(vk + 4 + VK.DATA_OFFSET, true)));
      }
    }
    const targets = [...cells].filter((t) => t >= 0 && t + 4 <= hive.length - 128);
    const inPlace = sampleInPlace(
      fc.oneof(
        fc.tuple(fc.nat(), fc.nat({ max: 127 })).map(([i, d]) => targets[i % targets.length]! + d),
        fc.nat({ max: 511 }),
      ),
      fc.oneof(fc.nat({ max: 0xffffffff }), fc.nat({ max: 255 })),
    );
    const aimed = fuzz(inPlace.target, inPlace.cases, scaled(1_200), 8, { maxCaseMs: HANG_MS, maxGrowthMb: 400, batch: 1 });
    console.log(describeStats('hive aimed sample mutations', aimed));
    expect(inPlace.restored()).toBe(aimed.cases);
    expect(aimed.refused).toBeGreaterThan(0);
    expect(readSubtree(openHive(hive), PROFILES, '')).toHaveLength(18);
  }, 180_000);
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
        ours = readSubtree(openHive(bytes), '', '').map((k) => ({
          key: k.path,
          values: k.values.map((v) => ({ name: v.name, type: v.type, hex: v.data })),
        }));
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
