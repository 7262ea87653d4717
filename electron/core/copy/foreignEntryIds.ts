/**
 * Entry IDs that name a store of the source profile (docs/mapi-profiles.md §11.5, §14.2): the Outlook Address
 * Book keeps the contact folders it shows as PR_CONTAB_STORE_ENTRYIDS (11026626) and PR_CONTAB_FOLDER_ENTRYIDS
 * (11026620) — store and folder entry IDs, not section UIDs, so the copy keeps them byte for byte. Copied into
 * a profile that has no store with that entry ID (its store providers' PR_ENTRYID / PR_STORE_ENTRYID), they
 * name folders the target cannot open: the plan warns (`foreignEntryId`) instead of copying silently.
 */
import type { CopyWarning, PlannedSection } from '../../../shared/copyPlan.js';
import { tagOfValueName, valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { tagName } from '../../../shared/mapi/tagTable.js';
import { PR_CONTAB_FOLDER_ENTRYIDS, PR_CONTAB_STORE_ENTRYIDS, PR_ENTRYID, PR_STORE_ENTRYID } from '../../../shared/mapi/tags.js';
import { decodeProperty, fromHex } from '../model/index.js';
import type { ServiceGraph } from '../model/profileView.js';

const STORE_ID_VALUES = [valueNameOfTag(PR_ENTRYID), valueNameOfTag(PR_STORE_ENTRYID)];

/** The entry IDs of an MV_BINARY value, as lowercase hex. */
function entryIds(v: { name: string; type: number; data: string }): string[] {
  const d = decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) });
  return Array.isArray(d.value) ? (d.value as string[]).map((x) => x.toLowerCase()) : [];
}

export function foreignEntryIds(
  sections: readonly PlannedSection[],
  target: ServiceGraph,
  profile: string,
  serviceName: string | undefined,
): CopyWarning[] {
  const stores = new Set<string>();
  for (const key of target.index.sections.values())
    for (const v of key.values) if (STORE_ID_VALUES.includes(v.name.toLowerCase())) stores.add(v.data.toLowerCase());
  const warnings: CopyWarning[] = [];
  for (const s of sections) {
    const storeIds = s.values.find((v) => tagOfValueName(v.name) === PR_CONTAB_STORE_ENTRYIDS);
    if (!storeIds || entryIds(storeIds).every((eid) => stores.has(eid))) continue;
    for (const v of s.values) {
      const tag = tagOfValueName(v.name);
      if (tag !== PR_CONTAB_STORE_ENTRYIDS && tag !== PR_CONTAB_FOLDER_ENTRYIDS) continue;
      warnings.push({ code: 'foreignEntryId', params: { section: s.uid, value: v.name, property: tagName(tag, serviceName), profile } });
    }
  }
  return warnings;
}
