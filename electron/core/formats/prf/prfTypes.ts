/**
 * The PRF model (docs/file-formats.md §5): what `parsePrf` returns and `writePrf` takes. Line numbers are set by
 * the reader and optional for models built in code.
 */
import type { ImportWarning } from '../../../../shared/i18n/importWarnings.js';
import type { IniEncoding, IniIgnored } from './iniText.js';

/** One `key=value` line of a PRF, as written (key and value trimmed). */
export interface PrfEntry {
  key: string;
  value: string;
  line?: number;
}

/** `OverwriteProfile=Yes|No|Append` (docs/file-formats.md §5.2). */
export type PrfOverwrite = 'yes' | 'no' | 'append';

/** Section 1 `[General]`, typed (docs/file-formats.md §5.2). Keys the reader does not know stay in `other`. */
export interface PrfGeneral {
  /** `Custom=1`: the file is a customized PRF. */
  custom?: boolean;
  profileName?: string;
  /** `DefaultProfile=Yes|No`. */
  defaultProfile?: boolean;
  overwriteProfile?: PrfOverwrite;
  /** `ModifyDefaultProfileIfPresent=TRUE|FALSE`. */
  modifyDefaultProfileIfPresent?: boolean;
  /** `BackupProfile=No` (or `False`, TechNet's spelling). */
  backupProfile?: boolean;
  /** `DefaultStore=ServiceN`: the key of the `[Service List]` entry holding the default store. */
  defaultStore?: string;
  /** Every other key, in file order. */
  other: PrfEntry[];
  /** Line of each typed key (`ProfileName` → 12), as read. */
  lines?: Partial<Record<PrfGeneralKey, number>>;
}

export type PrfGeneralKey = Exclude<keyof PrfGeneral, 'other' | 'lines'>;

/**
 * One `[Service List]` entry. `key` names both the Section 4 section holding the values (`[Service1]`) and
 * the slot; `mappingName` names the Section 6 section that maps them (`Microsoft Exchange Server`).
 */
export interface PrfServiceRef {
  /** `Service1`, `ServiceX`, `ServiceEGS1`… */
  key: string;
  /** `service` = ServiceN, `client` = ServiceX (Microsoft Outlook Client), `egs` = ServiceEGSn/ServiceEGSX. */
  kind: 'service' | 'client' | 'egs' | 'other';
  /** For `egs`: the service slot it pairs with (`ServiceEGS1` → `Service1`). */
  pairsWith?: string;
  mappingName: string;
  line?: number;
}

/** One `[Internet Account List]` entry: `Account1=I_Mail`. */
export interface PrfAccountRef {
  key: string;
  mappingName: string;
  line?: number;
}

/** A Section 4/5 section (`[Service1]`, `[Account1]`): its entries in file order, duplicates kept. */
export interface PrfValueSection {
  name: string;
  line?: number;
  entries: PrfEntry[];
}

/** One line of a Section 6/7 mapping table: `MailboxName=PT_STRING8,0x6607`. */
export interface PrfMapping {
  key: string;
  /** `PT_STRING8` (upper case, as the table of names spells it). */
  ptypeName: string;
  ptype: number;
  /** Property id (`0x6607`); for Section 7 an account-manager PROP_ id, not a MAPI property. */
  id: number;
  /** (id << 16) | ptype. Meaningful as a MAPI tag for Section 6 only. */
  tag: number;
  /** The id as written (`0x6607`, `0x001e3001`), kept so the writer gives back the same text. */
  idText?: string;
  line?: number;
}

/**
 * A Section 6 (service) or Section 7 (account) mapping table, read from the file itself — the tables differ
 * between Outlook versions (docs/file-formats.md §5.5).
 */
export interface PrfMappingSection {
  name: string;
  /** `account` when the section has `AccountType=` (Section 7), else `service` (Section 6). */
  kind: 'service' | 'account';
  /** `ServiceName=MSEMS`: the MAPI service the values go to. */
  serviceName?: string;
  /** `SectionGUID=13dbb0c8…`: a fixed profile section (32 hex digits, as written). */
  sectionGuid?: string;
  /** `MDBGUID=5494A1C0…`: the Exchange store provider (32 hex digits, as written). */
  mdbGuid?: string;
  /** `AccountType=POP3|IMAP|HTTP…`. */
  accountType?: string;
  mappings: PrfMapping[];
  /** Lines that are neither one of the four keys above nor a mapping, kept as written. */
  attributes: PrfEntry[];
  line?: number;
}

/** A whole PRF file. */
export interface PrfFile {
  general: PrfGeneral;
  serviceList: PrfServiceRef[];
  internetAccountList: PrfAccountRef[];
  /** `[ServiceN]`, `[ServiceX]`, `[ServiceEGSn]` sections, in file order. */
  services: PrfValueSection[];
  /** `[AccountN]` sections, in file order. */
  accounts: PrfValueSection[];
  /** Section 6 and 7 tables, in file order. */
  mappings: PrfMappingSection[];
  /** Sections that are none of the above, kept verbatim. */
  otherSections: PrfValueSection[];
  /** Encoding of the file read; absent on models built in code. */
  encoding?: IniEncoding;
  /** Lines Windows' INI reader skips (iniText.ts), reported as import warnings. */
  ignored?: IniIgnored[];
}

/** A typed value from a Section 4/5 entry. */
export type PrfValue = number | boolean | string | Uint8Array;

/** A `[ServiceN]` entry resolved through its Section 6 mapping. */
export interface ResolvedPrfProperty {
  key: string;
  /** Full MAPI tag (`0x6607001E`). */
  tag: number;
  ptypeName: string;
  value: PrfValue;
  raw: string;
  line?: number;
}

/** An `[AccountN]` entry resolved through its Section 7 mapping: an account-manager PROP_ id, not a tag. */
export interface ResolvedPrfAccountProperty {
  key: string;
  id: number;
  ptype: number;
  ptypeName: string;
  value: PrfValue;
  raw: string;
  line?: number;
}

export type PrfIssueKind =
  | 'unmapped-key'
  | 'invalid-value'
  | 'unsupported-type'
  | 'duplicate-key'
  | 'unknown-mapping-section'
  | 'unlisted-section'
  | 'unknown-default-store';

/** Something `resolvePrf` found that Outlook would ignore or refuse, with where it is. */
export interface PrfIssue {
  kind: PrfIssueKind;
  /** `Service1`, `Account2`, `General`… */
  section: string;
  key?: string;
  line?: number;
  /** What it is, as the window words it in its language (shared/i18n/importWarnings.ts). */
  warning: ImportWarning;
  /** The English sentence, without the line. */
  message: string;
}

export interface ResolvedPrfService {
  /** `Service1`, `ServiceX`, `ServiceEGS1`. */
  key: string;
  kind: PrfServiceRef['kind'];
  pairsWith?: string;
  mappingName: string;
  /** From the mapping section: where the values go. */
  serviceName?: string;
  sectionGuid?: string;
  mdbGuid?: string;
  /** `UniqueService=Yes|No`. */
  uniqueService?: boolean;
  /** `OverwriteExistingService=Yes|No`. */
  overwriteExistingService?: boolean;
  isDefaultStore: boolean;
  properties: ResolvedPrfProperty[];
  /** Keys with no mapping: Outlook writes them nowhere, silently (docs/file-formats.md §5.1). */
  unmapped: PrfEntry[];
}

export interface ResolvedPrfAccount {
  key: string;
  mappingName: string;
  accountType?: string;
  uniqueService?: boolean;
  /** `DefaultAccount=TRUE`. */
  defaultAccount?: boolean;
  properties: ResolvedPrfAccountProperty[];
  unmapped: PrfEntry[];
}

export interface ResolvedPrf {
  general: PrfGeneral;
  services: ResolvedPrfService[];
  accounts: ResolvedPrfAccount[];
  issues: PrfIssue[];
}
