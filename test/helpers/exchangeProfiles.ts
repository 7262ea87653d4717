/**
 * Exchange profiles built from Microsoft's documented layouts, since none of the real samples holds an
 * Exchange account (docs/mapi-profiles.md §11.1, §11.4, §12, §13.2; docs/file-formats.md §2.2–§2.4):
 *
 * - {@link legacyExchange}: MSEMS as KB294470's MAPISVC.INF creates it (created by our own
 *   `createService` from the catalog, which carries the KB text verbatim) with its settings in the fixed
 *   Exchange global section 13dbb0c8… (pbGlobalProfileSectionGuid, listed in PR_SERVICE_EXTRA_UIDS);
 * - {@link modernExchange}: the Outlook 2010+ layout ("Using multiple Exchange accounts"): each account
 *   keeps its settings in its own emsmdbUID section named by PR_EMSMDB_SECTION_UID (01023d15) in the
 *   service section and in each provider section; that section is listed in PR_SERVICE_EXTRA_UIDS
 *   (KB3147130 layout) or not (`listedInExtraUids: false`); PR_EMSMDB_LEGACY (000b3d18) on the legacy
 *   account, the Outlook global section 0a0d02… carrying the legacy emsmdbUID; PR_EMSABP_USER_UID (01023d1a)
 *   naming an address-book section that real profiles often lack (Outlook creates it on demand); subkeys
 *   `<guid>@domain` under the emsmdbUID section (as real Exchange Online profiles show); an `S`-prefixed
 *   secure value (docs/file-formats.md §3.4); optional Online Archive and delegate store providers; an
 *   Outlook Address Book whose PR_CONTAB_STORE_ENTRYIDS / PR_CONTAB_FOLDER_ENTRYIDS (11026626 / 11026620)
 *   name the mailbox store; and an account-manager entry with its AcctSettingsNNNN preferences section.
 *
 * Layout details that no source states (which store GUID an Online Archive uses, the exact flags Outlook
 * writes) are marked (inferred); what matters to the tests is which section names which.
 */
import { createService } from '../../electron/core/admin/serviceAdmin.js';
import { emptyProfile } from '../../electron/core/admin/profileAdmin.js';
import { loadDefaultCatalog } from '../../electron/core/formats/mapisvc/index.js';
import type { KeyDoc, ProfileDoc, ValueDoc } from '../../shared/profileDoc.js';
import { PROFILE_ROOTS } from '../../shared/profileDoc.js';

const REG_SZ = 1;
const REG_BINARY = 3;
const REG_DWORD = 4;

export const SECTIONS = {
  master: '9207f3e0a3b11019908b08002b2a56c2',
  exchangeGlobal: '13dbb0c8aa05101a9bb000aa002fc45a',
  outlookGlobal: '0a0d020000000000c000000000000046',
  accountManager: '9375CFF0413111d3B88A00104B2A6676',
} as const;
/** Store-type constants (docs/mapi-profiles.md §12.3). */
const PRIMARY_USER_GUID = '5494a1c0297f101ba58708002b2a2517';
const DELEGATE_GUID = '9eb4770074e411ce8c5e00aa004254e2';
const STORE_WRAP = '38a1bb1005e5101aa1bb08002b2a56c2';
const EMS_MAILBOX = '1b55fa20aa6611cd9bc800aa002fc45a';

export const u32 = (n: number): string => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b.toString('hex');
};
export const utf16z = (s: string): string => Buffer.from(s + '\0', 'utf16le').toString('hex');
const ascii = (s: string): string => Buffer.from(s, 'latin1').toString('hex');
const bin = (name: string, data: string): ValueDoc => ({ name, type: REG_BINARY, data });
const text = (name: string, s: string): ValueDoc => bin(name, utf16z(s));
const long = (name: string, n: number): ValueDoc => bin(name, u32(n));
const bool = (name: string, b: boolean): ValueDoc => bin(name, b ? '0100' : '0000');

/** A wrapped Exchange mailbox store entry ID (docs/mapi-profiles.md §14.2): muidStoreWrap + "emsmdb.dll" + mailbox part. */
export function exchangeStoreEntryId(server: string, mailboxDn: string): string {
  const dll = ascii('emsmdb.dll') + '00000000'; // 10 characters + 4 NULs: the 14-byte field
  return '00000000' + STORE_WRAP + '0000' + dll + '00000000' + EMS_MAILBOX + u32(0x0c) + ascii(server) + '00' + ascii(mailboxDn) + '00';
}

/** An MV_BINARY in the 64-bit layout (docs/file-formats.md §3.3): count, {cb, pad, off64} entries, 4-aligned blobs. */
export function mvBinary64(items: string[]): string {
  let head = u32(items.length);
  let offset = 4 + 16 * items.length;
  let body = '';
  for (const item of items) {
    head += u32(item.length / 2) + '00000000' + u32(offset) + '00000000';
    const padded = item + '00'.repeat((4 - ((item.length / 2) % 4)) % 4);
    body += padded;
    offset += padded.length / 2;
  }
  return head + body;
}

/** UIDs `<prefix>…<n>`: deterministic, so a failing test names the same sections each run. */
export function uids(prefix: string): (n: number) => string {
  return (n) => prefix + n.toString(16).padStart(32 - prefix.length, '0');
}

export interface ModernExchangeOptions {
  /** PR_DISPLAY_NAME of the service (and the account), e.g. the SMTP address. */
  smtp?: string;
  /** The emsmdbUID section is listed in PR_SERVICE_EXTRA_UIDS (KB3147130 layout); default true. */
  listedInExtraUids?: boolean;
  onlineArchive?: boolean;
  delegate?: boolean;
  /** PR_EMSMDB_LEGACY on this service; default true. */
  legacy?: boolean;
  /** UID prefix of this account's sections (distinct per account in one profile). */
  prefix?: string;
  /** The account's number in the account manager. */
  accountId?: number;
}

export interface ExchangeAccount {
  service: string;
  emsmdb: string;
  mailbox: string;
  archive?: string;
  delegate?: string;
  ab: string;
  transport: string;
  preferences: string;
  /** PR_EMSABP_USER_UID: an address-book section the profile does not hold (created on demand). */
  emsabpUser: string;
  accountPath: string;
  keys: KeyDoc[];
  storeEntryId: string;
}

/** One Exchange account of the Outlook 2010+ layout: its sections and account entry (not yet in a profile). */
export function exchangeAccount(o: ModernExchangeOptions = {}): ExchangeAccount {
  const smtp = o.smtp ?? 'adele@contoso.com';
  const id = o.accountId ?? 1;
  const uid = uids(o.prefix ?? 'e1');
  const a = {
    service: uid(1),
    emsmdb: uid(2),
    mailbox: uid(3),
    ab: uid(4),
    transport: uid(5),
    preferences: uid(6),
    emsabpUser: uid(7),
    archive: o.onlineArchive ? uid(8) : undefined,
    delegate: o.delegate ? uid(9) : undefined,
  };
  const stores = [a.mailbox, a.archive, a.delegate].filter((s): s is string => s !== undefined);
  const storeEntryId = exchangeStoreEntryId(
    'outlook.office365.com',
    `/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=${smtp}`,
  );
  const accountPath = `${SECTIONS.accountManager}\\${id.toString(16).toUpperCase().padStart(8, '0')}`;
  const back = [bin('01023d0c', a.service), bin('01023d15', a.emsmdb)];
  const provider = (uidOf: string, type: number, dll: string, name: string, extra: ValueDoc[]): KeyDoc => ({
    path: uidOf,
    values: [
      ...back,
      long('00033e03', type),
      text('001f300a', dll),
      text('001f3001', name),
      text('001f3006', 'Microsoft Exchange Message Store'),
      ...extra,
    ],
  });
  const keys: KeyDoc[] = [
    {
      path: a.service,
      values: [
        text('001f3d09', 'MSEMS'),
        text('001f3001', smtp),
        text('001f3d0a', 'emsui.dll'),
        bin('001e3d0b', ascii('EMSCfg') + '00'),
        // (inferred) Outlook 2010+ allows several Exchange accounts, so not SERVICE_SINGLE_COPY.
        long('00033009', 0),
        bin('01023d00', stores.join('')),
        bin('01023d01', a.ab),
        bin('01023d02', a.transport),
        ...(o.listedInExtraUids === false ? [] : [bin('01023d0d', a.emsmdb)]),
        bin('01023d15', a.emsmdb),
        bool('000b3d18', o.legacy ?? true),
      ],
    },
    {
      path: a.emsmdb,
      values: [
        long('00036600', 0x501),
        long('00036601', 0x1 | 0x80), // CONFIG_SERVICE, cached mode (inferred bits)
        text('001f6641', smtp),
        text('001f662a', 'outlook.office365.com'),
        text('001f6610', `C:\\Users\\adele\\AppData\\Local\\Microsoft\\Outlook\\${smtp}.ost`),
        bin('01023d15', a.emsmdb),
        bin('01023d1a', a.emsabpUser),
        bin('S010267f0', 'a5'.repeat(40)), // PR_PROFILE_SECURE_MAILBOX, sealed per user and machine
      ],
    },
    { path: `${a.emsmdb}\\5c1fe2d3c0e44a7e9f4ab2f3e5d6c7b8@contoso.com`, values: [text('001f6641', smtp), long('00036603', 7)] },
    provider(a.mailbox, 0x21, 'emsmdb.dll', `Mailbox - ${smtp}`, [
      bin('01023414', PRIMARY_USER_GUID),
      long('0003660a', 1),
      // KB294470's private store: STATUS_DEFAULT_STORE | STATUS_PRIMARY_IDENTITY | STATUS_PRIMARY_STORE on the
      // first account; a profile has one default store and one identity, so a second account has neither.
      long('00033009', (o.legacy ?? true) ? 0x2 | 0x4 | 0x1000 : 0x1000),
      bin('01020fff', storeEntryId),
    ]),
    ...(a.archive
      ? [
          provider(a.archive, 0x21, 'emsmdb.dll', `Online Archive - ${smtp}`, [
            bin('01023414', DELEGATE_GUID),
            long('0003660a', 2),
            long('00033009', 0x40),
          ]),
        ] // (inferred) opened like a delegate store
      : []),
    ...(a.delegate
      ? [
          provider(a.delegate, 0x21, 'emsmdb.dll', 'Mailbox - Shared Sales', [
            bin('01023414', DELEGATE_GUID),
            long('0003660a', 2),
            long('00033009', 0x40),
            bin('001e660b', ascii('/o=ExchangeLabs/cn=sales') + '00'),
          ]),
        ]
      : []),
    provider(a.ab, 0x23, 'emsabp.dll', 'Microsoft Exchange Directory Service', []),
    provider(a.transport, 0x24, 'emsmdb.dll', 'Microsoft Exchange Transport', []),
    { path: a.preferences, values: [text('001f3001', `AcctSettings${id.toString(16).padStart(4, '0')}`)] },
    {
      path: accountPath,
      values: [
        { name: 'clsid', type: REG_SZ, data: utf16z('{ED475414-B0D6-11D2-8C3B-00104B2A6676}') },
        { name: 'Mini UID', type: REG_DWORD, data: u32(0x5a5a0000 + id) },
        bin('Service UID', a.service),
        { name: 'Service Name', type: REG_SZ, data: utf16z('MSEMS') },
        { name: 'Account Name', type: REG_SZ, data: utf16z(smtp) },
        bin('Preferences UID', a.preferences),
        bin('XP Provider UID', a.transport),
      ],
    },
  ];
  return { ...a, keys, storeEntryId, accountPath };
}

export interface ExchangeProfileOptions {
  name?: string;
  root?: string;
  accounts?: ModernExchangeOptions[];
  /** An Outlook Address Book whose contact folders live in the first account's mailbox. */
  contab?: boolean;
}

/** A whole profile holding the given Exchange accounts (default: one), in the Outlook 2010+ layout. */
export function modernExchange(o: ExchangeProfileOptions = {}): {
  doc: ProfileDoc;
  accounts: ExchangeAccount[];
  contab?: { service: string; provider: string };
} {
  const accountOptions = o.accounts ?? [{}];
  const accounts = accountOptions.map((opt, i) => exchangeAccount({ prefix: `e${i + 1}`, accountId: i + 1, legacy: i === 0, ...opt }));
  const base = emptyProfile(o.name ?? 'Exchange', o.root ?? PROFILE_ROOTS.office16);
  const keys: KeyDoc[] = base.keys.filter((k) => k.path === '' || k.path.toLowerCase() === '8503020000000000c000000000000046');
  const services = accounts.map((a) => a.service);
  const storeList = accounts.flatMap((a) => [a.mailbox, a.archive, a.delegate].filter((s): s is string => s !== undefined));
  let contab: { service: string; provider: string } | undefined;
  const extra: KeyDoc[] = [];
  if (o.contab) {
    contab = { service: 'c0' + '0'.repeat(29) + '1', provider: 'c0' + '0'.repeat(29) + '2' };
    services.push(contab.service);
    const folderEid = accounts[0]!.storeEntryId.slice(0, 48) + 'aa'.repeat(22); // a folder entry ID in that store (inferred shape)
    extra.push(
      {
        path: contab.service,
        values: [
          text('001f3d09', 'CONTAB'),
          text('001f3001', 'Outlook Address Book'),
          long('00033009', 0x22),
          bin('01023d01', contab.provider),
        ],
      },
      {
        path: contab.provider,
        values: [
          bin('01023d0c', contab.service),
          long('00033e03', 0x23),
          text('001f3001', 'Outlook Address Book'),
          bin('11026626', mvBinary64([accounts[0]!.storeEntryId])),
          bin('11026620', mvBinary64([folderEid])),
        ],
      },
    );
  }
  keys.push({
    path: SECTIONS.master,
    values: [
      bin('01023d0e', services.join('')),
      bin('01023d00', storeList.join('')),
      bin('01023d01', [...accounts.map((a) => a.ab), ...(contab ? [contab.provider] : [])].join('')),
      bin('01023d02', accounts.map((a) => a.transport).join('')),
    ],
  });
  keys.push({ path: SECTIONS.outlookGlobal, values: [bin('01023d15', accounts[0]!.emsmdb)] });
  keys.push({ path: SECTIONS.exchangeGlobal, values: [] }); // real profiles keep it, empty (docs/file-formats.md §2.2)
  for (const a of accounts) keys.push(...a.keys.filter((k) => !k.path.startsWith(SECTIONS.accountManager)));
  keys.push(...extra);
  const ids = accounts.map((_, i) => i + 1);
  keys.push({
    path: SECTIONS.accountManager,
    values: [
      { name: 'NextAccountID', type: REG_DWORD, data: u32(accounts.length + 1) },
      { name: 'Version', type: REG_DWORD, data: u32(2) },
      bin('LastChangeVer', u32(0x0f) + '00000000'),
      bin('{ED475418-B0D6-11D2-8C3B-00104B2A6676}', ids.map(u32).join('')),
      bin('{ED475419-B0D6-11D2-8C3B-00104B2A6676}', ''),
      bin('{ED475420-B0D6-11D2-8C3B-00104B2A6676}', ''),
    ],
  });
  for (const a of accounts) keys.push(...a.keys.filter((k) => k.path.startsWith(SECTIONS.accountManager)));
  return { doc: { ...base, id: o.name ?? 'exchange', keys }, accounts, ...(contab ? { contab } : {}) };
}

/**
 * MSEMS as KB294470's MAPISVC.INF creates it (the catalog holds the KB text verbatim), with the settings
 * a configured legacy account keeps in the fixed Exchange global section 13dbb0c8…: PR_PROFILE_VERSION,
 * PR_PROFILE_CONFIG_FLAGS, PR_PROFILE_CONNECT_FLAGS, PR_PROFILE_TRANSPORT_FLAGS (the INF's values), the
 * home server and the user (docs/mapi-profiles.md §11.4, §13.2).
 */
export function legacyExchange(name = 'Legacy', root: string = PROFILE_ROOTS.messaging): { doc: ProfileDoc; service: string } {
  const msems = loadDefaultCatalog().services.find((s) => s.name === 'MSEMS')!;
  let n = 0;
  const { doc, serviceUid } = createService({ ...emptyProfile(name, root), id: name.toLowerCase() }, msems, {
    newUid: () => 'a0' + (++n).toString(16).padStart(30, '0'),
  });
  const keys = doc.keys.map((k) =>
    k.path.toLowerCase() === SECTIONS.exchangeGlobal
      ? {
          ...k,
          values: [
            ...k.values,
            bin('001e6602', ascii('EXCH01') + '00'),
            bin('001e6603', ascii('/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=adele') + '00'),
            text('001f6610', 'C:\\Users\\adele\\outlook.ost'),
          ],
        }
      : k,
  );
  return { doc: { ...doc, keys }, service: serviceUid };
}
