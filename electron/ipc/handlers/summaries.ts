/** ProfileSummary rows, computed from the stored document (the master section's PR_SERVICES). */
import type { ProfileSummary } from '../../../shared/contract.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { PR_SERVICES } from '../../../shared/mapi/tags.js';
import { SECTION, isSectionKeyName } from '../../../shared/mapi/sections.js';
import { indexDoc, propBytes, splitUids } from '../../core/model/index.js';

export function summarize(doc: ProfileDoc, isDefault: boolean): ProfileSummary {
  const index = indexDoc(doc);
  const services = propBytes(index.sections.get(SECTION.master), PR_SERVICES);
  return {
    id: doc.id,
    name: doc.name,
    origin: doc.origin,
    isDefault,
    serviceCount: services ? splitUids(services).length : 0,
    sectionCount: doc.keys.filter((k) => isSectionKeyName(k.path)).length,
  };
}
