/**
 * What one step of the history changed, for the History panel (issue 20: "each step showing old → new
 * values"): the profiles it created, deleted or changed, and in each changed profile the values before
 * and after, read from the step's own record (the documents before and after it, storeFiles.ts
 * HistoryRecord) rather than recomputed, so it is what undo and redo really put back.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { HistoryChanges, KeyDiff, ProfileChange } from '../../../shared/searchCompare.js';
import type { HistoryRecord } from '../store/storeFiles.js';
import { compareByPath } from './compareProfiles.js';

/** Values listed at most: an import of 1,000 profiles creates them, and lists no values for created ones. */
export const MAX_VALUES = 2000;

export function historyChanges(record: HistoryRecord, maxValues = MAX_VALUES): HistoryChanges {
  const { before, after } = record;
  // Only the documents the step touched are recorded, on both sides (null: absent on that side); listed
  // in the workspace's order.
  const touched = new Set([...Object.keys(after.docs), ...Object.keys(before.docs)]);
  const ids = [...new Set([...after.order, ...before.order, ...touched])].filter((id) => touched.has(id));
  const profiles: ProfileChange[] = [];
  let budget = maxValues;
  let truncated = false;
  for (const id of ids) {
    const b: ProfileDoc | null = before.docs[id] ?? null;
    const a: ProfileDoc | null = after.docs[id] ?? null;
    if (!b && !a) continue;
    const keys: KeyDiff[] = [];
    if (b && a && !truncated) {
      for (const k of compareByPath(b, a).keys) {
        if (k.values.length > budget) {
          truncated = true;
          break;
        }
        budget -= k.values.length;
        keys.push(k);
      }
    }
    if (b && a && keys.length === 0 && b.name === a.name) continue;
    profiles.push({ profileId: id, before: b?.name ?? null, after: a?.name ?? null, keys });
  }
  return { profiles, truncated };
}
