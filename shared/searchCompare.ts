/** Results of searching the workspace and comparing profiles: they cross IPC and are printed by `mpe`. */
import { z } from 'zod';

export const SearchKind = z.enum(['any', 'name', 'value', 'hex']);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchHit = z.object({
  profileId: z.string(),
  profileName: z.string(),
  section: z.string(),
  valueName: z.string().nullable(),
  /** What matched: the key name, the property's name or tag, its value, or its bytes. */
  matched: z.enum(['section', 'name', 'value', 'hex']),
  tagName: z.string().nullable(),
  preview: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({ hits: z.array(SearchHit), truncated: z.boolean() });
export type SearchResult = z.infer<typeof SearchResult>;

const Side = z.object({ type: z.number().int(), data: z.string(), text: z.string() }).nullable();

export const ValueDiff = z.object({
  valueName: z.string(),
  tagName: z.string().nullable(),
  state: z.enum(['changed', 'onlyLeft', 'onlyRight']),
  left: Side,
  right: Side,
});
export type ValueDiff = z.infer<typeof ValueDiff>;

/** A key of either side; `rightPath` when the right side's matching key (by meaning) has another path. */
export const KeyDiff = z.object({
  path: z.string(),
  rightPath: z.string().optional(),
  state: z.enum(['changed', 'onlyLeft', 'onlyRight']),
  values: z.array(ValueDiff),
});
export type KeyDiff = z.infer<typeof KeyDiff>;

export const Comparison = z.object({
  keys: z.array(KeyDiff),
  sameKeys: z.number().int(),
  /** Compared with its saved version, and the source file no longer holds the profile (every key only left). */
  notInSavedFile: z.literal(true).optional(),
});
export type Comparison = z.infer<typeof Comparison>;

/**
 * What one step of the history changed in one profile: its name before and after (null where it did not
 * exist: created or deleted by the step), and, for a profile on both sides, its keys compared by path
 * (old → new values, properties named PR_…).
 */
export const ProfileChange = z.object({
  profileId: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  keys: z.array(KeyDiff),
});
export type ProfileChange = z.infer<typeof ProfileChange>;

/** `truncated`: a step that changed more values than are listed (an import of a thousand profiles). */
export const HistoryChanges = z.object({ profiles: z.array(ProfileChange), truncated: z.boolean() });
export type HistoryChanges = z.infer<typeof HistoryChanges>;
