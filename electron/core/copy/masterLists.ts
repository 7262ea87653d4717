/**
 * Registration of the copy in the target's master section 9207f3e0… (mapi-profiles.md §12.2): the new
 * service is appended to PR_SERVICES, and each new provider to the master lists where the source master
 * listed the original (PR_STORE_PROVIDERS, PR_AB_PROVIDERS, PR_TRANSPORT_PROVIDERS — whose order is the
 * search and transport order — and PR_AB_SEARCH_PATH_UPDATE). Scripts that add a service by hand do the
 * same (§12.2). A target without a master section gets one.
 */
import type { CopyPlan } from '../../../shared/copyPlan.js';
import type { KeyDoc } from '../../../shared/profileDoc.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { PR_AB_PROVIDERS, PR_AB_SEARCH_PATH_UPDATE, PR_SERVICES, PR_STORE_PROVIDERS, PR_TRANSPORT_PROVIDERS } from '../../../shared/mapi/tags.js';
import { uidListOf, type DocIndex } from '../model/index.js';
import type { UidMap } from './uidRewrite.js';

const MASTER_LISTS = [PR_SERVICES, PR_STORE_PROVIDERS, PR_AB_PROVIDERS, PR_TRANSPORT_PROVIDERS, PR_AB_SEARCH_PATH_UPDATE];
const REG_BINARY = 3;

export function masterChanges(source: DocIndex, target: DocIndex, uidMap: UidMap, newServiceUid: string): Pick<CopyPlan, 'newKeys' | 'valueChanges'> {
  const sourceMaster = source.sections.get(SECTION.master);
  const targetMaster = target.sections.get(SECTION.master);
  const created: KeyDoc = { path: SECTION.master, values: [] };
  const valueChanges: CopyPlan['valueChanges'] = [];
  for (const tag of MASTER_LISTS) {
    const name = valueNameOfTag(tag);
    const additions = uidListOf(sourceMaster, tag).flatMap((uid) => uidMap.get(uid) ?? []);
    if (tag === PR_SERVICES && !additions.includes(newServiceUid)) additions.push(newServiceUid);
    if (additions.length === 0) continue;
    const existing = targetMaster?.values.find((v) => v.name.toLowerCase() === name);
    const after = (existing?.data ?? '') + additions.join('');
    if (targetMaster) {
      valueChanges.push({ path: targetMaster.path, name: existing?.name ?? name, type: existing?.type ?? REG_BINARY, before: existing?.data ?? null, after, why: 'master' });
    } else created.values.push({ name, type: REG_BINARY, data: after });
  }
  return { newKeys: targetMaster ? [] : [created], valueChanges };
}
