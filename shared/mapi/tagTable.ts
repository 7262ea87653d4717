/**
 * Names and copy classes of the property tags found in profile sections (docs/mapi-profiles.md §11.1–11.5).
 * UI labels, `mpe show` and the copy engine read names and classes from here.
 *
 * Ids 0x6600–0x67FF are provider-defined: the same id means different things per provider (0x6601 is
 * PR_PROFILE_CONFIG_FLAGS for EMSMDB, PR_CONTAB_UID for CONTAB). Those entries carry a `family`, and
 * {@link tagInfo} takes the owning service's PR_SERVICE_NAME to pick the right one.
 *
 * @example tagInfo(0x3001001f)?.name === 'PR_DISPLAY_NAME_W'
 * This table is the one declaration of each tag: {@link TAG} (and tags.ts's `PR_*` constants) are read from it.
 */
import { makeTag, propId, propType } from './propTag.js';
import { PT } from './propTypes.js';

/**
 * What a copy does with the value (the "on copy" column of §11): `remap` holds profile-section UIDs
 * (rewrite old → new), `constant` is a provider/type identity (never remap), `verbatim` is an entry ID
 * (byte for byte), `tableOnly` is computed and not stored, `scan` is an entry ID that may embed
 * section UIDs at offset 4 (§14.4). Absent: copied unchanged.
 */
export type CopyClass = 'remap' | 'constant' | 'verbatim' | 'tableOnly' | 'scan';

/** Providers whose 0x6600–0x67FF ids the table knows. */
export type ProviderFamily = 'EMSMDB' | 'CONTAB' | 'PST';

export interface TagEntry {
  tag: number;
  name: string;
  /** Other names of the same tag (`PR_DISPLAY_NAME` for `PR_DISPLAY_NAME_A`, `PR_ROH_FLAGS`…). */
  aliases?: readonly string[];
  copy?: CopyClass;
  /** The value is concatenated 16-byte MAPIUIDs (a PT_BINARY list of section UIDs). */
  uidList?: true;
  /** Set on provider-defined ids (0x6600–0x67FF): which provider gives the tag this name. */
  family?: ProviderFamily;
}

export interface TagLookup extends TagEntry {
  /** False when only the property id matched and the name was derived for this type. */
  exact: boolean;
  /** The id is in 0x6600–0x67FF: its meaning depends on the provider. */
  providerDefined: boolean;
  /** The id is in 0x67F0–0x67FF (secure, encrypted properties). */
  secure: boolean;
  /** Other providers' names for the same id, when no service name decided between them. */
  alternatives?: readonly string[];
}

const A = PT.STRING8;
const W = PT.UNICODE;
const MV_A = PT.STRING8 | PT.MV_FLAG;
const MV_W = PT.UNICODE | PT.MV_FLAG;

type Extra = Omit<TagEntry, 'tag' | 'name'>;

/** One entry per tag. The name's literal type is kept, so that {@link TAG} knows every name. */
const one = <const N extends string>(tag: number, name: N, extra: Extra = {}): [TagEntry & { name: N }] => [
  { tag: tag >>> 0, name, ...extra },
];

/**
 * The 001E/001F pair of a string property: `<name>_A` (with `<name>` as alias, like MAPITags.h's
 * non-UNICODE build) and `<name>_W`. Works for the MV pair 101E/101F as well.
 */
function pair<const N extends string>(
  id: number,
  name: N,
  extra: Extra = {},
  mv = false,
): [TagEntry & { name: `${N}_A`; aliases: readonly [N] }, TagEntry & { name: `${N}_W` }] {
  return [
    { ...extra, tag: makeTag(id, mv ? MV_A : A), name: `${name}_A`, aliases: [name] },
    { ...extra, tag: makeTag(id, mv ? MV_W : W), name: `${name}_W` },
  ];
}

const EMS: Extra = { family: 'EMSMDB' };
const CTB: Extra = { family: 'CONTAB' };
const PST: Extra = { family: 'PST' };
const REMAP_LIST: Extra = { copy: 'remap', uidList: true };

/** §11.1 MAPI profile properties. */
const PROFILE = [
  ...one(0x3d000102, 'PR_STORE_PROVIDERS', REMAP_LIST),
  ...one(0x3d010102, 'PR_AB_PROVIDERS', REMAP_LIST),
  ...one(0x3d020102, 'PR_TRANSPORT_PROVIDERS', REMAP_LIST),
  ...one(0x3d04000b, 'PR_DEFAULT_PROFILE', { copy: 'tableOnly' }),
  ...one(0x3d051102, 'PR_AB_SEARCH_PATH', { copy: 'scan' }),
  ...one(0x3d060102, 'PR_AB_DEFAULT_DIR', { copy: 'scan' }),
  ...one(0x3d070102, 'PR_AB_DEFAULT_PAB', { copy: 'scan' }),
  // "probably remap": hook provider UIDs (inferred).
  ...one(0x3d080102, 'PR_FILTERING_HOOKS', REMAP_LIST),
  ...pair(0x3d09, 'PR_SERVICE_NAME'),
  ...pair(0x3d0a, 'PR_SERVICE_DLL_NAME'),
  ...one(0x3d0b001e, 'PR_SERVICE_ENTRY_NAME'),
  ...one(0x3d0b001f, 'PR_SERVICE_ENTRY_NAME_W'),
  ...one(0x3d0c0102, 'PR_SERVICE_UID', { copy: 'remap' }),
  ...one(0x3d0d0102, 'PR_SERVICE_EXTRA_UIDS', REMAP_LIST),
  ...one(0x3d0e0102, 'PR_SERVICES', REMAP_LIST),
  ...pair(0x3d0f, 'PR_SERVICE_SUPPORT_FILES', {}, true),
  ...pair(0x3d10, 'PR_SERVICE_DELETE_FILES', {}, true),
  // "Reserved" in the reference; the 16.0 sample's master section holds the AB provider UID in it.
  ...one(0x3d110102, 'PR_AB_SEARCH_PATH_UPDATE', REMAP_LIST),
  ...pair(0x3d12, 'PR_PROFILE_NAME'),
  ...pair(0x3d13, 'PR_SERVICE_INSTALL_ID', { copy: 'constant' }),
  ...one(0x3d150102, 'PR_EMSMDB_SECTION_UID', { copy: 'remap', aliases: ['PidTagExchangeProfileSectionId'] }),
  ...one(0x3d18000b, 'PR_EMSMDB_LEGACY'),
  ...one(0x3d1a0102, 'PR_EMSABP_USER_UID', { copy: 'remap' }),
  ...one(0x3d1b0003, 'PR_AB_SEARCH_PATH_CUSTOMIZATION'),
  ...one(0x3d1c000b, 'PR_AB_CHOOSE_DIRECTORY_AUTOMATICALLY'),
];

/** §11.2 Common, status and identity properties. */
const COMMON = [
  ...pair(0x3001, 'PR_DISPLAY_NAME'),
  ...pair(0x3004, 'PR_COMMENT'),
  ...pair(0x3006, 'PR_PROVIDER_DISPLAY'),
  ...one(0x30090003, 'PR_RESOURCE_FLAGS'),
  ...pair(0x300a, 'PR_PROVIDER_DLL_NAME'),
  ...one(0x300b0102, 'PR_SEARCH_KEY'),
  ...one(0x300c0102, 'PR_PROVIDER_UID', { copy: 'tableOnly' }),
  ...one(0x300d0003, 'PR_PROVIDER_ORDINAL', { copy: 'tableOnly' }),
  ...pair(0x3e00, 'PR_IDENTITY_DISPLAY', { copy: 'tableOnly' }),
  ...one(0x3e010102, 'PR_IDENTITY_ENTRYID', { copy: 'tableOnly' }),
  ...one(0x3e020003, 'PR_RESOURCE_METHODS'),
  ...one(0x3e030003, 'PR_RESOURCE_TYPE'),
  ...one(0x3e040003, 'PR_STATUS_CODE'),
  ...one(0x3e050102, 'PR_IDENTITY_SEARCH_KEY', { copy: 'tableOnly' }),
  ...one(0x3e060102, 'PR_OWN_STORE_ENTRYID'),
  ...pair(0x3e07, 'PR_RESOURCE_PATH'),
  ...pair(0x3e08, 'PR_STATUS_STRING'),
  ...one(0x0fff0102, 'PR_ENTRYID', { copy: 'verbatim' }),
  // Verbatim, but the copy engine remaps it when it equals the old service UID (§14.2, inferred).
  ...one(0x0ff90102, 'PR_RECORD_KEY', { copy: 'verbatim' }),
  ...one(0x0ffa0102, 'PR_STORE_RECORD_KEY', { copy: 'verbatim' }),
  ...one(0x0ffb0102, 'PR_STORE_ENTRYID', { copy: 'verbatim' }),
  ...one(0x0ff60102, 'PR_INSTANCE_KEY', { copy: 'tableOnly' }),
  ...one(0x0ffe0003, 'PR_OBJECT_TYPE'),
  ...one(0x3400000b, 'PR_DEFAULT_STORE'),
  ...one(0x34140102, 'PR_MDB_PROVIDER', { copy: 'constant' }),
  ...pair(0x3418, 'PR_PROVIDER_DISPLAY_NAME'),
  ...one(0x36150102, 'PR_AB_PROVIDER_ID', { copy: 'constant' }),
  // Exchange (EdkMdb.h), outside the provider range.
  ...one(0x7cff001e, 'PR_PROFILE_MDB_DN'),
];

/** §11.3 PST provider properties (MSPST.h). */
const PST_TAGS = [
  ...pair(0x6700, 'PR_PST_PATH', PST),
  ...one(0x6701000b, 'PR_PST_REMEMBER_PW', PST),
  ...one(0x67020003, 'PR_PST_ENCRYPTION', PST),
  ...pair(0x6703, 'PR_PST_PW_SZ_OLD', PST),
  ...pair(0x6704, 'PR_PST_PW_SZ_NEW', PST),
  ...one(0x67700003, 'PR_PST_CONFIG_FLAGS', PST),
  ...pair(0x6771, 'PR_PST_PATH_HINT', PST),
];

/** §11.4 Exchange (EMSMDB) profile properties (EdkMdb.h). */
const EMSMDB_TAGS = [
  ...one(0x66000003, 'PR_PROFILE_VERSION', EMS),
  ...one(0x66010003, 'PR_PROFILE_CONFIG_FLAGS', EMS),
  ...one(0x6602001e, 'PR_PROFILE_HOME_SERVER', EMS),
  ...one(0x6603001e, 'PR_PROFILE_USER', EMS),
  ...one(0x66040003, 'PR_PROFILE_CONNECT_FLAGS', EMS),
  ...one(0x66050003, 'PR_PROFILE_TRANSPORT_FLAGS', EMS),
  ...one(0x66060003, 'PR_PROFILE_UI_STATE', EMS),
  ...pair(0x6607, 'PR_PROFILE_UNRESOLVED_NAME', EMS),
  ...one(0x6608001e, 'PR_PROFILE_UNRESOLVED_SERVER', EMS),
  ...one(0x6609001e, 'PR_PROFILE_BINDING_ORDER', EMS),
  ...one(0x66090003, 'PR_PROFILE_OPEN_FLAGS', EMS),
  ...one(0x660a0003, 'PR_PROFILE_TYPE', EMS),
  ...one(0x660b001e, 'PR_PROFILE_MAILBOX', EMS),
  ...one(0x660c001e, 'PR_PROFILE_SERVER', EMS),
  ...one(0x660d0003, 'PR_PROFILE_MAX_RESTRICT', EMS),
  ...pair(0x660e, 'PR_PROFILE_AB_FILES_PATH', EMS),
  ...pair(0x660f, 'PR_PROFILE_FAVFLD_DISPLAY_NAME', EMS),
  ...pair(0x6610, 'PR_PROFILE_OFFLINE_STORE_PATH', EMS),
  ...one(0x66110102, 'PR_PROFILE_OFFLINE_INFO', EMS),
  ...one(0x6612001e, 'PR_PROFILE_HOME_SERVER_DN', EMS),
  ...one(0x6613101e, 'PR_PROFILE_HOME_SERVER_ADDRS', EMS),
  ...one(0x6614001e, 'PR_PROFILE_SERVER_DN', EMS),
  ...one(0x6615001e, 'PR_PROFILE_FAVFLD_COMMENT', EMS),
  ...one(0x6616001e, 'PR_PROFILE_ALLPUB_DISPLAY_NAME', EMS),
  ...one(0x6617001e, 'PR_PROFILE_ALLPUB_COMMENT', EMS),
  ...one(0x66180003, 'PR_DISABLE_WINSOCK', EMS),
  ...one(0x66190003, 'PR_PROFILE_AUTH_PACKAGE', EMS),
  ...one(0x661a0003, 'PR_PROFILE_RECONNECT_INTERVAL', EMS),
  ...one(0x661b0003, 'PR_PROFILE_SERVER_VERSION', EMS),
  ...one(0x6622001f, 'PR_PROFILE_RPC_PROXY_SERVER', EMS),
  ...one(0x66230003, 'PR_PROFILE_RPC_PROXY_SERVER_FLAGS', { ...EMS, aliases: ['PR_ROH_FLAGS'] }),
  ...one(0x6625001f, 'PR_ROH_PROXY_PRINCIPAL_NAME', EMS),
  ...one(0x66270003, 'PR_ROH_PROXY_AUTH_SCHEME', EMS),
  ...one(0x662a001f, 'PR_PROFILE_HOME_SERVER_FQDN', EMS),
  ...one(0x66390003, 'PR_PROFILE_ABP_ALLOW_RECONNECT', EMS),
  ...one(0x663a0003, 'PR_PROFILE_ABP_MTHREAD_TIMEOUT_SECS', EMS),
  ...one(0x663b0102, 'PR_PROFILE_SERVER_FULL_VERSION', EMS),
  ...pair(0x6641, 'PR_PROFILE_USER_SMTP_EMAIL_ADDRESS', EMS),
  ...one(0x667b001e, 'PR_PROFILE_MOAB', EMS),
  ...one(0x667c001e, 'PR_PROFILE_MOAB_GUID', EMS),
  ...one(0x667d0003, 'PR_PROFILE_MOAB_SEQ', EMS),
  ...one(0x66870102, 'PR_PROFILE_ADDR_INFO', EMS),
  ...one(0x66890102, 'PR_PROFILE_OPTIONS_DATA', EMS),
  ...one(0x67020003, 'PR_OST_ENCRYPTION', EMS),
  ...one(0x67f00102, 'PR_PROFILE_SECURE_MAILBOX', EMS),
];

/** §11.5 CONTAB (Outlook Address Book) provider properties: store and folder entry IDs, not UIDs. */
const CONTAB_TAGS = [
  ...one(0x66010102, 'PR_CONTAB_UID', CTB),
  ...one(0x66100102, 'PR_CONTAB_FOLDER_ENTRYID', CTB),
  ...pair(0x6612, 'PR_CONTAB_STORE_NAME', CTB),
  ...one(0x66201102, 'PR_CONTAB_FOLDER_ENTRYIDS', CTB),
  ...one(0x66211003, 'PR_CONTAB_STORE_SUPPORT_MASKS', CTB),
  ...one(0x6622101e, 'PR_CONTAB_STORE_NAMES', CTB),
  ...one(0x6623101e, 'PR_CONTAB_FOLDER_NAMES', CTB),
  ...one(0x6624101e, 'PR_CONTAB_DISPLAY_NAMES', CTB),
  ...one(0x66261102, 'PR_CONTAB_STORE_ENTRYIDS', CTB),
];

const ENTRIES = [...PROFILE, ...COMMON, ...PST_TAGS, ...EMSMDB_TAGS, ...CONTAB_TAGS];

/** Every entry, in reference order. Two entries may share a tag when they belong to different families. */
export const TAG_TABLE: readonly TagEntry[] = ENTRIES;

/** Entries by full tag (an array: provider-defined tags may have one entry per family). */
export const TAGS_BY_TAG: ReadonlyMap<number, readonly TagEntry[]> = groupBy(TAG_TABLE, (e) => e.tag);
const BY_ID: ReadonlyMap<number, readonly TagEntry[]> = groupBy(TAG_TABLE, (e) => propId(e.tag));

/** Entries by name and alias, for the CLI and tests. */
export const TAGS_BY_NAME: ReadonlyMap<string, TagEntry> = new Map(
  TAG_TABLE.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => [n, e] as const)),
);

/** Every name the table declares: entry names and the `_A` pairs' plain aliases (`PR_DISPLAY_NAME`). */
type Entry = (typeof ENTRIES)[number];
type PlainAlias<E> = E extends { aliases: readonly [infer A extends string] } ? A : never;
export type TagName = Entry['name'] | PlainAlias<Entry>;

/**
 * Tag by name, read from the table, so no tag is spelled twice (tags.ts's `PR_*` constants come from here).
 *
 * @example TAG.PR_DISPLAY_NAME_W === 0x3001001f
 */
export const TAG = Object.fromEntries([...TAGS_BY_NAME].map(([name, e]) => [name, e.tag])) as { readonly [N in TagName]: number };

export const isProviderDefinedId = (id: number): boolean => id >= 0x6600 && id <= 0x67ff;
export const isSecureId = (id: number): boolean => id >= 0x67f0 && id <= 0x67ff;

/**
 * The provider family of a PR_SERVICE_NAME (MAPISVC.INF `[Services]` key), compared case-insensitively.
 * `MSEMS` → EMSMDB, `CONTAB` → CONTAB, `MSPST MS` / `MSUPST MS` → PST.
 */
export function providerFamily(serviceName: string | undefined): ProviderFamily | undefined {
  switch (serviceName?.trim().toUpperCase()) {
    case 'MSEMS':
    case 'EMSDELEGATE':
      return 'EMSMDB';
    case 'CONTAB':
      return 'CONTAB';
    case 'MSPST MS':
    case 'MSUPST MS':
    case 'MSPST':
    case 'MSUPST':
      return 'PST';
    default:
      return undefined;
  }
}

/**
 * The name and copy class of a tag. Looks for the exact tag first, then any tag with the same id (a
 * different type: the name is derived, e.g. `PR_SERVICE_ENTRY_NAME` 001F → `…_W`). For provider-defined
 * ids (0x6600–0x67FF) `serviceName` — the owning service's PR_SERVICE_NAME — picks the provider's name;
 * without it the first entry wins and the others are listed in `alternatives`.
 *
 * @example tagInfo(0x66010102, 'CONTAB')?.name === 'PR_CONTAB_UID'
 */
export function tagInfo(tag: number, serviceName?: string): TagLookup | undefined {
  tag = tag >>> 0;
  const id = propId(tag);
  const type = propType(tag);
  const providerDefined = isProviderDefinedId(id);
  const secure = isSecureId(id);
  let exact = TAGS_BY_TAG.get(tag) ?? [];
  let byId = BY_ID.get(id) ?? [];
  if (providerDefined) {
    const family = providerFamily(serviceName);
    if (family) {
      // A known provider: only its own names apply (another provider's 0x66xx means something else).
      exact = exact.filter((e) => e.family === family);
      byId = byId.filter((e) => e.family === family);
    }
  }
  const base = { providerDefined, secure };
  if (exact.length > 0) {
    const [first, ...rest] = exact;
    const alternatives = rest.filter((e) => e.name !== first!.name).map((e) => e.name);
    return { ...first!, ...base, exact: true, ...(alternatives.length ? { alternatives } : {}) };
  }
  if (byId.length > 0) {
    const first = byId[0]!;
    const names = [...new Set(byId.map((e) => deriveName(e.name, type)))];
    const { aliases: _aliases, ...rest } = first;
    return {
      ...rest,
      tag,
      name: names[0]!,
      ...base,
      exact: false,
      ...(names.length > 1 ? { alternatives: names.slice(1) } : {}),
    };
  }
  return undefined;
}

/** A display name for any tag: the table's name, or `0x3001001F` when unknown. */
export function tagName(tag: number, serviceName?: string): string {
  return tagInfo(tag, serviceName)?.name ?? '0x' + (tag >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/** `PR_X_A` for 001E/101E, `PR_X_W` for 001F/101F, `PR_X` otherwise. */
function deriveName(name: string, type: number): string {
  const base = name.replace(/_[AW]$/, '');
  const t = type & ~PT.MV_FLAG;
  if (t === PT.STRING8) return base + '_A';
  if (t === PT.UNICODE) return base + '_W';
  return base;
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = m.get(k);
    if (list) list.push(item);
    else m.set(k, [item]);
  }
  return m;
}
