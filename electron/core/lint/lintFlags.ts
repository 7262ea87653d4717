/**
 * Flags a profile holds once (docs/check-rules.md E3, W4, W7, I4; docs/mapi-profiles.md §2.3, §6.7, §10): the default store (the first store with
 * STATUS_DEFAULT_STORE), the primary identity (SERVICE_PRIMARY_IDENTITY on a service, STATUS_PRIMARY_IDENTITY
 * on its providers) and the default outbound transport (STATUS_DEFAULT_OUTBOUND).
 *
 * The primary identity is missing only when some service could supply it, i.e. lacks
 * SERVICE_NO_PRIMARY_IDENTITY (0x20, "no provider can supply the identity"): a profile of PST and address
 * book services only (the 16.0 sample: CONTAB 0x22, MSUPST MS 0x20) rightly has none.
 */
import type { ProfileView } from '../../../shared/profileView.js';
import { MAPI_STORE_PROVIDER, MAPI_TRANSPORT_PROVIDER, SERVICE, STATUS } from '../../../shared/mapi/flags.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { PR_RESOURCE_FLAGS } from '../../../shared/mapi/tags.js';
import type { AddFinding } from './lint.js';

const { SERVICE_PRIMARY_IDENTITY, SERVICE_NO_PRIMARY_IDENTITY } = SERVICE;
const { STATUS_DEFAULT_OUTBOUND, STATUS_DEFAULT_STORE, STATUS_PRIMARY_IDENTITY } = STATUS;

/** Where each finding points: the section's PR_RESOURCE_FLAGS value. */
const RESOURCE_FLAGS_VALUE = valueNameOfTag(PR_RESOURCE_FLAGS);

const has = (flags: { value: number } | null, bit: number): boolean => flags !== null && (flags.value & bit) !== 0;

export function flagFindings(view: ProfileView, add: AddFinding): void {
  const providers = [
    ...new Map(view.services.flatMap((s) => s.providers.filter((p) => p.exists).map((p) => [p.uid, p] as const))).values(),
  ];
  const stores = providers.filter((p) => p.resourceType === MAPI_STORE_PROVIDER);
  const defaults = stores.filter((p) => has(p.flags, STATUS_DEFAULT_STORE));
  if (defaults.length > 1)
    add(
      'lintSeveralDefaultStores',
      { stores: defaults.map((p) => p.displayName ?? p.uid).join(', '), property: 'PR_RESOURCE_FLAGS' },
      { section: defaults[1]!.uid, value: RESOURCE_FLAGS_VALUE },
    );
  if (stores.length > 0 && defaults.length === 0) add('lintNoDefaultStore', {});

  const live = view.services.filter((s) => s.exists);
  const holders = live.filter(
    (s) => has(s.flags, SERVICE_PRIMARY_IDENTITY) || s.providers.some((p) => p.exists && has(p.flags, STATUS_PRIMARY_IDENTITY)),
  );
  if (holders.length > 1)
    add(
      'lintSeveralPrimaryIdentities',
      { services: holders.map((s) => s.displayName ?? s.uid).join(', '), property: 'PR_RESOURCE_FLAGS' },
      { section: holders[1]!.uid, value: RESOURCE_FLAGS_VALUE },
    );
  const capable = live.find((s) => !has(s.flags, SERVICE_NO_PRIMARY_IDENTITY));
  if (holders.length === 0 && capable)
    add('lintNoPrimaryIdentity', { service: capable.displayName ?? capable.uid }, { section: capable.uid });

  const outbound = providers.filter((p) => p.resourceType === MAPI_TRANSPORT_PROVIDER && has(p.flags, STATUS_DEFAULT_OUTBOUND));
  if (outbound.length > 1)
    add(
      'lintSeveralDefaultOutbound',
      { providers: outbound.map((p) => p.displayName ?? p.uid).join(', '), property: 'PR_RESOURCE_FLAGS' },
      { section: outbound[1]!.uid, value: RESOURCE_FLAGS_VALUE },
    );
}
