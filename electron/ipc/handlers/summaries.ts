/** ProfileSummary and SourceSummary rows, computed from the stored documents (the master section's PR_SERVICES). */
import type { ProfileSummary, SourceSummary } from '../../../shared/contract.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { PR_SERVICES } from '../../../shared/mapi/tags.js';
import { SECTION, isSectionKeyName } from '../../../shared/mapi/sections.js';
import { indexDoc, propBytes, splitUids } from '../../core/model/index.js';
import type { SourceDoc } from '../../../shared/source.js';
import type { LiveRegistry } from '../../core/liveRegistry/index.js';
import type { Shell } from './context.js';
import type { ProfileStore } from '../../core/store/profileStore.js';
import { defaultsOf, profilesOf, unsavedOf, type Unsaved } from '../../core/store/savedState.js';

/** Ids of the profiles changed since their source was last opened or saved. */
export function unsavedIds(store: ProfileStore): Set<string> {
  const docs = store.list();
  const ids = new Set<string>();
  for (const sourceId of Object.keys(store.sources())) {
    for (const id of unsavedOf(profilesOf(docs, sourceId), defaultsOf(store.defaults(), sourceId), store.saved(sourceId)).changed)
      ids.add(id);
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

/** One open file's row: its profiles and whether it has unsaved changes; `savesInPlace` is the transport's fact. */
export function summarizeSource(
  store: ProfileStore,
  source: SourceDoc,
  docs: readonly ProfileDoc[],
  savesInPlace: boolean,
  unsaved?: Unsaved,
): SourceSummary {
  const mine = profilesOf(docs, source.id);
  return {
    id: source.id,
    kind: source.kind,
    name: source.name,
    ...(source.format ? { format: source.format } : {}),
    profileCount: mine.length,
    unsaved: (unsaved ?? unsavedOf(mine, defaultsOf(store.defaults(), source.id), store.saved(source.id))).dirty,
    savesInPlace,
  };
}

/** Save writes in place: "This computer" where reg.exe is there, a file opened from disk in the desktop app (else a download). */
export const savesInPlaceFor =
  (shell: Shell, live: LiveRegistry | null) =>
  (source: SourceDoc): boolean =>
    source.kind === 'computer' ? live?.available === true : shell === 'electron' && source.path !== undefined;
