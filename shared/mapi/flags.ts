/**
 * Flag tables of profile properties (docs/mapi-profiles.md §10, §11.3–11.4) and their decoding.
 *
 * PR_RESOURCE_FLAGS (`00033009`) means SERVICE_* bits on a message-service section and STATUS_* bits on
 * a provider section (§10.3): always decode it with the section's kind, never globally.
 *
 * @example decodeFlags(0x22, 'service') // ['SERVICE_SINGLE_COPY', 'SERVICE_NO_PRIMARY_IDENTITY']
 */

/** Static: set from MAPISVC.INF, never altered; modifiable: set from the INF, may change; dynamic: set by MAPI. */
export type FlagClass = 'static' | 'modifiable' | 'dynamic' | 'reserved';

export interface FlagDef {
  name: string;
  value: number;
  class?: FlagClass;
}

/** The `{ NAME: value }` view of a flag table, keeping each literal name and value. */
export type FlagBits<T extends readonly FlagDef[]> = { readonly [F in T[number] as F['name']]: F['value'] };

/** Derives the by-name view of a table, so that code names a bit (`SERVICE.SERVICE_SINGLE_COPY`) without spelling it again. */
function bitsOf<const T extends readonly FlagDef[]>(table: T): FlagBits<T> {
  return Object.fromEntries(table.map((f) => [f.name, f.value])) as FlagBits<T>;
}

/** Inverts a `{ NAME: value }` table into value → name, for decoding. */
function namesOf(table: Readonly<Record<string, number>>): Readonly<Record<number, string>> {
  return Object.fromEntries(Object.entries(table).map(([name, value]) => [value, name]));
}

/** §10.1 PR_RESOURCE_FLAGS on a message service (MAPIX.h). */
export const SERVICE_FLAGS = [
  { name: 'SERVICE_DEFAULT_STORE', value: 0x1, class: 'dynamic' },
  { name: 'SERVICE_SINGLE_COPY', value: 0x2, class: 'static' },
  { name: 'SERVICE_CREATE_WITH_STORE', value: 0x4, class: 'reserved' },
  { name: 'SERVICE_PRIMARY_IDENTITY', value: 0x8, class: 'modifiable' },
  { name: 'SERVICE_NO_PRIMARY_IDENTITY', value: 0x20, class: 'static' },
] as const satisfies readonly FlagDef[];

/** SERVICE_* bits by name: `SERVICE.SERVICE_SINGLE_COPY === 0x2`. */
export const SERVICE = bitsOf(SERVICE_FLAGS);

/** §10.2 PR_RESOURCE_FLAGS on a provider (MAPIDefS.h, MAPIHook.h). */
export const STATUS_FLAGS = [
  { name: 'STATUS_DEFAULT_OUTBOUND', value: 0x1, class: 'modifiable' },
  { name: 'STATUS_DEFAULT_STORE', value: 0x2, class: 'modifiable' },
  { name: 'STATUS_PRIMARY_IDENTITY', value: 0x4, class: 'modifiable' },
  { name: 'STATUS_SIMPLE_STORE', value: 0x8, class: 'dynamic' },
  { name: 'STATUS_XP_PREFER_LAST', value: 0x10, class: 'static' },
  { name: 'STATUS_NO_PRIMARY_IDENTITY', value: 0x20, class: 'static' },
  { name: 'STATUS_NO_DEFAULT_STORE', value: 0x40, class: 'static' },
  { name: 'STATUS_TEMP_SECTION', value: 0x80, class: 'dynamic' },
  { name: 'STATUS_OWN_STORE', value: 0x100, class: 'static' },
  { name: 'HOOK_INBOUND', value: 0x200 },
  { name: 'HOOK_OUTBOUND', value: 0x400 },
  { name: 'STATUS_NEED_IPM_TREE', value: 0x800, class: 'dynamic' },
  { name: 'STATUS_PRIMARY_STORE', value: 0x1000, class: 'modifiable' },
  { name: 'STATUS_SECONDARY_STORE', value: 0x2000, class: 'modifiable' },
] as const satisfies readonly FlagDef[];

/** STATUS_* bits by name: `STATUS.STATUS_DEFAULT_STORE === 0x2`. */
export const STATUS = bitsOf(STATUS_FLAGS);

/** §10.3 PR_RESOURCE_METHODS on status objects. */
export const RESOURCE_METHODS = [
  { name: 'STATUS_VALIDATE_STATE', value: 0x1 },
  { name: 'STATUS_SETTINGS_DIALOG', value: 0x2 },
  { name: 'STATUS_CHANGE_PASSWORD', value: 0x4 },
  { name: 'STATUS_FLUSH_QUEUES', value: 0x8 },
] as const satisfies readonly FlagDef[];

/** §11.3 PR_PST_ENCRYPTION (MSPST.h); values, not bits, but each is a single bit. */
export const PST_ENCRYPTION_FLAGS = [
  { name: 'PSTF_NO_ENCRYPTION', value: 0x80000000 },
  { name: 'PSTF_COMPRESSABLE_ENCRYPTION', value: 0x40000000 },
  { name: 'PSTF_BEST_ENCRYPTION', value: 0x20000000 },
] as const satisfies readonly FlagDef[];

/** §11.3 PR_PST_CONFIG_FLAGS (MSPST.h). */
export const PST_CONFIG_FLAGS = [
  { name: 'PST_CONFIG_CREATE_NOWARN', value: 0x1 },
  { name: 'PST_CONFIG_PRESERVE_DISPLAY_NAME', value: 0x2 },
  { name: 'OST_CONFIG_POLICY_DELAY_IGNORE_OST', value: 0x8 },
  { name: 'OST_CONFIG_CREATE_NEW_DEFAULT_OST', value: 0x10 },
  { name: 'PST_CONFIG_UNICODE', value: 0x80000000 },
] as const satisfies readonly FlagDef[];

/** §11.4 PR_PROFILE_CONFIG_FLAGS (EdkMdb.h, plus MFCMAPI's extras). CONFIG_OST_CACHE_PRIVATE is two bits. */
export const PROFILE_CONFIG_FLAGS = [
  { name: 'CONFIG_SERVICE', value: 0x1 },
  { name: 'CONFIG_SHOW_STARTUP_UI', value: 0x2 },
  { name: 'CONFIG_SHOW_CONNECT_UI', value: 0x4 },
  { name: 'CONFIG_PROMPT_FOR_CREDENTIALS', value: 0x8 },
  { name: 'CONFIG_NO_AUTO_DETECT', value: 0x10 },
  { name: 'CONFIG_OST_CACHE_ONLY', value: 0x20 },
  { name: 'CONFIG_USE_SMTP_ADDRESSES', value: 0x40 },
  { name: 'CONFIG_OST_CACHE_PRIVATE', value: 0x180 },
  { name: 'CONFIG_OST_CACHE_PUBLIC', value: 0x400 },
] as const satisfies readonly FlagDef[];

/** §11.4 PR_PROFILE_OPEN_FLAGS (EdkMdb.h). */
export const PROFILE_OPEN_FLAGS = [
  { name: 'OPENSTORE_USE_ADMIN_PRIVILEGE', value: 0x1 },
  { name: 'OPENSTORE_PUBLIC', value: 0x2 },
  { name: 'OPENSTORE_HOME_LOGON', value: 0x4 },
  { name: 'OPENSTORE_TAKE_OWNERSHIP', value: 0x8 },
  { name: 'OPENSTORE_OVERRIDE_HOME_MDB', value: 0x10 },
  { name: 'OPENSTORE_TRANSPORT', value: 0x20 },
  { name: 'OPENSTORE_REMOTE_TRANSPORT', value: 0x40 },
  { name: 'OPENSTORE_CACHE_EXCHANGE', value: 0x8000 },
] as const satisfies readonly FlagDef[];

/**
 * abFlags[0] of an entry ID (MAPIDefS.h; MFCMAPI core/interpret/flagArray.h flagEntryId0). All four of
 * NOTRECIP|THISSESSION|NOW|NOTRESERVED clear, with the other bits set (0x87), marks an ephemeral entry ID.
 */
export const ENTRY_ID_FLAGS0 = [
  { name: 'MAPI_SHORTTERM', value: 0x80 },
  { name: 'MAPI_NOTRECIP', value: 0x40 },
  { name: 'MAPI_THISSESSION', value: 0x20 },
  { name: 'MAPI_NOW', value: 0x10 },
  { name: 'MAPI_NOTRESERVED', value: 0x08 },
] as const satisfies readonly FlagDef[];
/** abFlags[0] of an ephemeral entry ID (MFCMAPI extraPropTags.h EPHEMERAL). */
export const EPHEMERAL_FLAGS0 = 0x87;

/** dwBitmask of a one-off entry ID (MAPIDefS.h, MFCMAPI extraPropTags.h flagOneOffEntryId). */
export const ONE_OFF_FLAGS = [
  { name: 'MAPI_UNICODE', value: 0x80000000 },
  { name: 'OOP_DONT_LOOKUP', value: 0x10000000 },
  { name: 'MAPI_SEND_NO_RICH_INFO', value: 0x00010000 },
  { name: 'ENCODING_PREFERENCE', value: 0x00020000 },
  { name: 'ENCODING_MIME', value: 0x00040000 },
  { name: 'BODY_ENCODING_HTML', value: 0x00080000 },
  { name: 'BODY_ENCODING_TEXT_AND_HTML', value: 0x00100000 },
] as const satisfies readonly FlagDef[];

export type FlagKind =
  'service' | 'provider' | 'pstEncryption' | 'pstConfig' | 'profileConfig' | 'profileOpen' | 'resourceMethods' | 'entryIdFlags0' | 'oneOff';

const TABLES: Record<FlagKind, readonly FlagDef[]> = {
  service: SERVICE_FLAGS,
  provider: STATUS_FLAGS,
  pstEncryption: PST_ENCRYPTION_FLAGS,
  pstConfig: PST_CONFIG_FLAGS,
  profileConfig: PROFILE_CONFIG_FLAGS,
  profileOpen: PROFILE_OPEN_FLAGS,
  resourceMethods: RESOURCE_METHODS,
  entryIdFlags0: ENTRY_ID_FLAGS0,
  oneOff: ONE_OFF_FLAGS,
};

/** The named bits of a flag kind, in table order (the editor shows one checkbox each). */
export const flagTable = (kind: FlagKind): readonly FlagDef[] => TABLES[kind];

/**
 * The names of the flags set in `value`, in table order; bits no flag names are appended as one hex
 * number (`0x00010000`), so nothing set is hidden. A multi-bit flag is named only when all its bits are
 * set. Zero gives [].
 */
export function decodeFlags(value: number, kind: FlagKind): string[] {
  let rest = value >>> 0;
  const names: string[] = [];
  for (const f of TABLES[kind]) {
    if (f.value !== 0 && ((value >>> 0) & f.value) >>> 0 === f.value) {
      names.push(f.name);
      rest = (rest & ~f.value) >>> 0;
    }
  }
  if (rest !== 0) names.push('0x' + rest.toString(16).toUpperCase().padStart(8, '0'));
  return names;
}

/** The value of a list of flag names (unknown names are ignored; hex leftovers from decodeFlags are kept). */
export function encodeFlags(names: readonly string[], kind: FlagKind): number {
  let v = 0;
  for (const n of names) {
    const f = TABLES[kind].find((d) => d.name === n);
    if (f) v |= f.value;
    else if (/^0x[0-9a-f]+$/i.test(n)) v |= parseInt(n, 16);
  }
  return v >>> 0;
}

/** §10.4 PR_RESOURCE_TYPE (MAPIDefS.h). */
export const RESOURCE_TYPE = {
  MAPI_STORE_PROVIDER: 0x21,
  MAPI_AB: 0x22,
  MAPI_AB_PROVIDER: 0x23,
  MAPI_TRANSPORT_PROVIDER: 0x24,
  MAPI_SPOOLER: 0x25,
  MAPI_PROFILE_PROVIDER: 0x26,
  MAPI_SUBSYSTEM: 0x27,
  MAPI_HOOK_PROVIDER: 0x28,
} as const;
export const RESOURCE_TYPES: Readonly<Record<number, string>> = namesOf(RESOURCE_TYPE);
export const { MAPI_STORE_PROVIDER, MAPI_AB, MAPI_AB_PROVIDER, MAPI_TRANSPORT_PROVIDER } = RESOURCE_TYPE;

/** `MAPI_STORE_PROVIDER` for 0x21; undefined for an unknown type. */
export const resourceTypeName = (value: number): string | undefined => RESOURCE_TYPES[value >>> 0];

/** PR_DISPLAY_TYPE values an address-book entry ID carries as its type (MAPITags.h DT_*). */
export const DISPLAY_TYPES: Readonly<Record<number, string>> = {
  0: 'DT_MAILUSER',
  1: 'DT_DISTLIST',
  2: 'DT_FORUM',
  3: 'DT_AGENT',
  4: 'DT_ORGANIZATION',
  5: 'DT_PRIVATE_DISTLIST',
  6: 'DT_REMOTE_MAILUSER',
  0x100: 'DT_CONTAINER',
  0x101: 'DT_TEMPLATE',
  0x102: 'DT_ADDRESS_TEMPLATE',
  0x200: 'DT_SEARCH',
};

/** The type of a CONTAB (Outlook Address Book) entry ID (MFCMAPI extraPropTags.h CONTAB_*). */
export const CONTAB_TYPE = {
  CONTAB_ROOT: 1,
  CONTAB_SUBROOT: 2,
  CONTAB_CONTAINER: 3,
  CONTAB_USER: 4,
  CONTAB_DISTLIST: 5,
} as const;
export const CONTAB_TYPES: Readonly<Record<number, string>> = namesOf(CONTAB_TYPE);
export const { CONTAB_CONTAINER } = CONTAB_TYPE;

/** Magic numbers of the V2/V3 tails of an Exchange store entry ID (docs/mapi-profiles.md §14.2). */
export const STORE_EID_MAGIC_VALUE = {
  MDB_STORE_EID_V2_MAGIC: 0xf32135d8,
  MDB_STORE_EID_V3_MAGIC: 0xf43246e9,
} as const;
export const STORE_EID_MAGIC: Readonly<Record<number, string>> = namesOf(STORE_EID_MAGIC_VALUE);
export const { MDB_STORE_EID_V2_MAGIC, MDB_STORE_EID_V3_MAGIC } = STORE_EID_MAGIC_VALUE;
/** WrappedType bit of a public-folder store entry ID (EdkMdb.h OPENSTORE_PUBLIC, in PROFILE_OPEN_FLAGS). */
export const { OPENSTORE_PUBLIC } = bitsOf(PROFILE_OPEN_FLAGS);
