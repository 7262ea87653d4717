/**
 * A copy-service plan: what `planCopy` decides and `applyCopy` carries out, what the preview dialog and
 * `mpe copy-service --dry-run --json` show. The descriptive lists (sections, rewrites, dropped flags,
 * warnings) explain the change; `newKeys` and `valueChanges` are the change itself.
 */
import { z } from 'zod';
import { KeyDoc, HexBytes } from './profileDoc.js';

export const CopiedSection = z.object({
  oldUid: z.string(),
  newUid: z.string(),
  role: z.enum(['service', 'provider', 'extra', 'preferences']),
  displayName: z.string().nullable(),
});

export const Rewrite = z.object({
  /** Path of the key in the target (a new section, or an account entry). */
  section: z.string(),
  valueName: z.string(),
  name: z.string().nullable(),
  kind: z.enum(['uid', 'uidList', 'embedded', 'recordKey', 'account']),
  before: HexBytes,
  after: HexBytes,
});

export const DroppedFlag = z.object({
  section: z.string(),
  flag: z.string(),
  before: z.number().int(),
  after: z.number().int(),
  /** Why: which section of the target already holds the flag. */
  heldBy: z.string(),
});

export const CopyWarning = z.object({
  code: z.enum(['sharedDataFile', 'unknownUidReference', 'fixedSectionShared', 'secureNotPortable']),
  params: z.record(z.string(), z.string()),
});
export type CopyWarning = z.infer<typeof CopyWarning>;

export const ValueChange = z.object({
  path: z.string(),
  name: z.string(),
  type: z.number().int(),
  before: HexBytes.nullable(),
  after: HexBytes,
  why: z.string(),
});

export const CopyPlan = z.object({
  sourceId: z.string(),
  sourceName: z.string(),
  targetId: z.string(),
  targetName: z.string(),
  sameProfile: z.boolean(),
  service: z.object({ uid: z.string(), newUid: z.string(), serviceName: z.string().nullable(), displayName: z.string().nullable(), newDisplayName: z.string().nullable() }),
  sections: z.array(CopiedSection),
  rewrites: z.array(Rewrite),
  droppedFlags: z.array(DroppedFlag),
  /** The new account-manager entry, when the source service had one. */
  account: z.object({ oldPath: z.string(), newPath: z.string(), newId: z.number().int() }).nullable(),
  warnings: z.array(CopyWarning),
  /** Keys created in the target, complete. */
  newKeys: z.array(KeyDoc),
  /** Values set on keys the target already has (master lists, account manager order). */
  valueChanges: z.array(ValueChange),
  /** The target as the plan saw it: applyCopy refuses a target that changed since. */
  targetFingerprint: z.string(),
});
export type CopyPlan = z.infer<typeof CopyPlan>;

export const LintFinding = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  section: z.string().optional(),
  valueName: z.string().optional(),
  params: z.record(z.string(), z.string()),
  /** The sentence in English (the window shows shared/i18n's sentence for `code` in its language). */
  message: z.string(),
});
export type LintFinding = z.infer<typeof LintFinding>;
