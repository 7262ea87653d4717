/**
 * UID references that name no section (model/references.ts), judged by what MAPI does with the value
 * (docs/check-rules.md E1, W3, I1, I2):
 *
 * - a provider list — PR_SERVICES, PR_STORE_PROVIDERS, PR_AB_PROVIDERS, PR_TRANSPORT_PROVIDERS — is what
 *   MAPI walks to load services and providers: a missing section there stops the profile (error);
 * - PR_EMSMDB_SECTION_UID of an Exchange service or provider names the account's settings section: gone,
 *   the account has no settings (warning);
 * - every other reference — PR_EMSABP_USER_UID, PR_SERVICE_EXTRA_UIDS, PR_AB_SEARCH_PATH_UPDATE, the
 *   Outlook global section's copy of the legacy emsmdbUID… — names a section MAPI creates when it is first
 *   opened for writing (OpenProfileSection with MAPI_MODIFY) or Outlook re-derives (info);
 * - a provider's back-link (PR_SERVICE_UID) naming no service: MAPI never loads that provider (info).
 */
import type { UidReference } from '../../../shared/profileView.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { tagName } from '../../../shared/mapi/tagTable.js';
import {
  PR_AB_PROVIDERS,
  PR_EMSMDB_SECTION_UID,
  PR_SERVICE_UID,
  PR_SERVICES,
  PR_STORE_PROVIDERS,
  PR_TRANSPORT_PROVIDERS,
} from '../../../shared/mapi/tags.js';
import { tagOfValueName } from '../../../shared/mapi/propTag.js';
import type { Classification } from '../model/sectionKinds.js';
import type { AddFinding } from './lint.js';

const PROVIDER_LISTS = new Set([PR_SERVICES, PR_STORE_PROVIDERS, PR_AB_PROVIDERS, PR_TRANSPORT_PROVIDERS]);

export function referenceFindings(references: readonly UidReference[], kinds: Classification, add: AddFinding): void {
  const services = new Set(kinds.services);
  for (const r of references) {
    if (r.section.toLowerCase().startsWith(SECTION.accountManager + '\\')) continue; // lintAccounts.ts
    const tag = tagOfValueName(r.valueName);
    const where = { section: r.section, value: r.valueName };
    const property = tag === null ? r.valueName : tagName(tag);
    if (tag === PR_SERVICE_UID) {
      if (!r.exists || !services.has(r.target)) add('lintProviderWithoutService', { section: r.section, target: r.target }, where);
      continue;
    }
    if (r.exists) continue;
    const params = { section: r.section, property, value: r.valueName, target: r.target };
    const kind = kinds.kinds.get(r.section.toLowerCase());
    if (tag !== null && PROVIDER_LISTS.has(tag)) add('lintProviderListDangling', params, where);
    else if (tag === PR_EMSMDB_SECTION_UID && (kind === 'service' || kind === 'provider')) add('lintExchangeSectionMissing', params, where);
    else add('lintDanglingReference', params, where);
  }
}
