import { describe, expect, it } from 'vitest';
import { formatErrorOf } from '../../../helpers/formatErrorOf.js';
import { parseMapiSvc } from '../../../../electron/core/formats/mapisvc/parseMapiSvc.js';
import { parseInfValue } from '../../../../electron/core/formats/mapisvc/infValues.js';
import { tagOfSymbol } from '../../../../electron/core/formats/mapisvc/infSymbols.js';
import { MSEMS_KB294470, MSEMS_REST } from './infFixtures.js';

const INSTALL_ID = '{6485D26A-C2AC-11D1-AD3E-10A0C911C9C0}';
const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l === needle) + 1;
const tv = (props: readonly { tag: number; value: unknown }[]) => props.map((p) => [p.tag, p.value]);

describe('parseMapiSvc on the KB294470 MSEMS entry', () => {
  const text = MSEMS_KB294470 + MSEMS_REST;
  const catalog = parseMapiSvc(text);
  const msems = catalog.services[0]!;
  const provider = (name: string) => msems.providers.find((p) => p.name === name)!;

  it('lists the service, its default entry and no warning', () => {
    expect(catalog.services.map((s) => [s.name, s.displayName, s.isDefault])).toEqual([['MSEMS', 'Microsoft Exchange Server', true]]);
    expect(catalog.defaultServices.map((d) => [d.name, d.value, d.line])).toEqual([['MSEMS', 'Microsoft Exchange Server', 4]]);
    expect(catalog.helpFileMappings).toEqual([]);
    expect(catalog.otherSections).toEqual([]);
    expect(catalog.warnings).toEqual([]);
  });

  it('types the service properties; WIZARD_ENTRY_NAME kept raw; single copy', () => {
    expect(tv(msems.properties)).toEqual([
      [0x3001001f, 'Microsoft Exchange Server'],
      [0x3d0a001f, 'emsui.dll'],
      [0x3d13001f, INSTALL_ID],
      [0x3d0b001f, 'EMSCfg'],
      [0x30090003, 0x2],
      [0x3d0f101e, ['emsui.dll', 'emsabp.dll', 'emsmdb.dll']],
    ]);
    expect(msems.raw).toEqual([
      { key: 'WIZARD_ENTRY_NAME', value: 'EMSWizardEntry', line: lineOf(text, 'WIZARD_ENTRY_NAME=EMSWizardEntry') },
    ]);
    expect([msems.resourceFlags, msems.singleCopy]).toEqual([2, true]);
    expect(msems.properties[4]).toMatchObject({
      key: 'PR_RESOURCE_FLAGS',
      raw: 'SERVICE_SINGLE_COPY',
      line: lineOf(text, 'PR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY'),
    });
  });

  it('keeps Providers= order (spaces after commas) and reads every provider', () => {
    expect(msems.providers.map((p) => [p.name, p.resourceType, p.resourceFlags])).toEqual([
      ['EMS_DSA', 0x23, undefined],
      ['EMS_MDB_public', 0x21, 0x40],
      ['EMS_MDB_private', 0x21, 0x4 | 0x2 | 0x1000],
      ['EMS_RXP', 0x24, undefined],
      ['EMS_MSX', 0x24, undefined],
      ['EMS_Hook', 0x28, 0x200],
    ]);
  });

  it('EMS_MDB_private: ORed flags, PT_LONG hex as the LE byte image (0C000000 → 12), binary provider UID', () => {
    expect(tv(provider('EMS_MDB_private').properties)).toEqual([
      [0x300a001f, 'EMSMDB.DLL'],
      [0x3d13001f, INSTALL_ID],
      [0x3e030003, 0x21],
      [0x30090003, 0x1006],
      [0x66090003, 12],
      [0x660a0003, 1],
      [0x34140102, hex('5494A1C0297F101BA58708002B2A2517')],
      [0x3001001f, 'Private Folders'],
      [0x3006001f, 'Microsoft Exchange Message Store'],
    ]);
  });

  it('EMS_MDB_public and EMS_DSA', () => {
    expect(tv(provider('EMS_MDB_public').properties)).toEqual([
      [0x3e030003, 0x21],
      [0x300a001f, 'EMSMDB.DLL'],
      [0x3d13001f, INSTALL_ID],
      [0x30090003, 0x40],
      [0x66090003, 6],
      [0x660a0003, 3],
      [0x34140102, hex('78b2fa70aff711cd9bc800aa002fc45a')],
      [0x3001001f, 'Public Folders'],
      [0x3006001f, 'Microsoft Exchange Message Store'],
    ]);
    expect(tv(provider('EMS_DSA').properties)).toEqual([
      [0x3001001f, 'Microsoft Exchange Directory Service'],
      [0x3006001f, 'Microsoft Exchange Directory Service'],
      [0x300a001f, 'EMSABP.DLL'],
      [0x3d13001f, INSTALL_ID],
      [0x3e030003, 0x23],
    ]);
  });

  it('the remaining providers from the table: 40000000 → 0x40, 0A000000 → 10', () => {
    expect(tv(provider('EMS_RXP').properties).slice(-2)).toEqual([
      [0x66090003, 0x40],
      [0x660a0003, 10],
    ]);
    expect(tv(provider('EMS_MSX').properties).at(-1)).toEqual([0x66090003, 0]);
  });

  it('the Sections= extra section: fixed UID 13DBB0C8… and the LE images 01050000 → 0x501', () => {
    expect(msems.sections).toHaveLength(1);
    const s = msems.sections[0]!;
    expect(s.name).toBe('MSEMS_MSMail_Section');
    expect(s.uid).toBe('13dbb0c8aa05101a9bb000aa002fc45a');
    expect(tv(s.properties)).toEqual([
      [0x66000003, 0x501],
      [0x66010003, 4],
      [0x66050003, 3],
      [0x66040003, 2],
    ]);
  });

  it('reads the same from ANSI bytes with CRLF', () => {
    const bytes = Uint8Array.from(text.replace(/\n/g, '\r\n'), (c) => c.charCodeAt(0));
    const again = parseMapiSvc(bytes);
    expect(again.encoding).toBe('utf-8');
    expect(again.services[0]!.providers.map((p) => p.properties.length)).toEqual(msems.providers.map((p) => p.properties.length));
  });
});

describe('parseMapiSvc errors and warnings', () => {
  it('rejects the documented 31-digit UID typo with a clear, line-numbered message', () => {
    const text = MSEMS_KB294470.replace('UID=13DBB0C8AA05101A9BB000AA002FC45A', 'UID=13DB0C8AA05101A9BB000AA002FC45A') + MSEMS_REST;
    const e = formatErrorOf(() => parseMapiSvc(text));
    expect(e.format).toBe('mapisvc');
    expect(e.line).toBe(lineOf(text, 'UID=13DB0C8AA05101A9BB000AA002FC45A'));
    expect(e.message).toMatch(/31 hex digits.*typo.*13DBB0C8AA05101A9BB000AA002FC45A/);
  });

  it('rejects any other UID that is not 32 hex digits', () => {
    const text = MSEMS_KB294470.replace('UID=13DBB0C8AA05101A9BB000AA002FC45A', 'UID=13DBB0C8-AA05') + MSEMS_REST;
    expect(formatErrorOf(() => parseMapiSvc(text)).message).toMatch(/32 hex digits/);
  });

  it('a missing provider section is an error at the Providers= line', () => {
    const text = MSEMS_KB294470; // EMS_RXP, EMS_MSX, EMS_Hook are not defined
    const e = formatErrorOf(() => parseMapiSvc(text));
    expect(e.line).toBe(lineOf(text, 'Providers=EMS_DSA, EMS_MDB_public, EMS_MDB_private, EMS_RXP, EMS_MSX, EMS_Hook'));
    expect(e.message).toMatch(/provider \[EMS_RXP\]/);
  });

  it('a missing extra section, a missing service section, no Providers= are errors', () => {
    const noExtra = (MSEMS_KB294470 + MSEMS_REST).replace('Sections=MSEMS_MSMail_Section', 'Sections=Nope');
    expect(formatErrorOf(() => parseMapiSvc(noExtra)).message).toMatch(/extra section \[Nope\]/);
    const noService = '[Services]\nFOO=Foo\n';
    expect(formatErrorOf(() => parseMapiSvc(noService))).toMatchObject({ line: 2 });
    const noProviders = '[Services]\nFOO=Foo\n[FOO]\nPR_DISPLAY_NAME=x\n';
    expect(formatErrorOf(() => parseMapiSvc(noProviders))).toMatchObject({ line: 3, message: expect.stringMatching(/no Providers=/) });
  });

  it('a value that does not parse is an error (strict) or a warning + raw entry (lenient)', () => {
    const text =
      '[Services]\nX=X\n[X]\nProviders=XP\n[XP]\nPR_RESOURCE_FLAGS=STATUS_BOGUS\n66090003=0C0\nPR_RESOURCE_TYPE=MAPI_STORE_PROVIDER\n';
    const e = formatErrorOf(() => parseMapiSvc(text));
    expect([e.line, e.message]).toEqual([6, 'PR_RESOURCE_FLAGS: unknown constant "STATUS_BOGUS"']);
    const lenient = parseMapiSvc(text, { lenient: true });
    const xp = lenient.services[0]!.providers[0]!;
    expect(xp.raw.map((r) => r.line)).toEqual([6, 7]);
    expect(tv(xp.properties)).toEqual([[0x3e030003, 0x21]]);
    expect(lenient.warnings.map((w) => w.line)).toEqual([6, 7]);
  });

  it('unknown symbolic tags and vendor keys are warnings, kept raw', () => {
    const text = '[Services]\nX=X\n[X]\nProviders=XP\nPR_VENDOR_THING=1\nVendorKey=abc\n[XP]\nPR_DISPLAY_NAME=x\n';
    const c = parseMapiSvc(text);
    expect(c.services[0]!.raw.map((r) => r.key)).toEqual(['PR_VENDOR_THING', 'VendorKey']);
    expect(c.warnings.map((w) => [w.line, w.message])).toEqual([
      [5, 'unknown property name PR_VENDOR_THING; kept as text'],
      [6, 'unknown key VendorKey; kept as text'],
    ]);
  });

  it('warns about flags of the wrong section kind (0x2 means different things, §10.3)', () => {
    const text =
      '[Services]\nX=X\n[X]\nProviders=XP\nPR_RESOURCE_FLAGS=STATUS_DEFAULT_STORE\n[XP]\nPR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY\n';
    const c = parseMapiSvc(text);
    expect(c.warnings.map((w) => w.line)).toEqual([5, 7]);
    expect(c.services[0]!.singleCopy).toBe(true); // the bit is what MAPI sees
  });

  it('warns about PR_SERVICE_UID, which MAPI computes', () => {
    const text = '[Services]\nX=X\n[X]\nProviders=XP\nPR_SERVICE_UID=00112233445566778899aabbccddeeff\n[XP]\nPR_DISPLAY_NAME=x\n';
    expect(parseMapiSvc(text).warnings.map((w) => w.message)).toEqual([expect.stringMatching(/computed by MAPI/)]);
  });

  it('keeps [Help File Mappings], unreferenced sections, and spaces around |', () => {
    const text =
      '[Services]\nSABP=Sample AB\n[Help File Mappings]\nSABP=sabp.hlp\n[SABP]\nProviders=SABP_P\nPR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY | SERVICE_NO_PRIMARY_IDENTITY\n[SABP_P]\nPR_RESOURCE_TYPE=MAPI_AB_PROVIDER\n[Orphan]\na=b\n';
    const c = parseMapiSvc(text);
    expect(c.helpFileMappings).toEqual([{ name: 'SABP', value: 'sabp.hlp', line: 4 }]);
    expect(c.otherSections.map((s) => [s.name, s.raw.length])).toEqual([['Orphan', 1]]);
    expect(c.services[0]!.resourceFlags).toBe(0x22);
  });
});

describe('INF values and symbols', () => {
  it.each([
    [0x66090003, '0C000000', 12],
    [0x66000003, '01050000', 0x501],
    [0x30090003, 'STATUS_PRIMARY_IDENTITY|STATUS_DEFAULT_STORE|STATUS_PRIMARY_STORE', 0x1006],
    [0x30090003, 'SERVICE_SINGLE_COPY | SERVICE_NO_PRIMARY_IDENTITY', 0x22],
    [0x30090003, '0x22', 0x22],
    [0x67700003, 'PST_CONFIG_UNICODE', 0x80000000],
    [0x67700003, '00000080', 0x80000000],
    [0x3e030003, 'MAPI_AB_PROVIDER', 0x23],
    [0x6701000b, 'TRUE', true],
    [0x6701000b, '00', false],
    [0x3d0f101e, 'a.dll, b.dll,,c.dll', ['a.dll', 'b.dll', 'c.dll']],
  ])('tag 0x%s = %j → %j', (tag, raw, value) => {
    expect(parseInfValue(tag, raw)).toMatchObject({ value });
  });

  it.each([
    [0x66090003, '0C0'],
    [0x66090003, '0C0000000000'],
    [0x66090003, 'A|'],
    [0x34140102, 'xyz'],
    [0x00400040, '00'],
  ])('tag 0x%s rejects %j', (tag, raw) => {
    expect(parseInfValue(tag, raw)).toHaveProperty('error');
  });

  it.each([
    ['PR_DISPLAY_NAME', 0x3001001f],
    ['pr_display_name', 0x3001001f],
    ['PR_DISPLAY_NAME_A', 0x3001001e],
    ['PR_SERVICE_SUPPORT_FILES', 0x3d0f101e],
    ['PR_SERVICE_SUPPORT_FILES_W', 0x3d0f101f],
    ['PR_RESOURCE_TYPE', 0x3e030003],
    ['PR_PST_CONFIG_FLAGS', 0x67700003],
  ])('%s → 0x%s', (name, tag) => {
    expect(tagOfSymbol(name)).toBe(tag);
  });
});
