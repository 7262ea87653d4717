/** ProfileSummary rows, computed from the stored document (the master section's PR_SERVICES). */
import type { ProfileSummary } from '../../../shared/contract.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { PR_SERVICES } from '../../../shared/mapi/tags.js';
import { SECTION, isSectionKeyName } from '../../../shared/mapi/sections.js';
import { indexDoc, propBytes, splitUids } from '../../core/model/index.js';
import type { ProfileStore } from '../../core/store/profileStore.js';
import { defaultsOf, profilesOf, unsavedOf } from '../../core/store/savedState.js';

/** Ids of the profiles changed since their source was last opened or saved. */
export function unsavedIds(store: ProfileStore): Set<string> {
  const docs = store.list();
  const ids = new Set<string>();
  for (const sourceId of Object.keys(store.sources())) {
    for (const id of unsavedOf(profilesOf(docs, sourceId), defaultsOf(store.defaults(), sourceId), store.saved(sourceId)).changed) ids.add(id);
  }
  return ids;
}

export function summarize(doc: ProfileDoc, isDefault: boolean, unsaved: boolean): ProfileSummary {
  const index = indexDoc(doc);
  const services = propBytes(index.sections.get(SECTION.master), PR_SERVICES);
  return {
    id: doc.id,
    name: doc.name,
    origin: doc.origin,
    isDefault,
    unsaved,
    serviceCount: services ? splitUids(services).length : 0,
    sectionCount: doc.keys.filter((k) => isSectionKeyName(k.path)).length,
  };
}
