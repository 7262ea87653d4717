/**
 * .reg reader fuzzing (issue 9): 100,000+ cases per run — small files generated from the grammar (most
 * of them), and mutations of the repository's real files (bit flips, truncations, splices, repeated lines).
 * Every case goes through what an import does: parseReg, then toSnapshot; every file it accepts is written
 * back with writeReg (in its own version) and read again to the same keys (issue 16 §4). Only FormatError
 * with a line, no case hangs, bounded memory; big files read whole (growth with size: npm run bench); the
 * size limit is enforced. Every value the reader gives holds lowercase hex data (what writeReg takes). One suite
 * for the format: it took in test/core/formats/reg/regFuzz.test.ts (its mutations are the harness's textMutations).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../electron/core/formats/formatError.js';
import { parseReg, toSnapshot, writeReg, DEFAULT_MAX_REG_BYTES } from '../../electron/core/formats/reg/index.js';
import { EXTRA, describeExtra, readExtra } from '../helpers/extraRealData.js';
import { SAMPLE, WINE_EXPORTS, readSample } from '../helpers/samples.js';
import { groundTruthKeys } from '../core/formats/reg/regCompare.js';
import { bigReg, bigRegKeys } from '../bench/generate/bigFiles.js';
import { checkRoundTrip, roundTrips } from './roundTrip.js';
import {
  HANG_MS,
  describeStats,
  encoded,
  expectBounded,
  fuzz,
  joinLines,
  mutationsOf,
  scaled,
  textMutations,
  utf8,
  type FuzzTarget,
} from './fuzzHarness.js';

const written = roundTrips();
const target: FuzzTarget = {
  formats: ['reg'],
  where: 'line',
  run: (bytes) => {
    const file = parseReg(bytes);
    const { keys } = toSnapshot(file);
    // writeReg refuses data that is not hex: what the reader gives must be hex, or a refusal would hide it.
    for (const k of keys)
      for (const v of k.values)
        if (!/^(?:[0-9a-f]{2})*$/.test(v.data)) throw new Error(`value ${v.name} of ${k.path}: data is not lowercase hex`);
    checkRoundTrip(
      written,
      keys,
      (k) => writeReg(k, { version: file.version }),
      (w) => toSnapshot(parseReg(w)).keys,
    );
  },
};

/** The real files of the repository in regedit's format (Wine's exports) and hivexregedit's, and what we write. */
const SAMPLES: Uint8Array[] = [
  readSample(SAMPLE.hivexReg),
  ...WINE_EXPORTS.map((name) => readSample(name)),
  writeReg(groundTruthKeys()),
  writeReg(groundTruthKeys(), { version: 'REGEDIT4' }),
];

// ---- a grammar-aware generator: mostly valid lines, with the odd broken one ------------------------

const ws = fc.constantFrom('', '', ' ', '\t', '  ');
const nameChars = fc.string({
  unit: fc.constantFrom('a', 'B', '0', ' ', '\\', '"', '[', ']', ';', '=', '-', 'é', '€', '\u{1F600}'),
  maxLength: 12,
});
const keyPath = fc
  .array(fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '9', ' ', '.', '{', '}', 'é'), minLength: 0, maxLength: 6 }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((p) => p.join('\\'));
const quoted = nameChars.map((s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"');
const hexByte = fc.nat({ max: 255 }).map((b) => b.toString(16).padStart(2, '0'));
const hexList = fc.array(hexByte, { maxLength: 40 });
/** hex bytes split over continuation lines (`,\` + indent), sometimes with a comment line between. */
const continued = fc.tuple(hexList, fc.nat({ max: 8 }), fc.boolean()).map(([bytes, per, comment]) => {
  if (per === 0 || bytes.length === 0) return bytes.join(',');
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += per) lines.push(bytes.slice(i, i + per).join(','));
  return lines.join(',\\\n' + (comment ? '; between\n' : '') + '  ');
});
const data = fc.oneof(
  quoted,
  fc.constant('-'),
  fc.string({ unit: fc.constantFrom('0', '9', 'a', 'F', 'x', ' '), maxLength: 10 }).map((d) => 'dword:' + d),
  continued.map((h) => 'hex:' + h),
  fc.tuple(fc.constantFrom('0', '1', '2', '7', 'b', 'ffffffff', '100000000', ''), continued).map(([t, h]) => `hex(${t}):${h}`),
  fc.string({ maxLength: 20 }),
);
const line = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(ws, keyPath, fc.constantFrom(']', ']', '', '\\]', '] ;c', ']x')).map(([w, p, end]) => `${w}[${p}${end}`),
  },
  { weight: 1, arbitrary: keyPath.map((p) => `[-${p}]`) },
  {
    weight: 6,
    arbitrary: fc.tuple(ws, fc.oneof(quoted, fc.constant('@')), ws, ws, data).map(([a, n, b, c, d]) => `${a}${n}${b}=${c}${d}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ';comment', '# hash', '   ', '\\', ',') },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
/** Most files are a run of good lines with at most one bad one; some are all random. */
const goodLine = fc.oneof(
  fc.tuple(ws, keyPath).map(([w, p]) => `${w}[${p}]`),
  fc.tuple(quoted, continued).map(([n, h]) => `${n}=hex:${h}`),
  fc.tuple(quoted, quoted).map(([n, v]) => `${n}=${v}`),
  fc.tuple(quoted, fc.nat()).map(([n, v]) => `${n}=dword:${v.toString(16)}`),
);
const header = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('Windows Registry Editor Version 5.00', 'REGEDIT4', '  REGEDIT4') },
  { weight: 1, arbitrary: fc.constantFrom('Windows Registry Editor Version 4.00', '', 'regedit4', '[K]') },
);
const lines = fc.oneof(
  fc.tuple(fc.array(goodLine, { maxLength: 20 }), fc.option(line), fc.nat()).map(([ls, bad, at]) => {
    if (bad !== null) ls.splice(at % (ls.length + 1), 0, bad);
    return ['[K]', ...ls];
  }),
  fc.array(line, { maxLength: 25 }),
);
const regText = fc.tuple(header, lines).chain(([h, ls]) => joinLines(fc.constant([h, '', ...ls])));

/** Long lines, many continuation lines, many keys: the shapes the small generator never reaches. */
const stress = fc
  .oneof(
    fc.nat({ max: 200_000 }).map((n) => `Windows Registry Editor Version 5.00\n[K]\n"v"=hex:${'00,'.repeat(n)}00\n`),
    fc.nat({ max: 20_000 }).map((n) => `Windows Registry Editor Version 5.00\n[K]\n"v"=hex:00,\\\n${'  01,\\\n'.repeat(n)}  02\n`),
    fc.nat({ max: 20_000 }).map((n) => `Windows Registry Editor Version 5.00\n[K]\n"v"=hex:00,\\\n${'  01,\\\n'.repeat(n)}`),
    fc.nat({ max: 300_000 }).map((n) => `REGEDIT4\n[${'a\\'.repeat(n)}b]\n"${'x'.repeat(n)}"="${'y'.repeat(n)}"\n`),
    fc.nat({ max: 300_000 }).map((n) => `REGEDIT4\n[${'['.repeat(n)}\n`),
    fc.nat({ max: 10_000 }).map((n) => `REGEDIT4\n${Array.from({ length: n }, (_, i) => `[K\\${i}]\n[-K\\${n - i}]`).join('\n')}\n`),
  )
  .map(utf8);

describe('.reg reader fuzz', () => {
  it('100,000+ cases: only FormatError with a line, no case hangs, memory bounded', () => {
    Object.assign(written, roundTrips());
    const opts = { maxCaseMs: HANG_MS, maxGrowthMb: 300 };
    const generated = fuzz(target, encoded(regText), scaled(90_000), 1, opts);
    const mutated = fuzz(target, mutationsOf(SAMPLES, textMutations(SAMPLES)), scaled(10_000), 2, opts);
    const stressed = fuzz(target, stress, scaled(150), 3, opts);
    for (const [name, s] of [
      ['generated', generated],
      ['sample mutations', mutated],
      ['stress shapes', stressed],
    ] as const)
      console.log(describeStats(`reg ${name}`, s));
    expect(generated.cases + mutated.cases + stressed.cases).toBeGreaterThanOrEqual(scaled(100_000));
    // The generator must reach both outcomes, and the sample mutants must still often read.
    expect(generated.parsed).toBeGreaterThan(generated.cases / 10);
    expect(generated.refused).toBeGreaterThan(generated.cases / 10);
    expect(mutated.parsed).toBeGreaterThan(mutated.cases / 10);
    // Every accepted case was written back and read to the same keys, or refused by the writer: most were written.
    console.log(`reg round trips: ${written.same} the same, ${written.refusedByWriter} refused by writeReg`);
    expect(written.same + written.refusedByWriter).toBe(generated.parsed + mutated.parsed + stressed.parsed);
    expect(written.same).toBeGreaterThan(0.8 * (generated.parsed + mutated.parsed + stressed.parsed));
  }, 180_000);

  it('explicit hostile inputs: huge types, long lines, deep paths finish fast with little memory', () => {
    const cases = [
      'Windows Registry Editor Version 5.00\n[K]\n"v"=hex(ffffffff):00\n',
      'Windows Registry Editor Version 5.00\n[K]\n"v"=hex(1ffffffff):00\n',
      'Windows Registry Editor Version 5.00\n[K]\n"v"=dword:fffffffff\n',
      'Windows Registry Editor Version 5.00\n[K]\n"v"=hex:' + '0,'.repeat(2_000_000) + '\n',
      'Windows Registry Editor Version 5.00\n' + '[' + 'k\\'.repeat(1_000_000) + ']\n',
      'Windows Registry Editor Version 5.00\n' + '"v"="x"\n'.repeat(100_000),
      'Windows Registry Editor Version 5.00\n[K]\n"v"=hex:00,\\\n' + ' ;c\n'.repeat(500_000),
    ];
    for (const text of cases) expectBounded(target, utf8(text), { maxMs: HANG_MS, maxGrowthMb: 200 });
  }, 60_000);

  // Growth with size is measured by `npm run bench` (parser growth); here only that a big file reads whole.
  it(
    'reads an 8 MB file whole, without hanging',
    () => {
      const file = bigReg(8 << 20);
      const keys = toSnapshot(parseReg(file)).keys;
      expect(keys).toHaveLength(bigRegKeys(file));
    },
    HANG_MS * 4,
  );

  it('refuses an input over maxBytes with a clear message, before decoding it', () => {
    const bytes = SAMPLES[0]!;
    const e = (() => {
      try {
        parseReg(bytes, { maxBytes: bytes.length - 1 });
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(FormatError);
    expect((e as FormatError).message).toBe(`file is ${bytes.length} bytes, over the limit of ${bytes.length - 1} bytes`);
    expect(() => parseReg(bytes, { maxBytes: bytes.length })).not.toThrow();
    expect(DEFAULT_MAX_REG_BYTES).toBe(512 * 1024 * 1024);
  });
});

describeExtra('.reg reader fuzz over the real regedit exports', () => {
  it('their mutations: only FormatError with a line, no case hangs, memory bounded', () => {
    const extra = [readExtra(EXTRA.regeditUtf16), readExtra(EXTRA.regeditWrapped)];
    const s = fuzz(target, mutationsOf(extra, textMutations(extra)), scaled(5_000), 4, { maxCaseMs: HANG_MS, maxGrowthMb: 300 });
    console.log(describeStats('reg extra-sample mutations', s));
    expect(s.parsed).toBeGreaterThan(s.cases / 10);
  }, 120_000);
});
