import { describe, expect, it } from 'vitest';
import { parsePrf } from '../../../../electron/core/formats/prf/parsePrf.js';
import { convertPrfValue, resolvePrf } from '../../../../electron/core/formats/prf/resolvePrf.js';
import { PT } from '../../../../shared/mapi/tags.js';
import { EXTRA, describeExtra, readExtra } from '../../../helpers/extraRealData.js';
import { SERVICES_PRF, derivePrf, octPrfBytes } from './prfFixtures.js';

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l === needle) + 1;

describe('resolvePrf', () => {
  const text = SERVICES_PRF();
  const resolved = resolvePrf(parsePrf(text));
  const service = (key: string) => resolved.services.find((s) => s.key === key)!;
  const props = (key: string) => service(key).properties.map((p) => [p.key, p.tag, p.value]);

  it('resolves every listed service through the mapping section [Service List] names', () => {
    expect(resolved.services.map((s) => [s.key, s.kind, s.mappingName, s.serviceName ?? s.sectionGuid])).toEqual([
      ['ServiceX', 'client', 'Microsoft Outlook Client', '0a0d020000000000c000000000000046'],
      ['Service1', 'service', 'Microsoft Exchange Server', 'MSEMS'],
      ['ServiceEGS1', 'egs', 'Exchange Global Section', '13dbb0c8aa05101a9bb000aa002fc45a'],
      ['Service2', 'service', 'Unicode Personal Folders', 'MSUPST MS'],
      ['Service3', 'service', 'Personal Address Book', 'MSPST AB'],
      ['Service4', 'service', 'Outlook Address Book', 'CONTAB'],
      ['Service5', 'service', 'LDAP Directory', 'EMABLT'],
    ]);
    expect(service('ServiceEGS1').pairsWith).toBe('Service1');
    expect(service('Service1').mdbGuid).toBe('5494A1C0297F101BA58708002B2A2517');
  });

  it('[ServiceX] → Outlook client section tags', () => {
    expect(props('ServiceX')).toEqual([
      ['CachedExchangeMode', 0x041f0003, 2],
      ['CachedExchangeSlowDetect', 0x0420000b, true],
    ]);
  });

  it('[Service1] → MSEMS tags, control keys typed, an unmapped key reported as written nowhere', () => {
    const s = service('Service1');
    expect(props('Service1')).toEqual([
      ['MailboxName', 0x6607001e, '%UserName%'],
      ['HomeServer', 0x6608001e, 'exch01.contoso.com'],
      ['OfflineFolderPathAndFilename', 0x6610001e, '%LocalAppData%\\Microsoft\\Outlook\\%UserName%.ost'],
    ]);
    expect([s.uniqueService, s.overwriteExistingService, s.isDefaultStore]).toEqual([true, false, false]);
    // AccountName is mapped in [Exchange Global Section], not in [Microsoft Exchange Server].
    expect(s.unmapped.map((e) => [e.key, e.line])).toEqual([['AccountName', lineOf(text, 'AccountName=Work')]]);
    expect(resolved.issues).toContainEqual(
      expect.objectContaining({
        kind: 'unmapped-key',
        section: 'Service1',
        key: 'AccountName',
        message: expect.stringMatching(/writes it nowhere/),
      }),
    );
  });

  it('[ServiceEGS1] → Exchange global section tags; PT_LONG hex reads as a number', () => {
    expect(props('ServiceEGS1')).toEqual([
      ['ConfigFlags', 0x66010003, 0x100],
      ['RPCoverHTTPflags', 0x66230003, 0x27],
      ['RPCProxyServer', 0x6622001f, 'mail.contoso.com'],
      ['RPCProxyAuthScheme', 0x66270003, 1],
      ['AccountName', 0x6620001f, 'Work'],
    ]);
  });

  it('[Service2] → Unicode PST: EncryptionType=0x80000000 is 0x80000000, not byte-swapped', () => {
    expect(props('Service2')).toEqual([
      ['Name', 0x3001001f, 'Archive'],
      ['PathAndFilenameToPersonalFolders', 0x6700001e, 'C:\\pst\\archive.pst'],
      ['EncryptionType', 0x67020003, 0x80000000],
      ['RememberPassword', 0x6701000b, false],
    ]);
    expect(service('Service2').isDefaultStore).toBe(true);
  });

  it('[Service3] → PAB through the 8-digit mappings', () => {
    expect(props('Service3')).toEqual([
      ['NameOfPAB', 0x3001001e, 'My PAB'],
      ['PathAndFilename', 0x6600001e, 'C:\\pab\\my.pab'],
      ['ShowNamesBy', 0x66010003, 1],
    ]);
  });

  it('[Service4] has no values section: no properties, no issue', () => {
    expect(service('Service4').properties).toEqual([]);
    expect(resolved.issues.filter((i) => i.section === 'Service4')).toEqual([]);
  });

  it('[Service5] → LDAP; a bad boolean and an unmapped key are issues with their lines', () => {
    expect(props('Service5')).toEqual([
      ['ServerName', 0x6600001e, 'ldap.contoso.com'],
      ['UseSSL', 0x6613000b, true],
      ['ConnectionPort', 0x6601001e, '636'],
      ['DefaultSearch', 0x66230003, 0],
    ]);
    expect(resolved.issues.filter((i) => i.section === 'Service5').map((i) => [i.kind, i.key, i.line])).toEqual([
      ['unmapped-key', 'BogusKey', lineOf(text, 'BogusKey=1')],
      ['invalid-value', 'UseSPA', lineOf(text, 'UseSPA=maybe')],
    ]);
  });

  it('resolves accounts to account-manager ids, not MAPI tags', () => {
    const a1 = resolved.accounts[0]!;
    expect([a1.key, a1.mappingName, a1.accountType, a1.uniqueService, a1.defaultAccount]).toEqual([
      'Account1',
      'I_Mail',
      'POP3',
      true,
      true,
    ]);
    expect(a1.properties.map((p) => [p.key, p.id, p.ptypeName, p.value])).toEqual([
      ['AccountName', 0x0002, 'PT_UNICODE', 'Home POP'],
      ['POP3Server', 0x0100, 'PT_UNICODE', 'pop.example.com'],
      ['POP3Port', 0x0104, 'PT_LONG', 995],
      ['POP3UseSSL', 0x0105, 'PT_LONG', 1],
      ['LeaveOnServer', 0x1000, 'PT_LONG', 1],
    ]);
    expect(a1.properties.every((p) => !('tag' in p))).toBe(true);
    const a2 = resolved.accounts[1]!;
    expect(a2.accountType).toBe('IMAP');
    expect(a2.properties.map((p) => [p.key, p.value])).toEqual([
      ['AccountName', 'IMAP'],
      ['IMAPServer', 'imap.example.com'],
    ]);
    expect(resolved.issues.filter((i) => i.section === 'Account2').map((i) => [i.kind, i.key, i.line])).toEqual([
      ['invalid-value', 'IMAPPort', lineOf(text, 'IMAPPort=notanumber')],
      ['duplicate-key', 'IMAPServer', lineOf(text, 'IMAPServer=second.example.com')],
    ]);
  });

  it('lists exactly the issues planted in the file', () => {
    expect(resolved.issues.map((i) => `${i.kind}:${i.section}:${i.key}`)).toEqual([
      'unmapped-key:Service1:AccountName',
      'unmapped-key:Service5:BogusKey',
      'invalid-value:Service5:UseSPA',
      'invalid-value:Account2:IMAPPort',
      'duplicate-key:Account2:IMAPServer',
    ]);
  });

  it('reports unknown mapping sections, unlisted sections and an unknown DefaultStore', () => {
    const t = derivePrf({
      general: ['DefaultStore=Service9'],
      serviceList: ['Service1=No Such Section'],
      sections: '[Service1]\nFoo=1\n\n[Service2]\nName=x\n',
    });
    const r = resolvePrf(parsePrf(t));
    expect(r.issues.map((i) => [i.kind, i.section, i.key, i.line])).toEqual([
      ['unknown-mapping-section', 'Service List', 'Service1', lineOf(t, 'Service1=No Such Section')],
      ['unmapped-key', 'Service1', 'Foo', lineOf(t, 'Foo=1')],
      ['unlisted-section', 'Service2', undefined, lineOf(t, '[Service2]')],
      ['unknown-default-store', 'General', 'DefaultStore', lineOf(t, 'DefaultStore=Service9')],
    ]);
  });

  it('the bare OCT-layout PRF (tables only) resolves to nothing, without issues', () => {
    expect(resolvePrf(parsePrf(octPrfBytes()))).toMatchObject({ services: [], accounts: [], issues: [] });
  });
});

describe('convertPrfValue', () => {
  it.each([
    [PT.LONG, '0x00000e10', 3600],
    [PT.LONG, '0xFFFFFFFF', 0xffffffff],
    [PT.LONG, '4294967295', 0xffffffff],
    [PT.LONG, '-1', 0xffffffff],
    [PT.LONG, '0x000000000001', 1],
    [PT.I2, '0x7fff', 0x7fff],
    [PT.BOOLEAN, 'true', true],
    [PT.BOOLEAN, '0', false],
    [PT.STRING8, '  kept  ', '  kept  '],
  ])('type 0x%s %j → %j', (ptype, raw, value) => {
    expect(convertPrfValue(ptype, raw)).toEqual({ value });
  });

  it.each([
    [PT.LONG, '0x100000000'],
    [PT.LONG, '4294967296'],
    [PT.LONG, '12abc'],
    [PT.LONG, ''],
    [PT.I2, '0x10000'],
    [PT.BOOLEAN, 'Yes'],
    [PT.BINARY, 'abc'],
    [PT.CLSID, '00'],
  ])('type 0x%s rejects %j', (ptype, raw) => {
    expect(convertPrfValue(ptype, raw)).toMatchObject({ error: { kind: 'invalid-value' } });
  });

  it('binary is hex; a type with no PRF syntax is reported as unsupported', () => {
    expect(convertPrfValue(PT.BINARY, '0a0B')).toEqual({ value: new Uint8Array([0x0a, 0x0b]) });
    expect(convertPrfValue(PT.SYSTIME, '0')).toMatchObject({ error: { kind: 'unsupported-type' } });
  });
});

describeExtra('resolvePrf on the real OCT sample', () => {
  it('the bare sample resolves to nothing, without issues', () => {
    expect(resolvePrf(parsePrf(readExtra(EXTRA.prf)))).toMatchObject({ services: [], accounts: [], issues: [] });
  });
});
