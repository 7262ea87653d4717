/**
 * The PRF fixtures: `test/fixtures/prf/oct16_layout.prf`, a PRF written for this repository in the layout the
 * Office Customization Tool writes (Sections 1–7, the full OCT 2016 Section 6 and 7 mapping tables,
 * docs/file-formats.md §5.1–§5.5), and PRFs derived from it by the tests: its mapping tables with a
 * [Service List], [Internet Account List] and Section 4/5 values written here.
 *
 * The real OCT sample (of unknown licence, outside the repository) is reached through extraRealData.ts only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const OCT_PRF_PATH = resolve(import.meta.dirname, '../../../fixtures/prf/oct16_layout.prf');
export const OCT_PRF_NAME = 'oct16_layout.prf';
export const octPrfBytes = (): Uint8Array => new Uint8Array(readFileSync(OCT_PRF_PATH));
export const octPrfText = (): string => readFileSync(OCT_PRF_PATH, 'latin1');

/** The OCT-layout PRF with its `[General]`, `[Service List]` and `[Internet Account List]` bodies replaced, plus sections. */
export function derivePrf(parts: { general?: string[]; serviceList?: string[]; accounts?: string[]; sections?: string }): string {
  let text = octPrfText();
  const replaceBody = (header: string, lines: string[] | undefined) => {
    if (!lines) return;
    const start = text.indexOf(header);
    const bodyStart = start + header.length;
    const rest = text.slice(bodyStart).search(/\n; ?\*{10}/);
    const next = bodyStart + rest;
    text = text.slice(0, bodyStart) + '\n' + lines.join('\n') + '\n' + text.slice(next);
  };
  replaceBody('[General]', parts.general);
  replaceBody('[Service List]', parts.serviceList);
  replaceBody('[Internet Account List]', parts.accounts);
  if (parts.sections) {
    const at = text.search(/^; ?\*{10,}\n; Section 5/m);
    text = text.slice(0, at) + parts.sections + '\n' + text.slice(at);
  }
  return text;
}

/** A full PRF: services of every kind the sample maps, two internet accounts, one of each problem. */
export const SERVICES_PRF = (): string =>
  derivePrf({
    general: ['Custom=1', 'ProfileName=Contoso', 'DefaultProfile=Yes', 'OverwriteProfile=Yes', 'DefaultStore=Service2'],
    serviceList: [
      'ServiceX=Microsoft Outlook Client',
      'Service1=Microsoft Exchange Server',
      'ServiceEGS1=Exchange Global Section',
      'Service2=Unicode Personal Folders',
      'Service3=Personal Address Book',
      'Service4=Outlook Address Book',
      'Service5=LDAP Directory',
    ],
    accounts: ['Account1=I_Mail', 'Account2=IMAP_I_Mail'],
    sections: [
      '[ServiceX]',
      'CachedExchangeMode=0x00000002',
      'CachedExchangeSlowDetect=TRUE',
      '',
      '[Service1]',
      'UniqueService=Yes',
      'OverwriteExistingService=No',
      'MailboxName=%UserName%',
      'HomeServer=exch01.contoso.com',
      'OfflineFolderPathAndFilename=%LocalAppData%\\Microsoft\\Outlook\\%UserName%.ost',
      'AccountName=Work',
      '',
      '[ServiceEGS1]',
      'ConfigFlags=0x00000100',
      'RPCoverHTTPflags=0x0027',
      'RPCProxyServer=mail.contoso.com',
      'RPCProxyAuthScheme=1',
      'AccountName=Work',
      '',
      '[Service2]',
      'Name=Archive',
      'PathAndFilenameToPersonalFolders=C:\\pst\\archive.pst',
      'EncryptionType=0x80000000',
      'RememberPassword=FALSE',
      '',
      '[Service3]',
      'NameOfPAB=My PAB',
      'PathAndFilename=C:\\pab\\my.pab',
      'ShowNamesBy=1',
      '',
      '[Service5]',
      'ServerName=ldap.contoso.com',
      'UseSSL=1',
      'ConnectionPort=636',
      'DefaultSearch=0x0',
      'BogusKey=1',
      'UseSPA=maybe',
      '',
      '[Account1]',
      'UniqueService=Yes',
      'AccountName=Home POP',
      'POP3Server=pop.example.com',
      'POP3Port=995',
      'POP3UseSSL=1',
      'LeaveOnServer=0x00000001',
      'DefaultAccount=TRUE',
      '',
      '[Account2]',
      'AccountName=IMAP',
      'IMAPServer=imap.example.com',
      'IMAPPort=notanumber',
      'IMAPServer=second.example.com',
      '',
    ].join('\n'),
  });

/** A copy of a parsed structure without line numbers (which a round trip does not keep). */
export function withoutLines<T>(value: T): T {
  return JSON.parse(
    // `ignored`: the lines Windows' INI reader skips are not part of the model (a writer never writes them).
    JSON.stringify(value, (k, v: unknown) => (k === 'line' || k === 'lines' || k === 'encoding' || k === 'ignored' ? undefined : v)),
  ) as T;
}
