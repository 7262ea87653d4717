/**
 * Well-known section UIDs as registry key names: 32 lowercase hex digits of the MAPIUID bytes in memory
 * order (docs/mapi-profiles.md §12, docs/file-formats.md §2.2).
 */
/** The Outlook account manager key as real profiles spell it, in mixed case (docs/file-formats.md §2.2, §2.3). */
export const ACCOUNT_MANAGER_KEY = '9375CFF0413111d3B88A00104B2A6676';

export const SECTION = {
  /** MAPI's master section: PR_SERVICES, master PR_STORE/AB/TRANSPORT_PROVIDERS, AB search path. */
  master: '9207f3e0a3b11019908b08002b2a56c2',
  /** MUID_PROFILE_INSTANCE: PR_SEARCH_KEY, the profile's unique identity. */
  profileInstance: '8503020000000000c000000000000046',
  /** pbGlobalProfileSectionGuid, the Exchange global section (fixed UID from MAPISVC.INF). */
  exchangeGlobal: '13dbb0c8aa05101a9bb000aa002fc45a',
  /** IID_CAPONE_PROF, Outlook's global profile section. */
  outlookGlobal: '0a0d020000000000c000000000000046',
  /** Outlook account manager; not a MAPI section, spelled in mixed case in real profiles. */
  accountManager: ACCOUNT_MANAGER_KEY.toLowerCase(),
  /** muidEMSAB, the Exchange address book section. */
  exchangeAddressBook: 'dca740c8c042101ab4b908002b2fe182',
} as const;

/** A key name is a section UID when it is 32 hex digits (compared case-insensitively). */
export const isSectionKeyName = (name: string): boolean => /^[0-9a-fA-F]{32}$/.test(name);

/** A well-known section: its symbolic name (language-neutral; the renderer translates by `key`). */
export interface SectionInfo {
  /** Stable id, used as the i18n key of the label. */
  key: string;
  /** The symbolic name from headers or MFCMAPI (docs/mapi-profiles.md §12, docs/file-formats.md §2.2). */
  name: string;
  /** Whether the name and role are documented (false: observed or inferred). */
  documented: boolean;
}

/** Well-known section key names (lowercase) → what they are. */
export const WELL_KNOWN_SECTIONS: Readonly<Record<string, SectionInfo>> = {
  [SECTION.master]: { key: 'master', name: 'MAPI master section', documented: false },
  [SECTION.profileInstance]: { key: 'profileInstance', name: 'MUID_PROFILE_INSTANCE', documented: true },
  [SECTION.exchangeGlobal]: { key: 'exchangeGlobal', name: 'pbGlobalProfileSectionGuid', documented: true },
  [SECTION.outlookGlobal]: { key: 'outlookGlobal', name: 'IID_CAPONE_PROF', documented: false },
  [SECTION.accountManager]: { key: 'accountManager', name: 'Outlook account manager', documented: false },
  [SECTION.exchangeAddressBook]: { key: 'exchangeAddressBook', name: 'muidEMSAB', documented: false },
  '9815ac08aab0101a8c9308002b2a56c2': { key: 'profilePropertiesInit', name: 'PS_PROFILE_PROPERTIES_INIT', documented: true },
  '85ed14239df742668bf2fbd4a5212941': { key: 'nstGlobal', name: 'pbNSTGlobalProfileSectionGuid', documented: true },
  f86ed2903a4a11cfb57e524153480001: { key: 'unknownF86ed290', name: 'f86ed290… (unknown, holds a PT_CLSID)', documented: false },
  '3517490d76624c419a828607e2a54604': { key: 'unknown3517490d', name: '3517490d… (unknown, holds "Outlook")', documented: false },
};

/** The well-known section of a key name (case-insensitive), if any. */
export const wellKnownSection = (keyName: string): SectionInfo | undefined => WELL_KNOWN_SECTIONS[keyName.toLowerCase()];

/**
 * The provider UIDs an entry ID names at offset 4 (docs/mapi-profiles.md §12.3, §14): Smart View picks
 * the layout of the rest by them (shared/smartView/entryId.ts).
 */
export const ENTRY_ID_PROVIDER = {
  /** muidStoreWrap: a wrapped store entry ID (version, flag, DLL name, the provider's own entry ID). */
  storeWrap: '38a1bb1005e5101aa1bb08002b2a56c2',
  /** muidEMSAB: an Exchange address-book entry ID (version, type, X500 DN); the same UID names its section. */
  emsab: SECTION.exchangeAddressBook,
  /** MAPI_ONE_OFF_UID (muidOOP): a one-off recipient (flags, display name, address type, address). */
  oneOff: '812b1fa4bea310199d6e00dd010f5402',
  /** muidContabDLL: the Outlook Address Book (CONTAB) provider. */
  contab: 'fe42aa0a18c71a10e8850b651c240000',
  /** WAB_GUID {D3AD91C0-9D51-11CF-A4A9-00AA0047FAA4}: a wrapped contact entry ID (MFCMAPI guid.h). */
  wab: 'c091add3519dcf11a4a900aa0047faa4',
  /** MSPST_UID_PROVIDER ("NITA"): the uid of a PST store's unwrapped entry ID. */
  mspst: '4e495441f9bfb80100aa0037d96e0000',
} as const;

/** Constant provider/type UIDs (docs/mapi-profiles.md §12.3): never remapped by a copy. */
export const CONSTANT_UIDS: Readonly<Record<string, string>> = {
  [ENTRY_ID_PROVIDER.mspst]: 'MSPST_UID_PROVIDER',
  '5494a1c0297f101ba58708002b2a2517': 'pbExchangeProviderPrimaryUserGuid',
  '9eb4770074e411ce8c5e00aa004254e2': 'pbExchangeProviderDelegateGuid',
  '78b2fa70aff711cd9bc800aa002fc45a': 'pbExchangeProviderPublicGuid',
  a90640e0d69311cdaf9500aa004a35c3: 'pbExchangeProviderXportGuid',
  '2de56ba1646e11d28d4e00c04fae2371': 'pbExchangeProviderLocalStoreGuid',
  '98a23d6762cf4d348279dbfa6a508b31': 'pbExchangeProviderPersistStoreGuid',
  e92feb759650448683b87de522aa4948: 'NST provider (sample)',
  b53bc2c02c77101aa1bc08002b2a56c2: 'PAB_PROVIDER_ID',
  [ENTRY_ID_PROVIDER.storeWrap]: 'muidStoreWrap',
  '1b55fa20aa6611cd9bc800aa002fc45a': 'Exchange wrapped provider (mailbox)',
  '1c830210aa6611cd9bc800aa002fc45a': 'Exchange wrapped provider (public)',
  [ENTRY_ID_PROVIDER.emsab]: 'muidEMSAB',
  [ENTRY_ID_PROVIDER.oneOff]: 'MAPI_ONE_OFF_UID',
  [ENTRY_ID_PROVIDER.contab]: 'muidContabDLL',
  [ENTRY_ID_PROVIDER.wab]: 'WAB_GUID',
  '1a447390aa6611cd9bc800aa002fc45a': 'pbLongTermNonPrivateGuid',
  '50a70a6155ded3119d6000c04f4c8efa': 'LDAP AB provider',
};

/** Account-manager class ids (docs/file-formats.md §2.3), lowercase with braces → name. */
export const ACCOUNT_CLSIDS: Readonly<Record<string, string>> = {
  '{ed475414-b0d6-11d2-8c3b-00104b2a6676}': 'CLSID_OlkMAPIAccount',
  '{ed475411-b0d6-11d2-8c3b-00104b2a6676}': 'CLSID_OlkPOP3Account',
  '{ed475412-b0d6-11d2-8c3b-00104b2a6676}': 'CLSID_OlkIMAP4Account',
  '{ed475415-b0d6-11d2-8c3b-00104b2a6676}': 'EAS account (inferred, Kopano)',
  '{4db5cbf0-3b77-4852-bc8e-bb81908861f3}': 'CLSID_OlkHotmailAccount',
  '{4db5cbf2-3b77-4852-bc8e-bb81908861f3}': 'CLSID_OlkLDAPAccount',
};

/** The class id of a name in {@link ACCOUNT_CLSIDS}, uppercase as Outlook writes it in an account's `clsid`. */
export function accountClsid(name: string): string {
  const clsid = Object.keys(ACCOUNT_CLSIDS).find((k) => ACCOUNT_CLSIDS[k] === name);
  if (!clsid) throw new Error(`no account class ${name}`);
  return clsid.toUpperCase();
}

/** The account-manager values that order accounts: u32 account ids, the first is the default. */
export const ACCOUNT_ORDER_VALUES = {
  mail: '{ED475418-B0D6-11D2-8C3B-00104B2A6676}',
  addressBook: '{ED475419-B0D6-11D2-8C3B-00104B2A6676}',
  store: '{ED475420-B0D6-11D2-8C3B-00104B2A6676}',
} as const;
