import { describe, expect, it } from 'vitest';
import { exportPrf } from '../../../electron/core/prf/exportPrf.js';
import { importPrf } from '../../../electron/core/prf/importPrf.js';
import { defaultMappingSections } from '../../../electron/core/prf/defaultMappings.js';
import { exportProfiles } from '../../../electron/core/export/exportProfiles.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { parsePrf, resolvePrf } from '../../../electron/core/formats/prf/index.js';
import { lintProfile } from '../../../electron/core/lint/index.js';
import { decodeProperty, fromHex, profileView } from '../../../electron/core/model/index.js';
import { tagOfValueName } from '../../../shared/mapi/propTag.js';
import { importWarningText } from '../../../shared/i18n/importWarnings.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { readSample, SAMPLE } from '../../helpers/samples.js';
import { EXTRA, describeExtra, readExtra } from '../../helpers/extraRealData.js';
import { SERVICES_PRF, octPrfBytes, withoutLines } from '../formats/prf/prfFixtures.js';
import { bytesOf, prf, serviceOf, utf16z, valueAt } from './prfTestKit.js';

const errorsOf = (doc: ProfileDoc) => lintProfile(doc).filter((f) => f.severity === 'error');

/**
 * A profile with its random parts named by role: every section UID (services, providers, extras) becomes
 * S<n>, inside key paths and inside values; PR_SEARCH_KEY (random per profile) is dropped; PT_STRING8 and
 * PT_UNICODE values of one id are one property, compared by text (MAPI keeps one value per id).
 */
function canonical(doc: ProfileDoc): string[] {
  const names = new Map<string, string>();
  for (const s of profileView(doc).services) {
    for (const uid of [s.uid, ...s.providers.map((p) => p.uid), ...s.extraSections.map((x) => x.uid)])
      if (!names.has(uid)) names.set(uid, `S${names.size}`);
  }
  const rename = (text: string) => [...names].reduce((t, [uid, n]) => t.split(uid).join(n), text.toLowerCase());
  const out: string[] = [];
  for (const k of doc.keys) {
    for (const v of k.values) {
      if (v.name === '0102300b') continue;
      const tag = tagOfValueName(v.name);
      const type = tag === null ? -1 : tag & 0xffff;
      if (type === 0x1e || type === 0x1f) {
        const text = decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) }).value;
        out.push(`${rename(k.path)}|str${v.name.slice(4)}|${String(text)}`);
      } else {
        out.push(`${rename(k.path)}|${v.name}|${v.type}|${rename(v.data)}`);
      }
    }
    if (k.values.length === 0) out.push(`${rename(k.path)}|(empty)`);
  }
  return out.sort();
}

/** Each [Service List] slot's resolved values, keyed by mapping name (in order) and PRF key. */
function mappedValues(text: string | Uint8Array) {
  const r = resolvePrf(parsePrf(text));
  return {
    services: r.services.map((s) => [s.mappingName, Object.fromEntries(s.properties.map((p) => [p.key, p.value]))] as const),
    accounts: r.accounts.map((a) => [a.mappingName, Object.fromEntries(a.properties.map((p) => [p.key, p.value]))] as const),
    general: r.general,
  };
}

describe('PRF → profile → PRF → profile', () => {
  const original = SERVICES_PRF();
  const first = importPrf(bytesOf(original), 'a.prf').profiles[0]!;
  const exported = exportPrf(first, true);
  const second = importPrf(exported.bytes, 'b.prf');

  it('the exported PRF is ANSI, reads back without issue, and lists what it cannot carry', () => {
    expect(exported.encoding).toBe('windows-1252');
    expect(
      second.warnings.map((w) => importWarningText('en', w)).filter((w) => !/^(OverwriteProfile=Yes|BackupProfile=No)/.test(w)),
    ).toEqual([]);
    expect(exported.warnings).toEqual([]);
  });

  it('keeps every mapped value of every service, fixed section and account (only what was not written is missing)', () => {
    const before = mappedValues(original);
    const after = mappedValues(exported.text);
    const byName = (list: typeof after.services) => new Map(list.map(([n, v]) => [n, v]));
    const exportedServices = byName(after.services);
    // The LDAP service also carries the catalog's display name (DisplayName), which the PRF did not give.
    for (const [name, values] of before.services) expect(exportedServices.get(name), name).toMatchObject(values);
    expect(Object.keys(exportedServices.get('LDAP Directory')!)).toEqual([
      ...Object.keys(before.services.find(([n]) => n === 'LDAP Directory')![1]).slice(0, 2),
      'DisplayName',
      ...Object.keys(before.services.find(([n]) => n === 'LDAP Directory')![1]).slice(2),
    ]);
    const exportedAccounts = byName(after.accounts);
    // POP3UseSSL has no account-manager value name: the import reported it and did not write it.
    const { POP3UseSSL, ...pop3 } = before.accounts[0]![1];
    expect(POP3UseSSL).toBe(1);
    expect(exportedAccounts.get('I_Mail')).toEqual({ ...pop3 });
    expect(exportedAccounts.get('IMAP_I_Mail')).toEqual(before.accounts[1]![1]);
    expect(after.general).toMatchObject({
      custom: true,
      profileName: 'Contoso',
      defaultProfile: true,
      overwriteProfile: 'yes',
      backupProfile: false,
      defaultStore: 'Service2',
    });
    expect(parsePrf(exported.text).accounts[0]!.entries).toContainEqual({ key: 'DefaultAccount', value: 'TRUE', line: expect.any(Number) });
  });

  it('re-imports to the same properties, types and bytes (section UIDs aside)', () => {
    expect(canonical(second.profiles[0]!)).toEqual(canonical(first));
    expect(second.defaults).toEqual([{ root: first.origin.root, name: 'Contoso' }]);
    expect(errorsOf(second.profiles[0]!)).toEqual([]);
  });

  it('a second export gives the same text (the round trip is stable)', () => {
    expect(exportPrf(second.profiles[0]!, true).text).toBe(exported.text);
  });

  it('per kind: ANSI PST, Unicode PST, Exchange with its global section, LDAP and a POP3 account survive the round trip', () => {
    const text = prf(
      ['Custom=1', 'ProfileName=Kinds', 'DefaultStore=Service1'],
      [
        'Service1=Personal Folders',
        'Service2=Unicode Personal Folders',
        'Service3=Microsoft Exchange Server',
        'ServiceEGS3=Exchange Global Section',
        'Service4=LDAP Directory',
      ],
      [
        '[Service1]',
        'Name=Old',
        'PathAndFilenameToPersonalFolders=D:\\old.pst',
        'EncryptionType=0x40000000',
        'RememberPassword=TRUE',
        '[Service2]',
        'Name=Nouveau été',
        'PathAndFilenameToPersonalFolders=D:\\é.pst',
        '[Service3]',
        'MailboxName=jdoe',
        'HomeServer=srv',
        'OfflineAddressBookPath=C:\\oab',
        '[ServiceEGS3]',
        'MailboxName=jdoe',
        'HomeServer=srv',
        'ConfigFlags=0x00000004',
        'RPCProxyPrincipalName=msstd:mail.contoso.com',
        '[Service4]',
        'ServerName=ldap',
        'UserName=cn=me',
        'UseSPA=TRUE',
        'EnableBrowsing=FALSE',
        'SearchTimeout=60',
        'MaxEntriesReturned=100',
        'SearchBase=dc=x',
        'CheckNames=1',
        'DefaultSearch=2',
        '[Account1]',
        'AccountName=Home',
        'DisplayName=Me',
        'EmailAddress=me@x.org',
        'POP3Server=pop',
        'POP3UserName=me',
        'POP3Port=110',
        'SMTPServer=smtp',
        'SMTPUseAuth=1',
        'SMTPSecureConnection=2',
        'LeaveOnServer=1',
      ],
      ['Account1=I_Mail'],
    );
    const a = importPrf(bytesOf(text), 'k.prf');
    expect(a.warnings).toEqual([]);
    const out = exportPrf(a.profiles[0]!, false);
    const before = mappedValues(text);
    const after = mappedValues(out.text);
    expect(after.services.map(([n]) => n)).toEqual([
      'Personal Folders',
      'Unicode Personal Folders',
      'Microsoft Exchange Server',
      'LDAP Directory',
      'Exchange Global Section',
    ]);
    for (const [name, values] of before.services) {
      const got = after.services.find(([n]) => n === name)![1];
      // The LDAP service's name comes from the catalog when the PRF gives none; every PRF value is there.
      expect(got).toMatchObject(values);
    }
    expect(after.accounts).toEqual(before.accounts);
    expect(after.general.defaultStore).toBe('Service1');
    expect(after.general.defaultProfile).toBe(false);
    const b = importPrf(out.bytes, 'k2.prf').profiles[0]!;
    expect(canonical(b)).toEqual(canonical(a.profiles[0]!));
    expect(errorsOf(b)).toEqual([]);
  });
});

/** A PRF file whose Section 6/7 are OCT 2016's: the tables the editor ships, and an import → export keeps them. */
const shipsTablesOf = (bytes: Uint8Array) => () => {
  it('ships the OCT 16 mapping tables of docs/file-formats.md §5.5: the file’s Section 6/7, key for key', () => {
    expect(withoutLines(defaultMappingSections())).toEqual(withoutLines(parsePrf(bytes).mappings));
  });

  it('PRF → profile → PRF: General and the very mapping tables', () => {
    const doc = importPrf(bytes, 's.prf').profiles[0]!;
    const out = exportPrf(doc, true);
    const back = parsePrf(out.text);
    expect(withoutLines(back.mappings)).toEqual(withoutLines(parsePrf(bytes).mappings));
    expect(back.general).toMatchObject({ custom: true, profileName: 'Outlook', defaultProfile: true });
    expect(back.serviceList).toEqual([]);
    expect(out.warnings).toEqual([]);
  });
};

describe('exportPrf and the OCT-layout PRF of the repository', shipsTablesOf(octPrfBytes()));
describeExtra('exportPrf and the real OCT sample', () => shipsTablesOf(readExtra(EXTRA.prf))());

describe('exportPrf', () => {
  it('the real 16.0 profile (hive export): CONTAB and the Unicode PST with its path and default store; the rest reported', () => {
    const doc = readProfilesFile(readSample(SAMPLE.hivexReg), 'h.reg').profiles[0]!;
    const out = exportPrf(doc, true);
    const back = parsePrf(out.text);
    expect(back.serviceList.map((s) => [s.key, s.mappingName])).toEqual([
      ['Service1', 'Outlook Address Book'],
      ['Service2', 'Unicode Personal Folders'],
    ]);
    expect(back.general.defaultStore).toBe('Service2');
    expect(back.services[1]!.entries.map((e) => [e.key, e.value])).toEqual([
      ['Name', 'Outlook Data File'],
      ['PathAndFilenameToPersonalFolders', 'C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst'],
      ['EncryptionType', '0x10000000'],
    ]);
    expect(out.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^account "Outlook Data File" \(9375CFF0413111d3B88A00104B2A6676\\00000002\): CLSID_OlkMAPIAccount is Outlook's account-manager entry for the MSUPST MS service/,
        ),
        expect.stringMatching(/^section [0-9a-f]{32}: 11 value\(s\) no PRF mapping expresses: 01026601 \(PR_CONTAB_UID\)/),
        expect.stringMatching(/^f86ed290… .*: 1 value\(s\) no PRF mapping expresses: 00486002$/),
      ]),
    );
    // The report travels in the file, as comments.
    expect(out.text).toContain(';   account "Outlook Data File"');
    const again = importPrf(out.bytes, 'h.prf').profiles[0]!;
    const pst = serviceOf(again, 'MSUPST MS');
    expect(valueAt(again, pst.providers[0]!.uid, '001e6700')).toEqual({
      type: 1,
      data: utf16z('C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst'),
    });
    expect(errorsOf(again)).toEqual([]);
  });

  it('a service no mapping names is reported, not written', () => {
    const doc = readProfilesFile(readSample(SAMPLE.hivexReg), 'h.reg').profiles[0]!;
    const contab = serviceOf(doc, 'CONTAB');
    const renamed: ProfileDoc = {
      ...doc,
      keys: doc.keys.map((k) =>
        k.path === contab.uid
          ? {
              ...k,
              values: k.values.map((v) => (v.name === '001f3d09' ? { ...v, data: Buffer.from('OMSAB\0', 'utf16le').toString('hex') } : v)),
            }
          : k,
      ),
    };
    const out = exportPrf(renamed, false);
    expect(parsePrf(out.text).serviceList.map((s) => s.mappingName)).toEqual(['Unicode Personal Folders']);
    expect(out.warnings[0]).toMatch(
      /^service "Outlook Address Book" \(OMSAB\): no PRF mapping section names this service, so a PRF cannot carry it$/,
    );
  });

  it('text with no windows-1252 byte: UTF-16LE with a BOM, said in the report, and it reads back', () => {
    const doc = importPrf(
      bytesOf(
        prf(
          ['Custom=1', 'ProfileName=メール'],
          ['Service1=Unicode Personal Folders'],
          ['[Service1]', 'Name=日本', 'PathAndFilenameToPersonalFolders=C:\\日本.pst'],
        ),
      ),
      'u.prf',
    ).profiles[0]!;
    const out = exportPrf(doc, false);
    expect(out.encoding).toBe('utf-16le');
    expect([...out.bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(out.warnings).toContain(
      'some text has no windows-1252 (ANSI) character: the PRF is written as UTF-16LE with a BOM, which Outlook 2007 and later read',
    );
    const back = importPrf(out.bytes, 'u2.prf').profiles[0]!;
    expect(back.name).toBe('メール');
    expect(canonical(back)).toEqual(canonical(doc));
  });

  it('exportProfiles: format prf gives one .prf; several profiles are refused with a clear error', () => {
    const doc = importPrf(bytesOf(SERVICES_PRF()), 'a.prf').profiles[0]!;
    const out = exportProfiles([{ doc, isDefault: true }], 'prf');
    expect(out.fileName).toBe('Contoso.prf');
    expect(new TextDecoder('windows-1252').decode(out.bytes)).toContain('ProfileName=Contoso');
    expect(() =>
      exportProfiles(
        [
          { doc, isDefault: true },
          { doc: { ...doc, id: 'x', name: 'B' }, isDefault: false },
        ],
        'prf',
      ),
    ).toThrow(/A PRF file describes one profile; 2 were chosen/);
  });
});
