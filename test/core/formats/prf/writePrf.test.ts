import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../electron/core/formats/formatError.js';
import { parsePrf } from '../../../../electron/core/formats/prf/parsePrf.js';
import { resolvePrf } from '../../../../electron/core/formats/prf/resolvePrf.js';
import { writePrf } from '../../../../electron/core/formats/prf/writePrf.js';
import type { PrfFile, PrfGeneral } from '../../../../electron/core/formats/prf/prfTypes.js';
import { EXTRA, describeExtra, readExtra } from '../../../helpers/extraRealData.js';
import { SERVICES_PRF, octPrfBytes, withoutLines } from './prfFixtures.js';

const parts = (p: PrfFile) => withoutLines({ ...p });

/** A file in the OCT layout survives parse → write → parse, and gives back each of its mapping lines. */
const roundTripsOctFile = (bytes: Uint8Array) => () => {
  it('parse → write → parse keeps general, lists, values and every mapping', () => {
    const first = parsePrf(bytes);
    const written = writePrf(first);
    const second = parsePrf(written);
    expect(parts(second)).toEqual(parts(first));
    // every mapped value kept: as many as the file has `Key=PT_…` lines
    const mappingLines = new TextDecoder('latin1')
      .decode(bytes)
      .split('\n')
      .filter((l) => /^[^;].*=PT_/.test(l));
    expect(second.mappings.flatMap((m) => m.mappings)).toHaveLength(mappingLines.length);
  });

  it('gives back each mapping line as written (8-digit ids and case included)', () => {
    const written = writePrf(parsePrf(bytes)).split('\r\n');
    const mappingLines = new TextDecoder('latin1')
      .decode(bytes)
      .split('\n')
      .filter((l) => /=PT_/.test(l) && !l.startsWith(';'))
      .map((l) => l.trimEnd());
    expect(written.filter((l) => /=PT_/.test(l))).toEqual(mappingLines);
  });
};

describe('writePrf round trip of the OCT-layout PRF of the repository', roundTripsOctFile(octPrfBytes()));
describeExtra('writePrf round trip of the real OCT sample', () => roundTripsOctFile(readExtra(EXTRA.prf))());

describe('writePrf round trip', () => {
  it('is stable: write(parse(write(x))) === write(x), CRLF only', () => {
    const once = writePrf(parsePrf(SERVICES_PRF()));
    expect(writePrf(parsePrf(once))).toBe(once);
    expect(once.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(once.endsWith('\r\n')).toBe(true);
  });

  it('writes the OCT layout: General, lists, values, then Section 6 and Section 7 tables', () => {
    const text = writePrf(parsePrf(SERVICES_PRF()));
    const headers = [...text.matchAll(/^\[(.+)\]$/gm)].map((m) => m[1]);
    expect(headers.slice(0, 10)).toEqual([
      'General',
      'Service List',
      'Internet Account List',
      'ServiceX',
      'Service1',
      'ServiceEGS1',
      'Service2',
      'Service3',
      'Service5',
      'Account1',
    ]);
    expect(headers.slice(10, 12)).toEqual(['Account2', 'Microsoft Exchange Server']);
    expect(headers.at(-3)).toBe('Personal Address Book');
    expect(headers.slice(-2)).toEqual(['I_Mail', 'IMAP_I_Mail']);
    expect(text.indexOf('Section 7 - Mapping')).toBeLessThan(text.indexOf('[I_Mail]'));
    expect(text.indexOf('Section 7 - Mapping')).toBeGreaterThan(text.indexOf('[Personal Address Book]'));
  });

  it('round-trips the services PRF including what resolves', () => {
    const first = parsePrf(SERVICES_PRF());
    const second = parsePrf(writePrf(first));
    expect(parts(second)).toEqual(parts(first));
    // Messages and warning parameters name line numbers, which the rewrite changes: compare the reasons.
    const noMessages = (p: PrfFile) => ({
      ...resolvePrf(p),
      issues: resolvePrf(p).issues.map(({ message: _m, warning, ...i }) => ({ ...i, reason: warning.reason })),
    });
    expect(withoutLines(noMessages(second))).toEqual(withoutLines(noMessages(first)));
  });
});

describe('writePrf [General] options', () => {
  const minimal = (general: Omit<PrfGeneral, 'other'>): PrfFile => ({
    general: { ...general, other: [] },
    serviceList: [],
    internetAccountList: [],
    services: [],
    accounts: [],
    mappings: [],
    otherSections: [],
  });

  it.each([
    [{ overwriteProfile: 'yes' } as const, 'OverwriteProfile=Yes'],
    [{ overwriteProfile: 'no' } as const, 'OverwriteProfile=No'],
    [{ overwriteProfile: 'append' } as const, 'OverwriteProfile=Append'],
    [{ defaultProfile: true }, 'DefaultProfile=Yes'],
    [{ defaultProfile: false }, 'DefaultProfile=No'],
    [{ modifyDefaultProfileIfPresent: true }, 'ModifyDefaultProfileIfPresent=TRUE'],
    [{ modifyDefaultProfileIfPresent: false }, 'ModifyDefaultProfileIfPresent=FALSE'],
    [{ backupProfile: false }, 'BackupProfile=No'],
    [{ defaultStore: 'Service3' }, 'DefaultStore=Service3'],
    [{ custom: true, profileName: 'Sales' }, 'ProfileName=Sales'],
  ])('%j → %s, and reads back', (general, line) => {
    const text = writePrf(minimal(general));
    expect(text.split('\r\n')).toContain(line);
    const { lines: _l, other, ...back } = parsePrf(text).general;
    expect(other).toEqual([]);
    expect(back).toEqual(general);
  });

  it('writes a PRF built in code that Outlook would read: list, values, mapping', () => {
    const model: PrfFile = {
      general: { custom: true, profileName: 'P', defaultProfile: true, overwriteProfile: 'yes', defaultStore: 'Service1', other: [] },
      serviceList: [{ key: 'Service1', kind: 'service', mappingName: 'Unicode Personal Folders' }],
      internetAccountList: [],
      services: [{ name: 'Service1', entries: [{ key: 'PathAndFilenameToPersonalFolders', value: 'C:\\a.pst' }] }],
      accounts: [],
      mappings: [
        {
          name: 'Unicode Personal Folders',
          kind: 'service',
          serviceName: 'MSUPST MS',
          attributes: [],
          mappings: [{ key: 'PathAndFilenameToPersonalFolders', ptypeName: 'PT_STRING8', ptype: 0x1e, id: 0x6700, tag: 0x6700001e }],
        },
      ],
      otherSections: [],
    };
    const text = writePrf(model);
    expect(text).toContain('\r\nPathAndFilenameToPersonalFolders=PT_STRING8,0x6700\r\n');
    const r = resolvePrf(parsePrf(text));
    expect(r.issues).toEqual([]);
    expect(r.services[0]!.properties.map((p) => [p.tag, p.value])).toEqual([[0x6700001e, 'C:\\a.pst']]);
  });

  it.each([
    ['a line break in a value', (m: PrfFile) => m.services.push({ name: 'Service1', entries: [{ key: 'a', value: 'x\ny' }] })],
    ['"=" in a key', (m: PrfFile) => m.services.push({ name: 'Service1', entries: [{ key: 'a=b', value: 'x' }] })],
    ['a value with an outer space', (m: PrfFile) => m.services.push({ name: 'Service1', entries: [{ key: 'a', value: ' x' }] })],
    ['a key read as a comment', (m: PrfFile) => m.general.other.push({ key: ';a', value: 'x' })],
    ['a value section that is not ServiceN', (m: PrfFile) => m.services.push({ name: 'General2', entries: [] })],
    ['two sections of one name', (m: PrfFile) => m.otherSections.push({ name: 'general', entries: [] })],
  ])('refuses %s with a FormatError', (_name, spoil) => {
    const m = parsePrf(octPrfBytes());
    spoil(m);
    expect(() => writePrf(m)).toThrow(FormatError);
  });
});

describe('writePrf property: random models survive write → parse', () => {
  const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.%\\-]{0,12}[A-Za-z0-9]$/);
  const value = fc.oneof(fc.constant(''), fc.stringMatching(/^[^\r\n\s](?:[^\r\n]{0,20}[^\r\n\s])?$/));
  const entry = fc.record({ key: word.filter((k) => !k.startsWith(';') && !k.startsWith('[')), value });
  const ptypes = fc.constantFrom(['PT_STRING8', 0x1e], ['PT_UNICODE', 0x1f], ['PT_LONG', 0x3], ['PT_BOOLEAN', 0xb], ['PT_BINARY', 0x102]);
  const mapping = fc.record({ key: word, pt: ptypes, id: fc.integer({ min: 0, max: 0xffff }) }).map(({ key, pt, id }) => ({
    key,
    ptypeName: pt[0] as string,
    ptype: pt[1] as number,
    id,
    tag: ((id << 16) | (pt[1] as number)) >>> 0,
  }));

  it('keeps every entry and mapping', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }),
        fc.array(fc.array(entry, { maxLength: 6 }), { minLength: 5, maxLength: 5 }),
        fc.uniqueArray(word, { maxLength: 4, selector: (w) => w.toLowerCase() }),
        fc.array(fc.array(mapping, { maxLength: 5 }), { minLength: 4, maxLength: 4 }),
        fc.option(word, { nil: undefined }),
        (slots, entryLists, mappingNames, mappingLists, profileName) => {
          const names = mappingNames.filter(
            (n) => !/^(general|service list|internet account list|service(egs)?(\d+|x)|account\d+)$/i.test(n),
          );
          const model: PrfFile = {
            general: { custom: true, ...(profileName !== undefined ? { profileName } : {}), other: [] },
            serviceList: slots.map((n) => ({ key: `Service${n}`, kind: 'service', mappingName: names[0] ?? 'X' })),
            internetAccountList: [],
            services: slots.map((n, i) => ({ name: `Service${n}`, entries: entryLists[i]! })),
            accounts: [],
            mappings: names.map((name, i) => ({ name, kind: 'service', serviceName: 'SVC', attributes: [], mappings: mappingLists[i]! })),
            otherSections: [],
          };
          const back = parsePrf(writePrf(model));
          const strip = (p: PrfFile) =>
            withoutLines({ ...p, mappings: p.mappings.map((m) => ({ ...m, mappings: m.mappings.map(({ idText: _i, ...x }) => x) })) });
          expect(strip(back)).toEqual(strip(model));
        },
      ),
      { numRuns: 300 },
    );
  });
});
