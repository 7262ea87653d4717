/**
 * The derived, read-only view of a profile (electron/core/model/profileView.ts builds it): sections with
 * decoded properties, services with their providers, account-manager entries, UID references. The UI,
 * `mpe show`, the copy engine and lint all read it. It crosses IPC, so every type is a zod schema and
 * every value is JSON-safe (no Uint8Array, no bigint, no NaN).
 */
import { z } from 'zod';
import { HexBytes, ProfileOrigin } from './profileDoc.js';

/** How a multi-valued string/binary property lays out its offsets: 32-bit (u32) or 64-bit (u64) writer. */
export const MvLayout = z.enum(['mv32', 'mv64']);
export type MvLayout = z.infer<typeof MvLayout>;

/**
 * A decoded value. By PT type: PT_LONG / PT_I2 / PT_ERROR number (PT_LONG unsigned), PT_R4 / PT_DOUBLE /
 * PT_APPTIME number, PT_BOOLEAN boolean, PT_I8 / PT_CURRENCY decimal string, PT_SYSTIME ISO string with 7
 * fractional digits, PT_STRING8 / PT_UNICODE string, PT_CLSID `{XXXXXXXX-…}`, PT_BINARY and unknown
 * types lowercase hex; the MV types an array of the same. Non-property values: REG_SZ string, REG_DWORD
 * number, REG_QWORD decimal string, REG_MULTI_SZ string[], anything else hex.
 */
export const PropertyValue = z.union([z.number(), z.boolean(), z.string(), z.array(z.number()), z.array(z.string()), z.array(z.boolean())]);
export type PropertyValue = z.infer<typeof PropertyValue>;

/**
 * Why bytes could not be decoded (they are kept verbatim; nothing is thrown). The sentences are in
 * shared/i18n/errorMessages.ts under the same names.
 */
export const DecodeError = z.enum([
  'valueBadSize',
  'valueNoTerminator',
  'valueBadOffsets',
  'valueNonCanonical',
  'valueBadBoolean',
  'valueNotFinite',
]);
export type DecodeError = z.infer<typeof DecodeError>;

/** One registry value of a section, decoded. */
export const DecodedProperty = z.strictObject({
  /** The registry value name, e.g. `001f3001`, `S001e67f1`, `Service UID`. */
  valueName: z.string(),
  /** The property tag (id << 16 | type); null when the name is not `%04x%04x` (secure `S…`, friendly names). */
  tag: z.number().int().nullable(),
  /** PT type; for an `S`-prefixed secure name, the type its name carries; null for friendly names. */
  ptype: z.number().int().nullable(),
  /** `PT_UNICODE`, `PT_MV_BINARY`, `PT_0x00FB` for unknown types; `REG_SZ`… for friendly names. */
  ptypeName: z.string(),
  /** The tag table's name (`PR_DISPLAY_NAME_W`), when known. */
  name: z.string().optional(),
  regType: z.number().int(),
  /** Number of bytes of the value. */
  size: z.number().int(),
  /** The raw bytes (lowercase hex); absent for secure values. */
  data: HexBytes.optional(),
  /** MV string/binary only: the layout the value came in (new values: mv64). */
  layout: MvLayout.optional(),
  /** Absent when secure or when `error` is set. */
  value: PropertyValue.optional(),
  /** Secure property (ids 0x67F0–0x67FF, `S` names, passwords): never decoded, never shown. */
  secure: z.literal(true).optional(),
  error: DecodeError.optional(),
});
export type DecodedProperty = z.infer<typeof DecodedProperty>;

/**
 * What a key of the profile is. `other` covers non-section subkeys and sections with no known role.
 * A service is listed in the master PR_SERVICES or carries PR_SERVICE_NAME without PR_SERVICE_UID; a
 * provider carries PR_SERVICE_UID or is listed by a service (docs/mapi-profiles.md §10.3).
 */
export const SectionKind = z.enum(['master', 'profileInstance', 'service', 'provider', 'extra', 'accountManager', 'wellKnown', 'other']);
export type SectionKind = z.infer<typeof SectionKind>;

export const SectionView = z.strictObject({
  /** Path relative to the profile key (`4dce…`, `9375CFF0…\\00000001`). */
  path: z.string(),
  /** The key's own name, as spelled in the registry. */
  keyName: z.string(),
  /** Lowercase 32 hex when the key is a direct child named like a MAPIUID; null otherwise. */
  uid: z.string().nullable(),
  kind: SectionKind,
  /** Symbolic name of a well-known section (`MUID_PROFILE_INSTANCE`…). */
  label: z.string().optional(),
  /** Stable id of the well-known section (`profileInstance`, `exchangeGlobal`…), for translated labels. */
  wellKnown: z.string().optional(),
  /** Provider and extra sections: the service they belong to. */
  serviceUid: z.string().optional(),
  /** Values named like properties (`%04x%04x`, `S%04x%04x`). */
  properties: z.array(DecodedProperty),
  /** Every other value (friendly names), decoded by registry type. */
  values: z.array(DecodedProperty),
  /** Names of direct subkeys. */
  subkeys: z.array(z.string()),
});
export type SectionView = z.infer<typeof SectionView>;

export const Flags = z.strictObject({ value: z.number().int(), names: z.array(z.string()) });
export type Flags = z.infer<typeof Flags>;

export const ProviderView = z.strictObject({
  uid: z.string(),
  /** Whether the section exists in the profile. */
  exists: z.boolean(),
  /** Which of the service's lists name it; `backLink` when found only through its PR_SERVICE_UID. */
  listedIn: z.array(z.enum(['store', 'ab', 'transport', 'backLink'])),
  /** Its PR_SERVICE_UID points back to the service. */
  backLink: z.boolean(),
  resourceType: z.number().int().nullable(),
  resourceTypeName: z.string().nullable(),
  /** PR_RESOURCE_FLAGS decoded as STATUS_*. */
  flags: Flags.nullable(),
  displayName: z.string().nullable(),
  providerDisplay: z.string().nullable(),
  dll: z.string().nullable(),
});
export type ProviderView = z.infer<typeof ProviderView>;

export const DataFile = z.strictObject({
  kind: z.enum(['pst', 'ost']),
  path: z.string(),
  /** The section holding the path. */
  sectionUid: z.string(),
});
export type DataFile = z.infer<typeof DataFile>;

export const ServiceView = z.strictObject({
  uid: z.string(),
  exists: z.boolean(),
  /** Listed in the master section's PR_SERVICES. */
  inMaster: z.boolean(),
  serviceName: z.string().nullable(),
  displayName: z.string().nullable(),
  dll: z.string().nullable(),
  /** PR_RESOURCE_FLAGS decoded as SERVICE_*. */
  flags: Flags.nullable(),
  providers: z.array(ProviderView),
  extraSections: z.array(z.strictObject({ uid: z.string(), exists: z.boolean() })),
  dataFiles: z.array(DataFile),
  /** Account-manager entries (key names) whose Service UID is this service. */
  accounts: z.array(z.string()),
});
export type ServiceView = z.infer<typeof ServiceView>;

export const AccountView = z.strictObject({
  /** The account subkey name (`00000001`), i.e. `%08X` of the account id. */
  id: z.string(),
  path: z.string(),
  accountName: z.string().nullable(),
  serviceName: z.string().nullable(),
  clsid: z.string().nullable(),
  /** `CLSID_OlkMAPIAccount`… for the known class ids. */
  clsidLabel: z.string().nullable(),
  serviceUid: z.string().nullable(),
  /** Whether serviceUid names a service of the profile (false: dangling). */
  serviceExists: z.boolean(),
  preferencesUid: z.string().nullable(),
});
export type AccountView = z.infer<typeof AccountView>;

export const AccountManagerView = z.strictObject({
  path: z.string(),
  nextAccountId: z.number().int().nullable(),
  /** Account ids in display order; the first is the default. */
  order: z.strictObject({ mail: z.array(z.number()), addressBook: z.array(z.number()), store: z.array(z.number()) }),
  accounts: z.array(AccountView),
});
export type AccountManagerView = z.infer<typeof AccountManagerView>;

export const MasterView = z.strictObject({
  services: z.array(z.string()),
  storeProviders: z.array(z.string()),
  abProviders: z.array(z.string()),
  transportProviders: z.array(z.string()),
});
export type MasterView = z.infer<typeof MasterView>;

/** A UID held by a value: single (`uid`), in a concatenated list (`uidList`) or inside an entry ID (`embedded`). */
export const UidReference = z.strictObject({
  /** Path of the key holding the value, relative to the profile. */
  section: z.string(),
  valueName: z.string(),
  kind: z.enum(['uid', 'uidList', 'embedded']),
  target: z.string(),
  /** Whether a section of that UID exists in the profile. */
  exists: z.boolean(),
});
export type UidReference = z.infer<typeof UidReference>;

export const ProfileView = z.strictObject({
  id: z.string(),
  name: z.string(),
  origin: ProfileOrigin,
  /** PR_SEARCH_KEY of MUID_PROFILE_INSTANCE (hex), the profile's unique identity. */
  searchKey: z.string().nullable(),
  /** Values on the profile key itself. */
  values: z.array(DecodedProperty),
  sections: z.array(SectionView),
  services: z.array(ServiceView),
  master: MasterView.nullable(),
  accountManager: AccountManagerView.nullable(),
  references: z.array(UidReference),
});
export type ProfileView = z.infer<typeof ProfileView>;
