import { describe, expect, it } from 'vitest';
import { formatErrorOf } from '../../../helpers/formatErrorOf.js';
import { parsePrf } from '../../../../electron/core/formats/prf/parsePrf.js';
import { EXTRA, describeExtra, readExtra } from '../../../helpers/extraRealData.js';
import { derivePrf, octPrfBytes, octPrfText } from './prfFixtures.js';

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l === needle) + 1;

/**
 * What parsePrf must read from a PRF in the OCT layout whose tables are OCT 2016's (docs/file-formats.md §5.5):
 * the repository's PRF always, the real OCT sample when the extra real data is present. Every expected line
 * number is found in the file's own text.
 */
const octTables = (bytes: Uint8Array) => () => {
  const prf = parsePrf(bytes);
  const text = new TextDecoder('latin1').decode(bytes);
  const section = (name: string) => prf.mappings.find((m) => m.name === name)!;
  const mapping = (sectionName: string, key: string) => section(sectionName).mappings.find((m) => m.key === key)!;

  it('types [General]', () => {
    expect(prf.encoding).toBe('utf-8');
    const { lines, ...general } = prf.general;
    expect(general).toEqual({
      custom: true,
      profileName: 'Outlook',
      defaultProfile: true,
      overwriteProfile: 'append',
      // written "false" in lower case in the sample
      modifyDefaultProfileIfPresent: false,
      backupProfile: false,
      other: [],
    });
    expect(lines).toEqual({
      custom: lineOf(text, 'Custom=1'),
      profileName: lineOf(text, 'ProfileName=Outlook'),
      defaultProfile: lineOf(text, 'DefaultProfile=Yes'),
      overwriteProfile: lineOf(text, 'OverwriteProfile=Append'),
      modifyDefaultProfileIfPresent: lineOf(text, 'ModifyDefaultProfileIfPresent=false'),
      backupProfile: lineOf(text, 'BackupProfile=No'),
    });
  });

  it('has empty lists and no Section 4/5 values (they are commented out in the sample)', () => {
    expect(prf.serviceList).toEqual([]);
    expect(prf.internetAccountList).toEqual([]);
    expect(prf.services).toEqual([]);
    expect(prf.accounts).toEqual([]);
    expect(prf.otherSections).toEqual([]);
  });

  it('reads all eleven mapping tables, in file order, with their targets', () => {
    expect(prf.mappings.map((m) => [m.name, m.kind, m.mappings.length])).toEqual([
      ['Microsoft Exchange Server', 'service', 4],
      ['Exchange Global Section', 'service', 8],
      ['Microsoft Mail', 'service', 26],
      ['Personal Folders', 'service', 5],
      ['Unicode Personal Folders', 'service', 5],
      ['Outlook Address Book', 'service', 0],
      ['LDAP Directory', 'service', 12],
      ['Microsoft Outlook Client', 'service', 7],
      ['Personal Address Book', 'service', 3],
      ['I_Mail', 'account', 21],
      ['IMAP_I_Mail', 'account', 33],
    ]);
    expect(section('Microsoft Exchange Server')).toMatchObject({ serviceName: 'MSEMS', mdbGuid: '5494A1C0297F101BA58708002B2A2517' });
    expect(section('Exchange Global Section')).toMatchObject({ sectionGuid: '13dbb0c8aa05101a9bb000aa002fc45a' });
    expect(section('Exchange Global Section').serviceName).toBeUndefined();
    expect(section('Microsoft Outlook Client').sectionGuid).toBe('0a0d020000000000c000000000000046');
    expect(section('Outlook Address Book').serviceName).toBe('CONTAB');
    expect(section('Unicode Personal Folders').serviceName).toBe('MSUPST MS');
    expect(section('I_Mail').accountType).toBe('POP3');
    expect(section('IMAP_I_Mail').accountType).toBe('IMAP');
    expect(prf.mappings.every((m) => m.attributes.length === 0)).toBe(true);
  });

  it.each([
    ['Microsoft Exchange Server', 'MailboxName', 'PT_STRING8', 0x6607001e],
    ['Microsoft Exchange Server', 'OfflineAddressBookPath', 'PT_STRING8', 0x660e001e],
    ['Exchange Global Section', 'ConfigFlags', 'PT_LONG', 0x66010003],
    ['Exchange Global Section', 'RPCProxyServer', 'PT_UNICODE', 0x6622001f],
    ['Exchange Global Section', 'AccountName', 'PT_UNICODE', 0x6620001f],
    ['Microsoft Mail', 'Password', 'PT_STRING8', 0x67f0001e],
    ['Microsoft Mail', 'UseExternalToHelpDeliverOnRAS', 'PT_BOOLEAN', 0x6639000b],
    ['Personal Folders', 'PathAndFilenameToPersonalFolders', 'PT_STRING8', 0x6700001e],
    ['Unicode Personal Folders', 'PathAndFilenameToPersonalFolders', 'PT_STRING8', 0x6700001e],
    ['Unicode Personal Folders', 'Name', 'PT_UNICODE', 0x3001001f],
    ['Personal Folders', 'EncryptionType', 'PT_LONG', 0x67020003],
    ['LDAP Directory', 'UseSSL', 'PT_BOOLEAN', 0x6613000b],
    ['LDAP Directory', 'DefaultSearch', 'PT_LONG', 0x66230003],
    ['Microsoft Outlook Client', 'CachedExchangeMode', 'PT_LONG', 0x041f0003],
    ['Microsoft Outlook Client', 'CachedExchangeSlowDetect', 'PT_BOOLEAN', 0x0420000b],
    ['Personal Address Book', 'NameOfPAB', 'PT_STRING8', 0x3001001e],
    ['Personal Address Book', 'PathAndFilename', 'PT_STRING8', 0x6600001e],
    ['Personal Address Book', 'ShowNamesBy', 'PT_LONG', 0x66010003],
  ])('[%s] %s = %s → tag 0x%s', (sectionName, key, ptypeName, tag) => {
    const m = mapping(sectionName, key);
    expect(m.ptypeName).toBe(ptypeName);
    expect(m.tag).toBe(tag);
    expect(m.id).toBe(tag >>> 16);
    expect(m.ptype).toBe(tag & 0xffff);
  });

  it('reads the 8-digit ids of [Personal Address Book] in value-name order and keeps their spelling', () => {
    expect(section('Personal Address Book').mappings.map((m) => [m.key, m.idText, m.line])).toEqual([
      ['NameOfPAB', '0x001e3001', lineOf(text, 'NameOfPAB=PT_STRING8,0x001e3001')],
      ['PathAndFilename', '0x001e6600', lineOf(text, 'PathAndFilename=PT_STRING8,0x001e6600')],
      ['ShowNamesBy', '0x00036601', lineOf(text, 'ShowNamesBy=PT_LONG,0x00036601')],
    ]);
  });

  it('keeps the line of the trailing-space mapping', () => {
    expect(mapping('Personal Folders', 'PathAndFilenameToPersonalFolders').line).toBe(
      lineOf(text, 'PathAndFilenameToPersonalFolders=PT_STRING8,0x6700 '),
    );
  });

  it.each([
    ['I_Mail', 'AccountName', 0x0002, 'PT_UNICODE'],
    ['I_Mail', 'POP3Server', 0x0100, 'PT_UNICODE'],
    ['I_Mail', 'POP3Port', 0x0104, 'PT_LONG'],
    ['I_Mail', 'SMTPSecureConnection', 0x020a, 'PT_LONG'],
    ['I_Mail', 'LeaveOnServer', 0x1000, 'PT_LONG'],
    ['IMAP_I_Mail', 'CheckNewImap', 0x1100, 'PT_LONG'],
    ['IMAP_I_Mail', 'RootFolder', 0x1101, 'PT_UNICODE'],
    ['IMAP_I_Mail', 'Connection Type', 0x000f, 'PT_LONG'],
  ])('Section 7 [%s] %s → account property id 0x%s (%s)', (sectionName, key, id, ptypeName) => {
    const m = mapping(sectionName, key);
    expect([m.id, m.ptypeName]).toEqual([id, ptypeName]);
  });

  it('keeps the duplicate keys of [IMAP_I_Mail] (its [INET_HTTP] header was lost), in order', () => {
    const keys = section('IMAP_I_Mail').mappings.map((m) => m.key);
    expect(keys.filter((k) => k === 'EmailAddress')).toHaveLength(2);
    expect(keys.filter((k) => k === 'Organization')).toHaveLength(2);
    expect(keys.slice(-3)).toEqual(['FullName', 'Connection Type', 'ConnectOID']);
  });
};

describe('parsePrf on the OCT-layout PRF of the repository', octTables(octPrfBytes()));
describeExtra('parsePrf on the real OCT sample', () => octTables(readExtra(EXTRA.prf))());

describe('parsePrf [General] options', () => {
  const general = (lines: string[]) => parsePrf(derivePrf({ general: lines })).general;

  it.each([
    ['Yes', 'yes'],
    ['No', 'no'],
    ['Append', 'append'],
    ['append', 'append'],
  ])('OverwriteProfile=%s', (v, expected) => {
    expect(general([`OverwriteProfile=${v}`]).overwriteProfile).toBe(expected);
  });

  it.each([
    ['DefaultProfile=Yes', 'defaultProfile', true],
    ['DefaultProfile=No', 'defaultProfile', false],
    ['ModifyDefaultProfileIfPresent=TRUE', 'modifyDefaultProfileIfPresent', true],
    ['ModifyDefaultProfileIfPresent=FALSE', 'modifyDefaultProfileIfPresent', false],
    ['BackupProfile=No', 'backupProfile', false],
    ['BackupProfile=False', 'backupProfile', false],
    ['BackupProfile=Yes', 'backupProfile', true],
    ['Custom=1', 'custom', true],
    ['DefaultStore=Service2', 'defaultStore', 'Service2'],
    ['ProfileName=Sales Team', 'profileName', 'Sales Team'],
  ] as const)('%s', (line, field, expected) => {
    expect(general([line])[field]).toBe(expected);
  });

  it('keeps unknown keys in order', () => {
    expect(general(['ProfileName=P', 'SomeFutureKey=1', 'Other=x y']).other.map((e) => [e.key, e.value])).toEqual([
      ['SomeFutureKey', '1'],
      ['Other', 'x y'],
    ]);
  });

  it.each([
    ['OverwriteProfile=Sometimes', /OverwriteProfile must be Yes, No or Append/],
    ['DefaultProfile=Maybe', /DefaultProfile must be Yes or No/],
    ['ModifyDefaultProfileIfPresent=2', /TRUE or FALSE/],
    ['DefaultStore=Personal Folders', /DefaultStore must name a service as ServiceN/],
  ])('rejects %s with its line', (line, message) => {
    const text = derivePrf({ general: ['Custom=1', line] });
    const e = formatErrorOf(() => parsePrf(text));
    expect(e.message).toMatch(message);
    expect(e.line).toBe(lineOf(text, line));
  });

  it('reads the first of a key set twice, as GetPrivateProfileString does, and lists the second', () => {
    const text = derivePrf({ general: ['ProfileName=A', 'profilename=B'] });
    const prf = parsePrf(text);
    expect(prf.general.profileName).toBe('A');
    expect(prf.ignored).toEqual([
      { line: lineOf(text, 'profilename=B'), text: 'profilename=B', why: 'keyRepeated', first: lineOf(text, 'ProfileName=A') },
    ]);
  });
});

describe('parsePrf service and account lists', () => {
  it('classifies ServiceN, ServiceX and ServiceEGSn entries', () => {
    const prf = parsePrf(
      derivePrf({
        serviceList: [
          'ServiceX=Microsoft Outlook Client',
          'ServiceEGSX=Exchange Global Section',
          'Service1=Microsoft Exchange Server',
          'ServiceEGS1=Exchange Global Section',
        ],
        accounts: ['Account1=I_Mail'],
      }),
    );
    expect(prf.serviceList.map(({ line: _l, ...r }) => r)).toEqual([
      { key: 'ServiceX', kind: 'client', mappingName: 'Microsoft Outlook Client' },
      { key: 'ServiceEGSX', kind: 'egs', pairsWith: 'ServiceX', mappingName: 'Exchange Global Section' },
      { key: 'Service1', kind: 'service', mappingName: 'Microsoft Exchange Server' },
      { key: 'ServiceEGS1', kind: 'egs', pairsWith: 'Service1', mappingName: 'Exchange Global Section' },
    ]);
    expect(prf.internetAccountList.map((a) => [a.key, a.mappingName])).toEqual([['Account1', 'I_Mail']]);
  });
});

describe('parsePrf reads as Outlook reads (Windows INI rules)', () => {
  const base = octPrfText();
  const cases: [string, (t: string) => string, string, string, number][] = [
    ['stray text', (t) => t.replace('[Microsoft Mail]\n', '[Microsoft Mail]\nthis is not a key\n'), 'this is not a key', 'notAnEntry', 0],
    // Its entries then belong to the section before, as in Windows: that mapping section is gone.
    ['broken header', (t) => t.replace('[LDAP Directory]', '[LDAP Directory'), '[LDAP Directory', 'unclosedHeader', 1],
    ['duplicate section', (t) => t + '\n[general]\nCustom=1\n', '[general]', 'sectionRepeated', 0],
  ];
  it.each(cases)('%s: ignored with its line, the rest read', (_name, mutate, badLine, why, lost) => {
    const text = mutate(base);
    const prf = parsePrf(text);
    expect(prf.ignored![0]).toEqual(expect.objectContaining({ line: lineOf(text, badLine), why }));
    expect(prf.mappings.length).toBe(parsePrf(base).mappings.length - lost);
  });
});

describe('parsePrf malformed files', () => {
  const base = octPrfText();
  const cases: [string, (t: string) => string, string, RegExp][] = [
    [
      'unknown type',
      (t) => t.replace('MailboxName=PT_STRING8,0x6607', 'MailboxName=PT_STRNG8,0x6607'),
      'MailboxName=PT_STRNG8,0x6607',
      /unknown property type "PT_STRNG8"/,
    ],
    [
      'id without 0x',
      (t) => t.replace('HomeServer=PT_STRING8,0x6608', 'HomeServer=PT_STRING8,6608'),
      'HomeServer=PT_STRING8,6608',
      /expected 0x/,
    ],
    [
      'no comma',
      (t) => t.replace('ConfigFlags=PT_LONG,0x6601', 'ConfigFlags=PT_LONG 0x6601'),
      'ConfigFlags=PT_LONG 0x6601',
      /PT_TYPE,0xID/,
    ],
    [
      '8-digit id with another type',
      (t) => t.replace('ShowNamesBy=PT_LONG,0x00036601', 'ShowNamesBy=PT_LONG,0x001e6601'),
      'ShowNamesBy=PT_LONG,0x001e6601',
      /does not carry the type of PT_LONG/,
    ],
    [
      'SectionGUID not 32 hex',
      (t) => t.replace('SectionGUID=13dbb0c8aa05101a9bb000aa002fc45a', 'SectionGUID=13dbb0c8'),
      'SectionGUID=13dbb0c8',
      /32 hex digits/,
    ],
  ];
  it.each(cases)('%s → FormatError at the line', (_name, mutate, badLine, message) => {
    const text = mutate(base);
    const e = formatErrorOf(() => parsePrf(text));
    expect(e.format).toBe('prf');
    expect(e.message).toMatch(message);
    expect(e.line).toBe(lineOf(text, badLine));
    expect(e.excerpt).toBeTruthy();
  });
});
