/**
 * Registration of the copy in the target's master section 9207f3e0… (docs/mapi-profiles.md §12.2), as scripts
 * that add a service by hand do: the new service is appended to PR_SERVICES; each new provider is
 * appended to the master PR_STORE_PROVIDERS / PR_AB_PROVIDERS / PR_TRANSPORT_PROVIDERS (their order is
 * the search and transport order, so the copy comes last) when the source master listed the original
 * there or the target master keeps that list; and to PR_AB_SEARCH_PATH_UPDATE when the source master
 * listed the original there (the 16.0 sample lists its AB provider in it: MAPI adds those to the search
 * path at the next logon — inferred). A target without a master section gets one.
 */
import type { MasterChanges } from '../../../shared/copyPlan.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { tagName } from '../../../shared/mapi/tagTable.js';
import {
  PR_AB_PROVIDERS,
  PR_AB_SEARCH_PATH_UPDATE,
  PR_SERVICES,
  PR_STORE_PROVIDERS,
  PR_TRANSPORT_PROVIDERS,
} from '../../../shared/mapi/tags.js';
import { uidListOf, type DocIndex } from '../model/index.js';
import type { UidMap } from './uidRewrite.js';

const REG_BINARY = 3;

/** The service's own list that names each kind of provider. */
const PROVIDER_LISTS = [PR_STORE_PROVIDERS, PR_AB_PROVIDERS, PR_TRANSPORT_PROVIDERS] as const;

export function masterChanges(
  source: DocIndex,
  target: DocIndex,
  serviceUid: string,
  uidMap: UidMap,
  newServiceUid: string,
): MasterChanges {
  const sourceMaster = source.sections.get(SECTION.master);
  const targetMaster = target.sections.get(SECTION.master);
  const sourceService = source.sections.get(serviceUid);
  const changes: MasterChanges['changes'] = [];
  const existing = (tag: number) => targetMaster?.values.find((v) => v.name.toLowerCase() === valueNameOfTag(tag));

  const append = (tag: number, additions: string[]) => {
    const fresh = [...new Set(additions)].filter((u) => !uidListOf(targetMaster, tag).includes(u));
    if (fresh.length === 0) return;
    const before = existing(tag);
    changes.push({
      section: targetMaster?.path ?? SECTION.master,
      value: before?.name ?? valueNameOfTag(tag),
      tagName: tagName(tag),
      type: before?.type ?? REG_BINARY,
      before: before?.data ?? null,
      after: (before?.data ?? '') + fresh.join(''),
    });
  };

  append(PR_SERVICES, [newServiceUid]);
  for (const tag of PROVIDER_LISTS) {
    const listedBySource = new Set(uidListOf(sourceMaster, tag));
    const targetKeeps = existing(tag) !== undefined;
    const providers = uidListOf(sourceService, tag).filter((old) => uidMap.has(old) && (listedBySource.has(old) || targetKeeps));
    // Providers found only through their back-link, but listed by the source master.
    for (const old of listedBySource) if (uidMap.has(old) && !providers.includes(old)) providers.push(old);
    append(
      tag,
      providers.map((old) => uidMap.get(old)!),
    );
  }
  append(
    PR_AB_SEARCH_PATH_UPDATE,
    uidListOf(sourceMaster, PR_AB_SEARCH_PATH_UPDATE).flatMap((old) => uidMap.get(old) ?? []),
  );
  return { createMaster: !targetMaster, changes };
}
