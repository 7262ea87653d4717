/**
 * The copy plan (DESIGN.md "The copy engine") and lint findings: what `planCopy` decided, shown by the
 * preview dialog and printed by `mpe copy-service --dry-run --json`, then applied by `applyCopy`. Both
 * cross IPC, so every type is a zod schema and every value is JSON-safe (hex strings, no bytes).
 *
 * Sentences for warning and finding codes are in shared/i18n/errorMessages.ts under the same names.
 */
import { z } from 'zod';
import { HexBytes, KeyDoc, ValueDoc } from './profileDoc.js';

const Uid = z.string().regex(/^[0-9a-f]{32}$/, '32 lowercase hex digits');
/** Parameters of a sentence. */
const Params = z.record(z.string(), z.union([z.string(), z.number()]));

/** Why a section is part of the copy. `preferences`: an account's `Preferences UID` section. */
export const SectionRole = z.enum(['service', 'provider', 'extra', 'preferences']);
export type SectionRole = z.infer<typeof SectionRole>;

/** A section the copy creates: its values are final (rewrites and dropped flags applied), in source order. */
export const PlannedSection = z.strictObject({
  uid: Uid,
  from: Uid,
  role: SectionRole,
  /** True for an extra section at a fixed UID (§6.7), copied at the same UID into a profile that lacks it. */
  fixedUid: z.boolean(),
  displayName: z.string().nullable(),
  values: z.array(ValueDoc),
  /** Subkeys of the section, if any, with paths under the new UID (values copied the same way). */
  subkeys: z.array(KeyDoc),
});
export type PlannedSection = z.infer<typeof PlannedSection>;

/**
 * How a value's bytes changed because they held an old UID: a single 16-byte UID, a UID inside a
 * concatenated list, a UID embedded at offset 4 of an AB entry ID (§14.4), a PR_RECORD_KEY equal to a
 * copied UID (§14.2), or an account-manager value (`Service UID`, `Preferences UID`, `XP Provider UID`).
 */
export const RewriteKind = z.enum(['uid', 'uidList', 'embedded', 'recordKey', 'account', 'dataFile']);
export type RewriteKind = z.infer<typeof RewriteKind>;

export const Rewrite = z.strictObject({
  /** Path of the key in the target (a new section UID, or the new account subkey path). */
  section: z.string(),
  value: z.string(),
  /** Tag name from the tag table, or the friendly value name; null for an unknown tag. */
  tagName: z.string().nullable(),
  kind: RewriteKind,
  before: HexBytes,
  after: HexBytes,
});
export type Rewrite = z.infer<typeof Rewrite>;

/** A value set on an existing key of the target (master lists, account-manager values). */
export const ValueChange = z.strictObject({
  section: z.string(),
  value: z.string(),
  tagName: z.string().nullable(),
  type: z.number().int(),
  /** null: the value is created. */
  before: HexBytes.nullable(),
  after: HexBytes,
});
export type ValueChange = z.infer<typeof ValueChange>;

export const MasterChanges = z.strictObject({
  /** The target had no master section: the copy creates it. */
  createMaster: z.boolean(),
  changes: z.array(ValueChange),
});
export type MasterChanges = z.infer<typeof MasterChanges>;

export const AccountEntry = z.strictObject({
  /** The source account subkey (`9375CFF0…\\00000002`). */
  from: z.string(),
  /** The new subkey's path in the target. */
  path: z.string(),
  accountId: z.number().int(),
  /** The target had no account manager: the copy creates it (with NextAccountID and the order values). */
  createManager: z.boolean(),
  /** The account manager key's path in the target. */
  managerPath: z.string(),
  values: z.array(ValueDoc),
  /** NextAccountID and the order arrays ({ED475418…} mail, {ED475419…} address book, {ED475420…} store). */
  managerChanges: z.array(ValueChange),
});
export type AccountEntry = z.infer<typeof AccountEntry>;

/** One unique flag removed from a copied section's PR_RESOURCE_FLAGS because the target already holds it. */
export const DroppedFlag = z.strictObject({
  /** The new section's UID. */
  section: Uid,
  role: SectionRole,
  /** SERVICE_DEFAULT_STORE, STATUS_DEFAULT_STORE, SERVICE_PRIMARY_IDENTITY, STATUS_PRIMARY_IDENTITY or STATUS_DEFAULT_OUTBOUND. */
  flag: z.string(),
  before: z.number().int(),
  after: z.number().int(),
  /** The target's service or provider (display name, else UID) that holds the flag. */
  heldBy: z.string(),
});
export type DroppedFlag = z.infer<typeof DroppedFlag>;

export const CopyWarningCode = z.enum([
  'sharedDataFile',
  'unknownUidReference',
  'secureNotPortable',
  'accountNotCopied',
  'fixedSectionShared',
  'danglingNotCopied',
  'foreignEntryId',
  'ownDataFile',
]);
export type CopyWarningCode = z.infer<typeof CopyWarningCode>;

export const CopyWarning = z.strictObject({ code: CopyWarningCode, params: Params });
export type CopyWarning = z.infer<typeof CopyWarning>;

export const ProfileRef = z.strictObject({ id: z.string(), name: z.string() });

export const CopyPlan = z.strictObject({
  version: z.literal(1),
  source: ProfileRef,
  target: ProfileRef,
  /** The copy goes into the profile it comes from. */
  sameProfile: z.boolean(),
  service: z.strictObject({
    uid: Uid,
    newUid: Uid,
    /** PR_SERVICE_NAME (the MAPISVC.INF key). */
    serviceName: z.string().nullable(),
    displayName: z.string().nullable(),
    /** The copy's display name (the option, else the original's). */
    newDisplayName: z.string().nullable(),
  }),
  /**
   * Old → new section UIDs, in the order the new UIDs were drawn (replaying `Object.values(uidMap)` as
   * `newUid` gives the same plan). Fixed-UID sections keep their UID and are not listed.
   */
  uidMap: z.record(z.string(), Uid),
  sections: z.array(PlannedSection),
  /** Fixed-UID extra sections the target already has: the copy lists the target's own (not copied). */
  sharedSections: z.array(Uid),
  rewrites: z.array(Rewrite),
  masterChanges: MasterChanges,
  accountEntry: AccountEntry.nullable(),
  droppedFlags: z.array(DroppedFlag),
  warnings: z.array(CopyWarning),
  /** The copy's own PST file (`--data-file`), and the original's it replaces; absent otherwise. */
  dataFile: z.strictObject({ path: z.string(), previous: z.string() }).optional(),
  /** SHA-256 of the target as the plan read it; applyCopy refuses a target that changed since. */
  targetFingerprint: z.string(),
});
export type CopyPlan = z.infer<typeof CopyPlan>;

export const LintSeverity = z.enum(['error', 'warning', 'info']);
export type LintSeverity = z.infer<typeof LintSeverity>;

/** A finding's code is the name of its sentence in shared/i18n/errorMessages.ts. */
export const LintCode = z.enum([
  'lintProviderListDangling',
  'lintServiceWithoutProvider',
  'lintSeveralLegacyExchange',
  'lintExchangeSectionMissing',
  'lintDanglingReference',
  'lintProviderWithoutService',
  'lintServiceListedTwice',
  'lintServiceNotInMaster',
  'lintSharedDataFile',
  'lintNoDefaultStore',
  'lintSeveralDefaultStores',
  'lintNoPrimaryIdentity',
  'lintSeveralPrimaryIdentities',
  'lintSeveralDefaultOutbound',
  'lintAccountPointsNowhere',
  'lintAccountReferenceMissing',
  'lintAccountOrderDangling',
  'lintNextAccountIdStale',
  'lintOrphanSection',
  'lintNoMasterSection',
  'lintDefaultProfileMissing',
  'lintDefaultProfileEmpty',
]);
export type LintCode = z.infer<typeof LintCode>;

/** One change of a Check fix: a value set (`after`), removed (`after` null), or the whole key removed. */
export const LintFixChange = z.strictObject({
  section: z.string(),
  /** Registry value name ('' when the key is removed). */
  value: z.string(),
  /** The property's PR_ name (or the friendly value name), for the preview. */
  property: z.string(),
  type: z.number().int(),
  before: HexBytes.nullable(),
  after: HexBytes.nullable(),
  removeKey: z.boolean(),
});
export type LintFixChange = z.infer<typeof LintFixChange>;

/** A safe repair of a finding (electron/core/lint/fixes.ts): applied as one undo step. */
export const LintFix = z.strictObject({ changes: z.array(LintFixChange).min(1) });
export type LintFix = z.infer<typeof LintFix>;

export const LintFinding = z.strictObject({
  severity: LintSeverity,
  code: LintCode,
  /** Path of the key concerned, relative to the profile. */
  section: z.string().optional(),
  value: z.string().optional(),
  params: Params,
  /** The sentence in English (the window shows the sentence for `code` in its own language). */
  message: z.string(),
  /** The safe repair, where one exists. */
  fix: LintFix.optional(),
});
export type LintFinding = z.infer<typeof LintFinding>;

export const LintSummary = z.strictObject({
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  /** No error. */
  ok: z.boolean(),
});
export type LintSummary = z.infer<typeof LintSummary>;
