/**
 * MAPISVC.INF reader fuzzing (issue 9): 100,000+ cases per run — small catalogs generated from the
 * file's structure ([Services] → service sections → Providers=/Sections= → provider and extra sections,
 * symbolic and hex tags with typed values) and mutations of the shipped catalog and the reference's
 * KB294470 text. Strict and lenient modes. Only FormatError with a line, no case hangs, bounded
 * memory, big files read whole (growth with size: npm run bench), the size limit. One suite for the format:
 * it took in the unstructured line soups of the former test/core/formats/mapisvc/mapisvcFuzz.test.ts (its
 * character edits of the shipped catalog are the harness's textMutations).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../electron/core/formats/formatError.js';
import { DEFAULT_CATALOG_TEXT, parseMapiSvc } from '../../electron/core/formats/mapisvc/index.js';
import { MSEMS_KB294470 } from '../core/formats/mapisvc/infFixtures.js';
import { bigMapiSvc } from '../bench/generate/bigFiles.js';
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

const strict: FuzzTarget = { formats: ['mapisvc'], where: 'line', run: (bytes) => parseMapiSvc(bytes) };
const lenient: FuzzTarget = { formats: ['mapisvc'], where: 'line', run: (bytes) => parseMapiSvc(bytes, { lenient: true }) };

const SAMPLES = [utf8(DEFAULT_CATALOG_TEXT), utf8(MSEMS_KB294470)];

const names = ['MSEMS', 'MSPST MS', 'MSUPST MS', 'EMS_DSA', 'EMS_MDB', 'MSPST MSP', 'Extra', 'X'];
const sectionName = fc.oneof(
  fc.constantFrom(...names),
  fc.string({ unit: fc.constantFrom('A', 'b', '_', ' ', '1'), minLength: 1, maxLength: 6 }),
);
const nameList = fc.array(sectionName, { maxLength: 4 }).map((ns) => ns.join(', '));
const tagKey = fc.oneof(
  fc.constantFrom(
    'PR_DISPLAY_NAME',
    'PR_RESOURCE_FLAGS',
    'PR_RESOURCE_TYPE',
    'PR_PROVIDER_DLL_NAME',
    'PR_SERVICE_DLL_NAME',
    'PR_MDB_PROVIDER',
    'PR_VENDOR_THING',
    'WIZARD_ENTRY_NAME',
    'UID',
    'Providers',
    'Sections',
    'PR_ENTRYID',
  ),
  fc.nat().map((n) => (n >>> 0).toString(16).padStart(8, '0')),
  fc.constantFrom('66090003', '34140102', '3001001f', '6700001e', '0000000b', '00001102', 'ffffffff'),
);
const tagValue = fc.oneof(
  fc.constantFrom(
    'SERVICE_SINGLE_COPY',
    'STATUS_DEFAULT_STORE|STATUS_PRIMARY_IDENTITY',
    'MAPI_STORE_PROVIDER',
    'MAPI_AB_PROVIDER',
    '0x80000000',
    '4294967296',
    '-1',
    'TRUE',
    'nope',
  ),
  fc
    .array(
      fc.nat({ max: 255 }).map((b) => b.toString(16).padStart(2, '0')),
      { maxLength: 20 },
    )
    .map((a) => a.join('')),
  fc.constantFrom('13DBB0C8AA05101A9BB000AA002FC45A', '13DB0C8AA05101A9BB000AA002FC45A', 'zz'),
  fc.string({ maxLength: 12 }),
  nameList,
);
const entry = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(tagKey, tagValue).map(([k, v]) => `${k}=${v}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('Providers', 'Sections'), nameList).map(([k, v]) => `${k}=${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('; comment', '', 'no equals', '=x', '[') },
);
const section = fc.tuple(sectionName, fc.array(entry, { maxLength: 6 })).map(([n, es]) => [`[${n}]`, ...es]);
const services = fc
  .array(fc.tuple(fc.constantFrom(...names), fc.string({ maxLength: 8 })), { maxLength: 4 })
  .map((ss) => ['[Services]', ...ss.map(([k, v]) => `${k}=${v}`)]);
const infText = joinLines(
  fc
    .tuple(services, fc.array(section, { maxLength: 6 }), fc.boolean())
    .map(([s, ss, defaults]) => [...s, ...(defaults ? ['[Default Services]', 'MSEMS=Exchange'] : []), ...ss.flat()]),
);

const stress = fc
  .oneof(
    fc
      .nat({ max: 20_000 })
      .map(
        (n) =>
          `[Services]\n${Array.from({ length: n }, (_, i) => `S${i}=Service ${i}`).join('\n')}\n${Array.from({ length: n }, (_, i) => `[S${i}]\nProviders=P${i}\n[P${i}]\nPR_RESOURCE_TYPE=MAPI_STORE_PROVIDER`).join('\n')}\n`,
      ),
    fc
      .nat({ max: 20_000 })
      .map((n) => `[Services]\nS=S\n[S]\nProviders=${Array.from({ length: n }, () => 'P').join(',')}\n[P]\nPR_DISPLAY_NAME=p\n`),
    fc.nat({ max: 500_000 }).map((n) => `[Services]\nS=S\n[S]\nProviders=P\n[P]\nPR_ENTRYID=${'ab'.repeat(n)}\n`),
    fc.nat({ max: 20_000 }).map((n) => `[Services]\n${'S=S\n'.repeat(n)}[S]\nProviders=P\n[P]\n`),
  )
  .map(utf8);

/** Unstructured line soups: any string may be a section, key or value (hex tags and flag names among them). */
const soupName = fc.oneof(
  fc.constantFrom('Services', 'Default Services', 'X', 'XP', 'XS', 'MSEMS', 'EMS_DSA'),
  fc.string({ maxLength: 8 }),
);
const soupKey = fc.oneof(
  fc.constantFrom(
    'X',
    'Providers',
    'Sections',
    'UID',
    'PR_DISPLAY_NAME',
    'PR_RESOURCE_FLAGS',
    'PR_RESOURCE_TYPE',
    'PR_SERVICE_SUPPORT_FILES',
    '66090003',
    '34140102',
    '6701000B',
    '00400040',
    'WIZARD_ENTRY_NAME',
    'PR_NOPE',
  ),
  fc.string({ maxLength: 10 }),
);
const soupValue = fc.oneof(
  fc.constantFrom(
    'X',
    'XP',
    'XP, XS',
    'XS',
    'SERVICE_SINGLE_COPY|STATUS_DEFAULT_STORE',
    'MAPI_AB_PROVIDER',
    '0C000000',
    '0x20',
    '13DBB0C8AA05101A9BB000AA002FC45A',
    '13DB0C8AA05101A9BB000AA002FC45A',
    'a,b',
    'TRUE',
  ),
  fc.string({ maxLength: 16 }),
);
const soupLine = fc.oneof(
  soupName.map((n) => `[${n}]`),
  fc.tuple(soupKey, soupValue).map(([k, v]) => `${k}=${v}`),
  fc.string({ maxLength: 16 }).map((s) => `;${s}`),
  fc.string({ maxLength: 16 }),
);
const soup = encoded(joinLines(fc.array(soupLine, { maxLength: 30 })));

describe('MAPISVC.INF reader fuzz', () => {
  it('100,000+ cases, strict and lenient: only FormatError with a line, no case hangs, memory bounded', () => {
    const opts = { maxCaseMs: HANG_MS, maxGrowthMb: 300 };
    const generated = fuzz(strict, encoded(infText), scaled(60_000), 1, opts);
    const generatedLenient = fuzz(lenient, encoded(infText), scaled(30_000), 2, opts);
    const mutated = fuzz(strict, mutationsOf(SAMPLES, textMutations(SAMPLES)), scaled(5_000), 3, opts);
    const mutatedLenient = fuzz(lenient, mutationsOf(SAMPLES, textMutations(SAMPLES)), scaled(5_000), 4, opts);
    const stressed = fuzz(strict, stress, scaled(100), 5, opts);
    const runs = [
      ['generated', generated],
      ['generated, lenient', generatedLenient],
      ['sample mutations', mutated],
      ['sample mutations, lenient', mutatedLenient],
      ['stress shapes', stressed],
    ] as const;
    for (const [name, s] of runs) console.log(describeStats(`mapisvc ${name}`, s));
    expect(runs.reduce((n, [, s]) => n + s.cases, 0)).toBeGreaterThanOrEqual(scaled(100_000));
    expect(generated.parsed).toBeGreaterThan(generated.cases / 10);
    expect(generated.refused).toBeGreaterThan(generated.cases / 10);
    expect(mutated.parsed).toBeGreaterThan(mutated.cases / 20);
  }, 180_000);

  it('line soups, strict and lenient: only FormatError with a line', () => {
    const opts = { maxCaseMs: HANG_MS, maxGrowthMb: 300 };
    const soups = fuzz(strict, soup, scaled(2_000), 6, opts);
    const soupsLenient = fuzz(lenient, soup, scaled(2_000), 7, opts);
    for (const [name, s] of [
      ['line soups', soups],
      ['line soups, lenient', soupsLenient],
    ] as const)
      console.log(describeStats(`mapisvc ${name}`, s));
    expect(soups.refused).toBeGreaterThan(0);
  }, 120_000);

  it('explicit hostile inputs finish fast with little memory', () => {
    const cases = [
      '[Services]\nS=S\n[S]\nProviders=' + 'P,'.repeat(1_000_000) + '\n[P]\n',
      '[Services]\nS=S\n[S]\nProviders=P\n[P]\nPR_RESOURCE_FLAGS=' + 'STATUS_DEFAULT_STORE|'.repeat(100_000) + '\n',
      '[Services]\nS=S\n[S]\nProviders=P\nSections=' + 'P,'.repeat(500_000) + '\n[P]\nUID=13DBB0C8AA05101A9BB000AA002FC45A\n',
      '[Services]\n' + 'x'.repeat(4_000_000) + '=y\n',
    ];
    for (const text of cases) expectBounded(lenient, utf8(text), { maxMs: HANG_MS, maxGrowthMb: 200 });
  }, 60_000);

  // Growth with size is measured by `npm run bench` (parser growth); here only that a big file reads whole.
  it(
    'reads an 8 MB file whole, without hanging',
    () => {
      const bytes = bigMapiSvc(8 << 20);
      const listed = Buffer.from(bytes)
        .toString('utf8')
        .match(/^\[SVC\d+\]/gm)!.length;
      expect(parseMapiSvc(bytes).services).toHaveLength(listed);
      expect(listed).toBeGreaterThan(10_000);
    },
    HANG_MS * 4,
  );

  it('refuses an input over maxBytes with a clear message', () => {
    const bytes = SAMPLES[0]!;
    let e: unknown;
    try {
      parseMapiSvc(bytes, { maxBytes: 100 });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(FormatError);
    expect((e as FormatError).format).toBe('mapisvc');
    expect((e as FormatError).message).toBe(`file is ${bytes.length} bytes, over the limit of 100 bytes`);
    expect(() => parseMapiSvc(bytes, { maxBytes: bytes.length })).not.toThrow();
  });
});
