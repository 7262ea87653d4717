/**
 * Flags a profile holds at most once (docs/mapi-profiles.md §6.7, §10): the default store
 * (STATUS_DEFAULT_STORE on a store provider, SERVICE_DEFAULT_STORE on its service), the primary identity
 * (SERVICE_PRIMARY_IDENTITY / STATUS_PRIMARY_IDENTITY) and the default outbound transport
 * (STATUS_DEFAULT_OUTBOUND). A copy drops the ones the target already has.
 */
import type { ProfileView, ProviderView, ServiceView } from '../../../shared/profileView.js';
import { SERVICE, STATUS } from '../../../shared/mapi/flags.js';

export interface UniqueFlag {
  name: string;
  value: number;
  on: 'service' | 'provider';
}

/** A flag of shared/mapi/flags.ts by name, on the sections that carry it. */
const onService = (name: keyof typeof SERVICE): UniqueFlag => ({ name, value: SERVICE[name], on: 'service' });
const onProvider = (name: keyof typeof STATUS): UniqueFlag => ({ name, value: STATUS[name], on: 'provider' });

export const UNIQUE_FLAGS: UniqueFlag[] = [
  onService('SERVICE_DEFAULT_STORE'),
  onService('SERVICE_PRIMARY_IDENTITY'),
  onProvider('STATUS_DEFAULT_OUTBOUND'),
  onProvider('STATUS_DEFAULT_STORE'),
  onProvider('STATUS_PRIMARY_IDENTITY'),
];

/**
 * A service or provider section as `heldFlagsOf` reads it: its PR_RESOURCE_FLAGS, and its name (display
 * name or uid) for the plan's message — a function, so that only the sections that hold a flag are named.
 */
export interface FlagHolder {
  on: UniqueFlag['on'];
  flags: number | undefined;
  name: () => string;
}

/** Which section holds each unique flag (its display name or uid), by flag name; the first holder wins. */
export function heldFlagsOf(holders: Iterable<FlagHolder>): Map<string, string> {
  const held = new Map<string, string>();
  const note = (flag: string, by: string) => held.has(flag) || held.set(flag, by);
  for (const h of holders) {
    for (const f of UNIQUE_FLAGS) if (f.on === h.on && ((h.flags ?? 0) & f.value) !== 0 && !held.has(f.name)) held.set(f.name, h.name());
  }
  // The primary identity is one fact with two spellings: either one held means held.
  const primary = held.get('SERVICE_PRIMARY_IDENTITY') ?? held.get('STATUS_PRIMARY_IDENTITY');
  if (primary) ['SERVICE_PRIMARY_IDENTITY', 'STATUS_PRIMARY_IDENTITY'].forEach((f) => note(f, primary));
  const store = held.get('STATUS_DEFAULT_STORE') ?? held.get('SERVICE_DEFAULT_STORE');
  if (store) ['SERVICE_DEFAULT_STORE', 'STATUS_DEFAULT_STORE'].forEach((f) => note(f, store));
  return held;
}

/** Which section of a profile holds each unique flag, from its view: each service, then its providers. */
export function heldFlags(target: Pick<ProfileView, 'services'>): Map<string, string> {
  const holder = (on: UniqueFlag['on'], s: Pick<ServiceView | ProviderView, 'uid' | 'displayName' | 'flags'>): FlagHolder => ({
    on,
    flags: s.flags?.value,
    name: () => s.displayName ?? s.uid,
  });
  return heldFlagsOf(target.services.flatMap((s) => [holder('service', s), ...s.providers.map((p) => holder('provider', p))]));
}
