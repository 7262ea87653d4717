/**
 * PRF reader fuzzing (issue 9): 100,000+ cases per run — small PRFs generated from the file's structure
 * ([General], [Service List], ServiceN/AccountN value sections, mapping sections with PT_ entries) and
 * mutations of the repository's OCT-layout PRFs. Every case goes through parsePrf then resolvePrf (what an import
 * runs); every file parsePrf accepts is written back with writePrf and parsed again to the same model, line
 * numbers and encoding aside (issue 16 §4). One suite for the format: it took in the line soups and random
 * bytes of the former test/core/formats/prf/prfFuzz.test.ts (its line mutations are the harness's textMutations).
 * Only FormatError with a line, no case hangs, bounded memory, big files read whole (growth: npm run bench), the size limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../electron/core/formats/formatError.js';
import { DEFAULT_MAX_INI_BYTES, parsePrf, resolvePrf, writePrf } from '../../electron/core/formats/prf/index.js';
import { SERVICES_PRF, octPrfBytes, withoutLines } from '../core/formats/prf/prfFixtures.js';
import { checkRoundTrip, roundTrips } from './roundTrip.js';
import { EXTRA, describeExtra, readExtra } from '../helpers/extraRealData.js';
import { bigPrf } from '../bench/generate/bigFiles.js';
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
  formats: ['prf'],
  where: 'line',
  run: (bytes) => {
    const prf = parsePrf(bytes);
    resolvePrf(prf);
    checkRoundTrip(written, withoutLines(prf), writePrf, (text) => withoutLines(parsePrf(text)));
  },
};

/** The OCT-layout PRF of the repository, and one derived from it with services, accounts and problems. */
const SAMPLES = [octPrfBytes(), utf8(SERVICES_PRF())];

const ws = fc.constantFrom('', '', ' ', '\t');
const word = fc.string({ unit: fc.constantFrom('a', 'S', 'e', 'r', 'v', 'i', 'c', '1', 'X', ' ', '_', 'é'), maxLength: 10 });
const ptype = fc.constantFrom(
  'PT_STRING8',
  'PT_UNICODE',
  'PT_LONG',
  'PT_BOOLEAN',
  'PT_BINARY',
  'PT_I2',
  'PT_MV_STRING8',
  'PT_NOPE',
  'PT_LONG ',
);
const id = fc.oneof(
  fc.nat({ max: 0xffff }).map((n) => '0x' + n.toString(16)),
  fc.constantFrom('0x6700', '0x3001', '0xFFFFFFFF', '0x1ffffffff', 'abc', ''),
);
const mappingValue = fc.tuple(ptype, ws, id).map(([t, w, i]) => `${t},${w}${i}`);
const value = fc.oneof(
  word,
  fc.constantFrom('Yes', 'No', 'TRUE', 'FALSE', '1', '0', 'Append', '%UserName%', '0x80000000', '-1', '99999999999999999999'),
  fc
    .array(
      fc.nat({ max: 255 }).map((b) => b.toString(16).padStart(2, '0')),
      { maxLength: 20 },
    )
    .map((a) => a.join('')),
  mappingValue,
);
const entry = fc.oneof(
  fc.tuple(word, ws, ws, value).map(([k, a, b, v]) => `${k}${a}=${b}${v}`),
  fc
    .tuple(
      fc.constantFrom(
        'Custom',
        'ProfileName',
        'DefaultProfile',
        'OverwriteProfile',
        'ModifyDefaultProfileIfPresent',
        'BackupProfile',
        'DefaultStore',
        'UniqueService',
        'ServiceName',
        'SectionGUID',
        'MDBGUID',
        'AccountType',
        'Service1',
        'ServiceX',
        'ServiceEGS1',
        'Account1',
      ),
      value,
    )
    .map(([k, v]) => `${k}=${v}`),
);
const sectionName = fc.oneof(
  fc.constantFrom(
    'General',
    'Service List',
    'Internet Account List',
    'Service1',
    'Service2',
    'ServiceX',
    'ServiceEGS1',
    'Account1',
    'Account2',
    'Exchange Server',
    'Personal Folders',
    'I_Mail',
    'Unicode Personal Folders',
  ),
  word,
);
const section = fc
  .tuple(
    ws,
    sectionName,
    fc.constantFrom(']', ']', ']', '', ' ]', ']]'),
    fc.array(
      fc.oneof({ weight: 8, arbitrary: entry }, { weight: 1, arbitrary: fc.constantFrom('; comment', '', 'junk line', '=nokey', '[') }),
      { maxLength: 8 },
    ),
  )
  .map(([w, n, close, es]) => [`${w}[${n}${close}`, ...es]);
const prfText = joinLines(fc.array(section, { maxLength: 8 }).map((ss) => ss.flat()));

const stress = fc
  .oneof(
    fc.nat({ max: 500_000 }).map((n) => `[General]\nProfileName=${'x'.repeat(n)}\n`),
    fc.nat({ max: 50_000 }).map((n) => `[General]\n${'Custom=1\n'.repeat(n)}`),
    fc
      .nat({ max: 20_000 })
      .map(
        (n) =>
          `[Service List]\n${Array.from({ length: n }, (_, i) => `Service${i}=Sec${i}`).join('\n')}\n${Array.from({ length: n }, (_, i) => `[Sec${i}]\nServiceName=MSPST MS\nPathAndFilenameToPersonalFolders=PT_STRING8,0x6700\n[Service${i}]\nPathAndFilenameToPersonalFolders=c:\\x${i}.pst`).join('\n')}`,
      ),
    fc.nat({ max: 20_000 }).map((n) => `[Service1]\n${'x=1\n'.repeat(n)}[Service1]\n`),
    fc.nat({ max: 100_000 }).map((n) => `[${'['.repeat(n)}]\n`),
  )
  .map(utf8);

/**
 * Unstructured line soups (any string may be a section, key or value) and random bytes: the shapes of the
 * former test/core/formats/prf/prfFuzz.test.ts, which the grammar-aware generator above never draws.
 */
const soupPiece = fc.oneof(
  fc.constantFrom(
    'General',
    'Service List',
    'Internet Account List',
    'Service1',
    'ServiceEGS1',
    'ServiceX',
    'Account1',
    'I_Mail',
    'Personal Folders',
  ),
  fc.string({ maxLength: 12 }),
);
const soupValue = fc.oneof(
  fc.constantFrom(
    'Yes',
    'No',
    'Append',
    'TRUE',
    'false',
    '1',
    '0x6700',
    'PT_LONG,0x6601',
    'PT_STRING8,0x001e3001',
    'PT_UNICODE,0x001f',
    'MSEMS',
    'Service1',
    '13dbb0c8aa05101a9bb000aa002fc45a',
  ),
  fc.string({ maxLength: 16 }),
);
const soupKey = fc.oneof(
  fc.constantFrom(
    'Custom',
    'ProfileName',
    'DefaultProfile',
    'OverwriteProfile',
    'DefaultStore',
    'BackupProfile',
    'ModifyDefaultProfileIfPresent',
    'Service1',
    'ServiceEGS1',
    'Account1',
    'ServiceName',
    'SectionGUID',
    'MDBGUID',
    'AccountType',
    'Name',
    'UniqueService',
  ),
  fc.string({ maxLength: 10 }),
);
const soupLine = fc.oneof(
  soupPiece.map((p) => `[${p}]`),
  fc.tuple(soupKey, soupValue).map(([k, v]) => `${k}=${v}`),
  fc.string({ maxLength: 20 }).map((s) => `;${s}`),
  fc.constant(''),
  fc.string({ maxLength: 20 }),
);
const soup = encoded(joinLines(fc.array(soupLine, { maxLength: 40 })));

describe('PRF reader fuzz', () => {
  it('100,000+ cases: only FormatError with a line, no case hangs, memory bounded', () => {
    Object.assign(written, roundTrips());
    const opts = { maxCaseMs: HANG_MS, maxGrowthMb: 300 };
    const generated = fuzz(target, encoded(prfText), scaled(90_000), 1, opts);
    const mutated = fuzz(target, mutationsOf(SAMPLES, textMutations(SAMPLES)), scaled(10_000), 2, opts);
    const stressed = fuzz(target, stress, scaled(100), 3, opts);
    for (const [name, s] of [
      ['generated', generated],
      ['sample mutations', mutated],
      ['stress shapes', stressed],
    ] as const)
      console.log(describeStats(`prf ${name}`, s));
    expect(generated.cases + mutated.cases + stressed.cases).toBeGreaterThanOrEqual(scaled(100_000));
    expect(generated.parsed).toBeGreaterThan(generated.cases / 10);
    expect(generated.refused).toBeGreaterThan(generated.cases / 10);
    expect(mutated.parsed).toBeGreaterThan(mutated.cases / 10);
    // Every accepted case was written back and parsed to the same model, or refused by writePrf: most were written.
    console.log(`prf round trips: ${written.same} the same, ${written.refusedByWriter} refused by writePrf`);
    expect(written.same + written.refusedByWriter).toBe(generated.parsed + mutated.parsed + stressed.parsed);
    expect(written.same).toBeGreaterThan(0.8 * (generated.parsed + mutated.parsed + stressed.parsed));
  }, 180_000);

  it('line soups and random bytes: only FormatError with a line; what reads, writes back the same', () => {
    const opts = { maxCaseMs: HANG_MS, maxGrowthMb: 300 };
    const before = { ...written };
    const soups = fuzz(target, soup, scaled(3_000), 5, opts);
    const noise = fuzz(target, fc.uint8Array({ maxLength: 200 }), scaled(600), 6, opts);
    for (const [name, s] of [
      ['line soups', soups],
      ['random bytes', noise],
    ] as const)
      console.log(describeStats(`prf ${name}`, s));
    expect(soups.parsed).toBeGreaterThan(0);
    expect(soups.refused).toBeGreaterThan(0);
    expect(written.same + written.refusedByWriter - before.same - before.refusedByWriter).toBe(soups.parsed + noise.parsed);
  }, 120_000);

  it('explicit hostile inputs finish fast with little memory', () => {
    const cases = [
      '[General]\nCustom=1\n[Service List]\nService1=A\n[A]\nx=PT_BINARY,0x0102\n[Service1]\nx=' + 'ff'.repeat(1_000_000) + '\n',
      '[General]\n' + 'a'.repeat(4_000_000) + '\n',
      '[General]\n' + '; c\n'.repeat(500_000),
      '[A]\nx=PT_LONG,0x1\n[Service List]\nService1=A\n[Service1]\nx=' + '9'.repeat(100_000) + '\n',
    ];
    for (const text of cases) expectBounded(target, utf8(text), { maxMs: HANG_MS, maxGrowthMb: 200 });
  }, 60_000);

  // Growth with size is measured by `npm run bench` (parser growth); here only that a big file reads whole.
  it(
    'reads an 8 MB file whole, without hanging',
    () => {
      const file = parsePrf(bigPrf(8 << 20));
      const resolved = resolvePrf(file);
      expect(resolved.services).toHaveLength(file.serviceList.length);
      expect(resolved.services.length).toBeGreaterThan(10_000);
    },
    HANG_MS * 4,
  );

  it('refuses an input over maxBytes with a clear message', () => {
    const bytes = SAMPLES[0]!;
    let e: unknown;
    try {
      parsePrf(bytes, { maxBytes: 1000 });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(FormatError);
    expect((e as FormatError).format).toBe('prf');
    expect((e as FormatError).message).toBe(`file is ${bytes.length} bytes, over the limit of 1000 bytes`);
    expect(() => parsePrf(bytes, { maxBytes: bytes.length })).not.toThrow();
    expect(DEFAULT_MAX_INI_BYTES).toBe(64 * 1024 * 1024);
  });
});

describeExtra('PRF reader fuzz over the real OCT sample', () => {
  it('its mutations: only FormatError with a line, no case hangs, memory bounded', () => {
    const extra = [readExtra(EXTRA.prf)];
    const s = fuzz(target, mutationsOf(extra, textMutations(extra)), scaled(5_000), 4, { maxCaseMs: HANG_MS, maxGrowthMb: 300 });
    console.log(describeStats('prf extra-sample mutations', s));
    expect(s.parsed).toBeGreaterThan(s.cases / 10);
  }, 120_000);
});
