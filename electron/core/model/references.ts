/**
 * Every UID reference of a profile (docs/mapi-profiles.md §6.7, §11, §14.4), so that lint and the UI can mark
 * dangling ones and the copy engine knows what to rewrite:
 *
 * - `uid`: a single 16-byte UID (PR_SERVICE_UID, PR_EMSMDB_SECTION_UID, PR_EMSABP_USER_UID, an account's
 *   `Service UID` / `Preferences UID` / `XP Provider UID`, and a 16-byte PR_RECORD_KEY equal to a section
 *   UID of the profile);
 * - `uidList`: one UID of a concatenated list (PR_SERVICES, PR_STORE/AB/TRANSPORT_PROVIDERS,
 *   PR_SERVICE_EXTRA_UIDS, PR_FILTERING_HOOKS, PR_AB_SEARCH_PATH_UPDATE);
 * - `embedded`: an AB entry ID (PR_AB_SEARCH_PATH, PR_AB_DEFAULT_DIR, PR_AB_DEFAULT_PAB) whose bytes 4–20
 *   equal a section UID of the profile. Only matches are reported: an embedded UID that names no section
 *   is a provider constant, not a dangling reference.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { UidReference } from '../../../shared/profileView.js';
import { propType, tagOfValueName } from '../../../shared/mapi/propTag.js';
import { PR_RECORD_KEY, PT } from '../../../shared/mapi/tags.js';
import { tagInfo } from '../../../shared/mapi/tagTable.js';
import { ACCOUNT_UID_VALUES } from './accounts.js';
import { fromHex, toHex } from './bytes.js';
import { indexDoc, splitUids, type DocIndex } from './docIndex.js';
import { decodeProperty } from './propertyCodec.js';

/** `index`: the doc's index when the caller has already built it. */
export function referencesOf(doc: ProfileDoc, index: DocIndex = indexDoc(doc)): UidReference[] {
  const exists = (uid: string) => index.sections.has(uid);
  const out: UidReference[] = [];
  const accountNames = new Set(ACCOUNT_UID_VALUES.map((n) => n.toLowerCase()));

  for (const key of doc.keys) {
    const add = (valueName: string, kind: UidReference['kind'], target: string) =>
      out.push({ section: key.path, valueName, kind, target, exists: exists(target) });
    for (const v of key.values) {
      const tag = tagOfValueName(v.name);
      if (tag === null) {
        if (accountNames.has(v.name.toLowerCase()) && v.data.length === 32) add(v.name, 'uid', v.data.toLowerCase());
        continue;
      }
      const info = tagInfo(tag);
      const ptype = propType(tag);
      if (info?.copy === 'remap' && ptype === PT.BINARY) {
        if (info.uidList) for (const uid of splitUids(fromHex(v.data))) add(v.name, 'uidList', uid);
        else if (v.data.length === 32) add(v.name, 'uid', v.data.toLowerCase());
      } else if (tag === PR_RECORD_KEY && v.data.length === 32 && exists(v.data.toLowerCase())) {
        add(v.name, 'uid', v.data.toLowerCase());
      } else if (info?.copy === 'scan') {
        for (const eid of entryIds(v.name, v.type, v.data)) {
          if (eid.length < 20) continue;
          const uid = toHex(eid.subarray(4, 20));
          if (exists(uid)) add(v.name, 'embedded', uid);
        }
      }
    }
  }
  return out;
}

/** The entry IDs of a PT_BINARY or PT_MV_BINARY value. */
function entryIds(name: string, type: number, hex: string): Uint8Array[] {
  const bytes = fromHex(hex);
  const tag = tagOfValueName(name)!;
  if (propType(tag) === PT.BINARY) return [bytes];
  if (propType(tag) !== PT.MV_BINARY) return [];
  const d = decodeProperty({ name, type, data: bytes });
  return Array.isArray(d.value) ? (d.value as string[]).map(fromHex) : [];
}

/** The references whose target is not a section of the profile. */
export const danglingReferences = (doc: ProfileDoc): UidReference[] => referencesOf(doc).filter((r) => !r.exists);
