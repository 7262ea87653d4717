import { describe, expect, it } from 'vitest';
import { importPrf } from '../../../electron/core/prf/importPrf.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { FormatError } from '../../../electron/core/formats/formatError.js';
import { parseMapiSvc, DEFAULT_CATALOG_TEXT } from '../../../electron/core/formats/mapisvc/index.js';
import { lintProfile } from '../../../electron/core/lint/index.js';
import { profileView } from '../../../electron/core/model/index.js';
import { importWarningText, type ImportWarning } from '../../../shared/i18n/importWarnings.js';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { EXTRA, describeExtra, readExtra } from '../../helpers/extraRealData.js';
import { OCT_PRF_NAME, SERVICES_PRF, octPrfBytes } from '../formats/prf/prfFixtures.js';
import { bytesOf, keyOf, le32, prf, REG_BINARY, REG_DWORD, REG_SZ, serviceOf, utf16z, valueAt } from './prfTestKit.js';

/** The report's warnings as the CLI prints them (English). */
const en = (warnings: readonly ImportWarning[]) => warnings.map((w) => importWarningText('en', w));
const errorsOf = (doc: Parameters<typeof lintProfile>[0]) => lintProfile(doc).filter((f) => f.severity === 'error');
const one = (text: string) => {
  const r = importPrf(bytesOf(text), 't.prf');
  expect(r.profiles).toHaveLength(1);
  return { ...r, doc: r.profiles[0]!, warnings: en(r.warnings) };
};

/** A PRF in the OCT layout with its [General] of `ProfileName=Outlook`, `OverwriteProfile=Append`, `BackupProfile=No` and no service. */
const importsOctFile = (bytes: Uint8Array, file: string) => () => {
  const r = importPrf(bytes, file);
  const doc = r.profiles[0]!;

  it('creates the profile [General] names, default of the Office 16.0 root, with no service (its [Service List] is empty)', () => {
    expect(r.profiles).toHaveLength(1);
    expect(doc.name).toBe('Outlook');
    expect(doc.origin).toEqual({ source: 'prf', file, root: PROFILE_ROOTS.office16 });
    expect(r.defaults).toEqual([{ root: PROFILE_ROOTS.office16, name: 'Outlook' }]);
    expect(profileView(doc).services).toEqual([]);
    expect(doc.keys.map((k) => k.path)).toEqual(['', SECTION.master, SECTION.profileInstance]);
    expect(errorsOf(doc)).toEqual([]);
  });

  it('reports each General option of the sample as what it means for an import', () => {
    expect(en(r.warnings)).toEqual([
      expect.stringMatching(
        /^OverwriteProfile=Append \(line \d+\): Outlook would add these services to an existing profile named "Outlook"/,
      ),
      expect.stringMatching(/^BackupProfile=No \(line \d+\): Outlook would not keep a "Backup of" copy/),
    ]);
  });
};

describe('importPrf on the OCT-layout PRF of the repository', importsOctFile(octPrfBytes(), OCT_PRF_NAME));
describeExtra('importPrf on the real OCT sample', () => importsOctFile(readExtra(EXTRA.prf), 'custom16.prf')());

describe('importPrf reads the mapping tables of the file', () => {
  it('uses the mapping tables of the file itself: a changed id in the file moves the value', () => {
    const text = prf(
      ['Custom=1', 'ProfileName=M'],
      ['Service1=Unicode Personal Folders'],
      ['[Service1]', 'EncryptionType=0x40000000'],
    ).replaceAll('EncryptionType=PT_LONG,0x6702', 'EncryptionType=PT_LONG,0x6771');
    const { doc: d } = one(text);
    const pst = serviceOf(d, 'MSUPST MS').providers[0]!.uid;
    expect(valueAt(d, pst, '00036771')).toEqual({ type: REG_BINARY, data: le32(0x40000000) });
    expect(valueAt(d, pst, '00036702')).toBeUndefined();
  });
});

describe('importPrf: every mapped key of every service kind lands in its property, typed by the mapping', () => {
  const { doc, warnings, defaults } = one(SERVICES_PRF());
  const exchange = serviceOf(doc, 'MSEMS');
  const pst = serviceOf(doc, 'MSUPST MS');
  const pab = serviceOf(doc, 'MSPST AB');
  const ldap = serviceOf(doc, 'EMABLT');

  it('creates the catalog services in [Service List] order, and no others', () => {
    expect(profileView(doc).services.map((s) => s.serviceName)).toEqual(['MSEMS', 'MSUPST MS', 'MSPST AB', 'CONTAB', 'EMABLT']);
    expect(exchange.providers).toHaveLength(6);
    expect(defaults).toEqual([{ root: PROFILE_ROOTS.office16, name: 'Contoso' }]);
  });

  it('Exchange (MSEMS, several providers): PR_PROFILE_* values on the service section, PT_STRING8 as REG_SZ', () => {
    expect(valueAt(doc, exchange.uid, '001e6607')).toEqual({ type: REG_SZ, data: utf16z('%UserName%') });
    expect(valueAt(doc, exchange.uid, '001e6608')).toEqual({ type: REG_SZ, data: utf16z('exch01.contoso.com') });
    expect(valueAt(doc, exchange.uid, '001e6610')).toEqual({
      type: REG_SZ,
      data: utf16z('%LocalAppData%\\Microsoft\\Outlook\\%UserName%.ost'),
    });
    for (const p of exchange.providers) expect(valueAt(doc, p.uid, '001e6607')).toBeUndefined();
    expect(warnings).toContain('line 62: AccountName has no mapping in [Microsoft Exchange Server]: Outlook writes it nowhere');
  });

  it('Exchange Global Section (SectionGUID=13dbb0c8…): the fixed section, PRF values over the MAPISVC.INF ones', () => {
    const egs = SECTION.exchangeGlobal;
    expect(valueAt(doc, egs, '00036601')).toEqual({ type: REG_BINARY, data: le32(0x100) }); // INF had 04000000
    expect(valueAt(doc, egs, '00036623')).toEqual({ type: REG_BINARY, data: le32(0x27) });
    expect(valueAt(doc, egs, '001f6622')).toEqual({ type: REG_BINARY, data: utf16z('mail.contoso.com') });
    expect(valueAt(doc, egs, '00036627')).toEqual({ type: REG_BINARY, data: le32(1) });
    expect(valueAt(doc, egs, '001f6620')).toEqual({ type: REG_BINARY, data: utf16z('Work') });
    expect(valueAt(doc, egs, '00036600')).toEqual({ type: REG_BINARY, data: '01050000' }); // INF value kept
  });

  it('Outlook client (ServiceX, SectionGUID=0a0d02…): created, PT_LONG and PT_BOOLEAN bytes', () => {
    expect(keyOf(doc, SECTION.outlookGlobal)?.values).toEqual([
      { name: '0003041f', type: REG_BINARY, data: le32(2) },
      { name: '000b0420', type: REG_BINARY, data: '0100' },
    ]);
  });

  it('Unicode PST: name on service and provider, path/encryption/remember-password on the store provider', () => {
    const p = pst.providers[0]!.uid;
    expect(pst.providers).toHaveLength(1);
    expect(valueAt(doc, pst.uid, '001f3001')).toEqual({ type: REG_BINARY, data: utf16z('Archive') });
    expect(valueAt(doc, p, '001f3001')).toEqual({ type: REG_BINARY, data: utf16z('Archive') });
    expect(valueAt(doc, p, '001e6700')).toEqual({ type: REG_SZ, data: utf16z('C:\\pst\\archive.pst') });
    expect(valueAt(doc, p, '00036702')).toEqual({ type: REG_BINARY, data: le32(0x80000000) });
    expect(valueAt(doc, p, '000b6701')).toEqual({ type: REG_BINARY, data: '0000' });
    expect(valueAt(doc, p, '00036770')).toEqual({ type: REG_BINARY, data: le32(0x80000000) }); // PST_CONFIG_UNICODE, catalog
    expect(valueAt(doc, pst.uid, '001e6700')).toBeUndefined();
  });

  it('DefaultStore=Service2: STATUS_DEFAULT_STORE moves to the PST and off the Exchange private store', () => {
    const stores = profileView(doc).services.flatMap((s) =>
      s.providers.filter((x) => x.resourceType === 0x21).map((x) => [s.serviceName, (x.flags?.value ?? 0) & 2]),
    );
    expect(stores).toEqual([
      ['MSEMS', 0],
      ['MSEMS', 0],
      ['MSUPST MS', 2],
    ]);
  });

  it('Personal Address Book: 8-digit PT_STRING8 ids, the PT_UNICODE name of the catalog replaced (one value per id)', () => {
    const p = pab.providers[0]!.uid;
    for (const s of [pab.uid, p]) {
      expect(valueAt(doc, s, '001e3001')).toEqual({ type: REG_SZ, data: utf16z('My PAB') });
      expect(valueAt(doc, s, '001f3001')).toBeUndefined();
    }
    expect(valueAt(doc, p, '001e6600')).toEqual({ type: REG_SZ, data: utf16z('C:\\pab\\my.pab') });
    expect(valueAt(doc, p, '00036601')).toEqual({ type: REG_BINARY, data: le32(1) });
  });

  it('LDAP: provider-defined values on its AB provider; bad values and unmapped keys reported with lines', () => {
    const p = ldap.providers[0]!.uid;
    expect(valueAt(doc, p, '001e6600')).toEqual({ type: REG_SZ, data: utf16z('ldap.contoso.com') });
    expect(valueAt(doc, p, '000b6613')).toEqual({ type: REG_BINARY, data: '0100' });
    expect(valueAt(doc, p, '001e6601')).toEqual({ type: REG_SZ, data: utf16z('636') });
    expect(valueAt(doc, p, '00036623')).toEqual({ type: REG_BINARY, data: le32(0) });
    expect(valueAt(doc, p, '000b6615')).toBeUndefined();
    expect(warnings).toContain('line 87: BogusKey has no mapping in [LDAP Directory]: Outlook writes it nowhere');
    expect(warnings).toContain('line 88: UseSPA (PT_BOOLEAN): "maybe" is not TRUE, FALSE, 1 or 0');
  });

  it('POP3 and IMAP accounts: account-manager subkeys with friendly values; the default account first', () => {
    const am = '9375CFF0413111d3B88A00104B2A6676';
    expect(keyOf(doc, am)?.values).toEqual([
      { name: 'NextAccountID', type: REG_DWORD, data: le32(3) },
      { name: '{ED475418-B0D6-11D2-8C3B-00104B2A6676}', type: REG_BINARY, data: le32(1) + le32(2) },
    ]);
    expect(keyOf(doc, `${am}\\00000001`)?.values).toEqual([
      { name: 'clsid', type: REG_SZ, data: utf16z('{ED475411-B0D6-11D2-8C3B-00104B2A6676}') },
      { name: 'Account Name', type: REG_BINARY, data: utf16z('Home POP') },
      { name: 'POP3 Server', type: REG_BINARY, data: utf16z('pop.example.com') },
      { name: 'POP3 Port', type: REG_DWORD, data: le32(995) },
      { name: 'Leave on Server', type: REG_DWORD, data: le32(1) },
    ]);
    expect(keyOf(doc, `${am}\\00000002`)?.values).toEqual([
      { name: 'clsid', type: REG_SZ, data: utf16z('{ED475412-B0D6-11D2-8C3B-00104B2A6676}') },
      { name: 'Account Name', type: REG_BINARY, data: utf16z('IMAP') },
      { name: 'IMAP Server', type: REG_BINARY, data: utf16z('imap.example.com') },
    ]);
    expect(warnings).toContain(
      '[Account1] POP3UseSSL (line 95): no account-manager value name is known for POP3 property 0x0105; not written',
    );
    expect(warnings).toContain('line 102: IMAPPort (PT_LONG): "notanumber" is not a number (0x… or decimal)');
  });

  it('lints with no error', () => {
    expect(errorsOf(doc)).toEqual([]);
  });
});

describe('importPrf: [General] options', () => {
  const services = ['Service1=Unicode Personal Folders'];
  const pstValues = ['[Service1]', 'PathAndFilenameToPersonalFolders=C:\\a.pst'];

  it('no ProfileName: "Outlook", with a warning', () => {
    const r = one(prf(['Custom=1'], services, pstValues));
    expect(r.doc.name).toBe('Outlook');
    expect(r.warnings).toContain('[General] has no ProfileName: the profile is named "Outlook", as Outlook names it');
  });

  it('DefaultProfile=No (or absent) gives no default; Yes gives the root default', () => {
    expect(one(prf(['Custom=1', 'ProfileName=A', 'DefaultProfile=No'], services)).defaults).toEqual([]);
    expect(one(prf(['Custom=1', 'ProfileName=A'], services)).defaults).toEqual([]);
    expect(one(prf(['Custom=1', 'ProfileName=A', 'DefaultProfile=Yes'], services)).defaults).toEqual([
      { root: PROFILE_ROOTS.office16, name: 'A' },
    ]);
  });

  it.each([
    [
      'OverwriteProfile=Yes',
      /^OverwriteProfile=Yes \(line \d+\): Outlook would replace a profile named "A"; the import adds a new profile/,
    ],
    ['OverwriteProfile=No', /^OverwriteProfile=No \(line \d+\): Outlook would leave an existing profile named "A" as it is/],
    ['OverwriteProfile=Append', /^OverwriteProfile=Append \(line \d+\): Outlook would add these services/],
    [
      'ModifyDefaultProfileIfPresent=TRUE',
      /^ModifyDefaultProfileIfPresent=TRUE \(line \d+\): Outlook would apply the file to the machine's default profile/,
    ],
    ['BackupProfile=Yes', /^BackupProfile=Yes \(line \d+\): Outlook would keep a "Backup of" copy/],
    ['BackupProfile=False', /^BackupProfile=No \(line \d+\): Outlook would not keep/],
    ['Frobnicate=1', /^\[General\] Frobnicate \(line \d+\): not a \[General\] option the editor knows; ignored$/],
  ])('%s is reported as information, and the profile is created all the same', (option, message) => {
    const r = one(prf(['Custom=1', 'ProfileName=A', option], services, pstValues));
    expect(r.warnings.filter((w) => message.test(w))).toHaveLength(1);
    expect(profileView(r.doc).services.map((s) => s.serviceName)).toEqual(['MSUPST MS']);
  });

  it('ModifyDefaultProfileIfPresent=FALSE says nothing; Custom missing is reported', () => {
    expect(one(prf(['Custom=1', 'ProfileName=A', 'ModifyDefaultProfileIfPresent=FALSE'], services)).warnings).toEqual([]);
    expect(one(prf(['ProfileName=A'], services)).warnings).toEqual([expect.stringMatching(/^\[General\] Custom=1 is missing/)]);
  });

  it('DefaultStore picks the store among two PSTs; absent, the first PST keeps it', () => {
    const two = ['Service1=Personal Folders', 'Service2=Unicode Personal Folders'];
    const sections = [
      '[Service1]',
      'PathAndFilenameToPersonalFolders=C:\\one.pst',
      '[Service2]',
      'PathAndFilenameToPersonalFolders=C:\\two.pst',
    ];
    const defaultOf = (doc: Parameters<typeof profileView>[0]) =>
      profileView(doc)
        .services.filter((s) => s.providers.some((p) => ((p.flags?.value ?? 0) & 2) !== 0))
        .map((s) => s.serviceName);
    expect(defaultOf(one(prf(['Custom=1', 'ProfileName=A', 'DefaultStore=Service2'], two, sections)).doc)).toEqual(['MSUPST MS']);
    expect(defaultOf(one(prf(['Custom=1', 'ProfileName=A', 'DefaultStore=Service1'], two, sections)).doc)).toEqual(['MSPST MS']);
    expect(defaultOf(one(prf(['Custom=1', 'ProfileName=A'], two, sections)).doc)).toEqual(['MSPST MS']);
  });

  it('DefaultStore naming a service that was not created is reported', () => {
    const r = one(
      prf(
        ['Custom=1', 'ProfileName=A', 'DefaultStore=Service2'],
        ['Service1=Unicode Personal Folders', 'Service2=Microsoft Mail'],
        pstValues,
      ),
    );
    expect(r.warnings).toContain(
      'Service2: service MSFS ([Microsoft Mail]) is not in the catalog; not created, and its 0 value(s) were not written',
    );
    expect(r.warnings.some((w) => /^DefaultStore=Service2 \(line \d+\): Service2 was not created/.test(w))).toBe(true);
  });
});

describe('importPrf: service kinds and refusals', () => {
  it('ANSI PST: PT_STRING8 name as REG_SZ, no Unicode flag, the password never stored', () => {
    const r = one(
      prf(
        ['Custom=1', 'ProfileName=A'],
        ['Service1=Personal Folders'],
        ['[Service1]', 'Name=Old mail', 'PathAndFilenameToPersonalFolders=D:\\old.pst', 'Password=secret', 'EncryptionType=0x20000000'],
      ),
    );
    const pst = serviceOf(r.doc, 'MSPST MS');
    const p = pst.providers[0]!.uid;
    expect(valueAt(r.doc, pst.uid, '001e3001')).toEqual({ type: REG_SZ, data: utf16z('Old mail') });
    expect(valueAt(r.doc, pst.uid, '001f3001')).toBeUndefined();
    expect(valueAt(r.doc, p, '001e6700')).toEqual({ type: REG_SZ, data: utf16z('D:\\old.pst') });
    expect(valueAt(r.doc, p, '00036702')).toEqual({ type: REG_BINARY, data: le32(0x20000000) });
    expect(valueAt(r.doc, p, '00036770')).toBeUndefined();
    expect(JSON.stringify(r.doc)).not.toContain(Buffer.from('secret', 'utf16le').toString('hex'));
    expect(r.warnings.some((w) => /^\[Service1\] Password \(line \d+\): not written: the PST password/.test(w))).toBe(true);
    expect(errorsOf(r.doc)).toEqual([]);
  });

  it('Exchange is single copy (MSEMS): the second is refused with MAPI_E_NO_ACCESS in the report', () => {
    const r = one(
      prf(
        ['Custom=1', 'ProfileName=A'],
        ['Service1=Microsoft Exchange Server', 'Service2=Microsoft Exchange Server'],
        ['[Service1]', 'HomeServer=a', '[Service2]', 'HomeServer=b'],
      ),
    );
    expect(profileView(r.doc).services.map((s) => s.serviceName)).toEqual(['MSEMS']);
    expect(valueAt(r.doc, serviceOf(r.doc, 'MSEMS').uid, '001e6608')).toEqual({ type: REG_SZ, data: utf16z('a') });
    expect(r.warnings.some((w) => w.startsWith('Service2: MSEMS was not created: Service ') && w.includes('SERVICE_SINGLE_COPY'))).toBe(
      true,
    );
    expect(errorsOf(r.doc)).toEqual([]);
  });

  it('UniqueService=Yes skips a second service of the same PR_SERVICE_NAME; No creates it', () => {
    const list = ['Service1=Unicode Personal Folders', 'Service2=Unicode Personal Folders'];
    const values = (unique: string) => [
      '[Service1]',
      'PathAndFilenameToPersonalFolders=C:\\1.pst',
      '[Service2]',
      unique,
      'PathAndFilenameToPersonalFolders=C:\\2.pst',
    ];
    const skipped = one(prf(['Custom=1', 'ProfileName=A'], list, values('UniqueService=Yes')));
    expect(profileView(skipped.doc).services).toHaveLength(1);
    expect(skipped.warnings.some((w) => w.startsWith('Service2: UniqueService=Yes and the profile already has a MSUPST MS service'))).toBe(
      true,
    );
    const both = one(prf(['Custom=1', 'ProfileName=A'], list, values('UniqueService=No')));
    expect(profileView(both.doc).services).toHaveLength(2);
    expect(errorsOf(both.doc)).toEqual([]);
  });

  it('a service missing from the catalog given is skipped and reported', () => {
    const catalog = parseMapiSvc(DEFAULT_CATALOG_TEXT.replace('CONTAB=Outlook Address Book\n', ''));
    const r = importPrf(
      bytesOf(prf(['Custom=1', 'ProfileName=A'], ['Service1=Outlook Address Book', 'Service2=Unicode Personal Folders'])),
      't.prf',
      catalog,
    );
    expect(profileView(r.profiles[0]!).services.map((s) => s.serviceName)).toEqual(['MSUPST MS']);
    expect(en(r.warnings)).toContain(
      'Service1: service CONTAB ([Outlook Address Book]) is not in the catalog; not created, and its 0 value(s) were not written',
    );
  });
});

describe('malformed PRFs: a FormatError with the line, through readProfilesFile', () => {
  const base = prf(['Custom=1', 'ProfileName=A'], ['Service1=Unicode Personal Folders']);
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;
  it.each([
    [
      'OverwriteProfile=Maybe',
      base.replace('ProfileName=A', 'ProfileName=A\nOverwriteProfile=Maybe'),
      'OverwriteProfile=Maybe',
      /OverwriteProfile must be Yes, No or Append/,
    ],
    [
      'an unknown PT_ type in a mapping',
      base.replace('HomeServer=PT_STRING8,0x6608', 'HomeServer=PT_NOPE,0x6608'),
      'HomeServer=PT_NOPE',
      /unknown property type "PT_NOPE"/,
    ],
    [
      'a ProfileName with a backslash',
      base.replace('ProfileName=A', 'ProfileName=A\\B'),
      'ProfileName=A\\B',
      /ProfileName "A\\B" is not a valid profile name: it contains "\\"/,
    ],
  ])('%s', (_what, text, needle, message) => {
    let error: unknown;
    try {
      readProfilesFile(bytesOf(text), 'bad.prf', 'auto');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormatError);
    const f = error as FormatError;
    expect(f.line).toBe(lineOf(text, needle));
    expect(f.message).toMatch(message);
    expect(f.located('bad.prf')).toMatch(new RegExp(`^bad\\.prf:${f.line}: `));
  });

  it('readProfilesFile detects a PRF and returns its profile, defaults and report', () => {
    const r = readProfilesFile(bytesOf(SERVICES_PRF()), 'x.prf');
    expect(r.format).toBe('prf');
    expect(r.profiles.map((p) => p.name)).toEqual(['Contoso']);
    expect(r.defaults).toEqual([{ root: PROFILE_ROOTS.office16, name: 'Contoso' }]);
    expect(r.warnings.length).toBeGreaterThan(5);
  });
});

describe('importPrf: the report as reasons and parameters, for the window to say in French', () => {
  it('gives each warning of a file full of problems its own reason, and a French sentence', () => {
    const r = importPrf(bytesOf(SERVICES_PRF()), 'x.prf');
    expect(r.warnings.length).toBeGreaterThan(5);
    for (const w of r.warnings) {
      expect(importWarningText('fr', w)).not.toBe(importWarningText('en', w));
    }
    expect(r.warnings).toContainEqual({
      reason: 'prfUnmappedKey',
      params: { key: 'AccountName', mapping: 'Microsoft Exchange Server', line: 62 },
    });
  });

  it('a service refused by the catalog carries the error as its cause, said in the same language', () => {
    const r = importPrf(
      bytesOf(
        prf(
          ['Custom=1', 'ProfileName=A'],
          ['Service1=Microsoft Exchange Server', 'Service2=Microsoft Exchange Server'],
          ['[Service1]', 'HomeServer=a', '[Service2]', 'HomeServer=b'],
        ),
      ),
      't.prf',
    );
    const refused = r.warnings.find((w) => w.reason === 'prfServiceNotCreated');
    expect(refused).toMatchObject({
      params: { service: 'Service2', serviceName: 'MSEMS' },
      cause: { reason: 'singleCopyService', params: { serviceName: 'MSEMS', profile: 'A' } },
    });
    expect(importWarningText('fr', refused!)).toMatch(
      /^Service2 : MSEMS n’a pas été créé : Le service « .* » \(MSEMS\) porte SERVICE_SINGLE_COPY, et le profil « A » contient déjà/,
    );
  });

  it('says which secret was not written, and the counts and lines of the rest', () => {
    const pst = importPrf(
      bytesOf(prf(['Custom=1', 'ProfileName=A'], ['Service1=Personal Folders'], ['[Service1]', 'Password=secret'])),
      't.prf',
    );
    expect(pst.warnings).toContainEqual({
      reason: 'prfPstPasswordNotWritten',
      params: { service: 'Service1', key: 'Password', line: expect.any(Number) },
    });
    const catalog = parseMapiSvc(DEFAULT_CATALOG_TEXT.replace('CONTAB=Outlook Address Book\n', ''));
    const missing = importPrf(bytesOf(prf(['Custom=1', 'ProfileName=A'], ['Service1=Outlook Address Book'])), 't.prf', catalog);
    expect(missing.warnings).toContainEqual({
      reason: 'prfServiceNotInCatalog',
      params: { service: 'Service1', serviceName: 'CONTAB', mapping: 'Outlook Address Book', count: 0 },
    });
    const backup = importPrf(bytesOf(prf(['Custom=1', 'ProfileName=A', 'BackupProfile=No'], [])), 't.prf');
    expect(backup.warnings.map((w) => importWarningText('fr', w))).toEqual([
      expect.stringMatching(/^BackupProfile=No \(ligne \d+\) : Outlook ne garderait pas de copie « Backup of »/),
    ]);
  });
});

describe('a PRF read as Outlook reads it (Windows INI rules)', () => {
  it('imports a PRF with lines Windows skips, and names each ignored line in English and French', () => {
    // As PRFs are published in documentation: a comment in another style, a line wrapped from the one
    // before, a stray word, a key repeated (the first value counts).
    const text = prf(['Custom=1', 'ProfileName=A', '# Set the profile name above', 'profilename=B'], ['Service1=Unicode Personal Folders'])
      .replace('[Service List]', '[Service List]\n   the list of services to add,\n   one per line')
      .replace('[Internet Account List]', 'Oops\n[Internet Account List]');
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.trim() === needle) + 1;
    const r = importPrf(bytesOf(text), 't.prf');
    expect(r.profiles.map((p) => p.name)).toEqual(['A']);
    expect(profileView(r.profiles[0]!).services.length).toBe(1);
    const ignored = r.warnings.filter((w) => w.reason.startsWith('ini'));
    expect(ignored.map((w) => importWarningText('en', w))).toEqual([
      `line ${lineOf('# Set the profile name above')}: "# Set the profile name above" is not a [Section] header, a key=value entry or a ; comment: ignored, as Windows ignores it`,
      `line ${lineOf('the list of services to add,')}: "the list of services to add," is not a [Section] header, a key=value entry or a ; comment: ignored, as Windows ignores it`,
      `line ${lineOf('one per line')}: "one per line" is not a [Section] header, a key=value entry or a ; comment: ignored, as Windows ignores it`,
      `line ${lineOf('Oops')}: "Oops" is not a [Section] header, a key=value entry or a ; comment: ignored, as Windows ignores it`,
      `line ${lineOf('profilename=B')}: "profilename=B" sets a key already set at line ${lineOf('ProfileName=A')}: Windows reads only the first value`,
    ]);
    expect(importWarningText('fr', ignored[0]!)).toBe(
      `ligne ${lineOf('# Set the profile name above')} : « # Set the profile name above » n’est ni un en-tête [Section], ni une entrée clé=valeur, ni un commentaire ; : ignorée, comme Windows l’ignore`,
    );
  });

  it('MAPISVC.INF too: a stray line is skipped and reported, the catalog read', () => {
    const text = DEFAULT_CATALOG_TEXT.replace('[Services]', '[Services]\nThis file lists the message services.');
    const catalog = parseMapiSvc(text);
    expect(catalog.services.map((s) => s.name)).toEqual(parseMapiSvc(DEFAULT_CATALOG_TEXT).services.map((s) => s.name));
    const line = text.split(/\r?\n/).findIndex((l) => l.startsWith('This file lists')) + 1;
    expect(catalog.warnings).toContainEqual({
      section: '',
      line,
      message: `line ${line}: "This file lists the message services." is not a [Section] header, a key=value entry or a ; comment: ignored, as Windows ignores it`,
    });
  });
});
