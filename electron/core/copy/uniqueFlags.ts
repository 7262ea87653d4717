/**
 * Flags a profile holds at most once (mapi-profiles.md §6.7, §10): the default store
 * (STATUS_DEFAULT_STORE on a store provider, SERVICE_DEFAULT_STORE on its service), the primary identity
 * (SERVICE_PRIMARY_IDENTITY / STATUS_PRIMARY_IDENTITY) and the default outbound transport
 * (STATUS_DEFAULT_OUTBOUND). A copy drops the ones the target already has.
 */
import type { ProfileView } from '../../../shared/profileView.js';

export interface UniqueFlag {
  name: string;
  value: number;
  on: 'service' | 'provider';
}

export const UNIQUE_FLAGS: UniqueFlag[] = [
  { name: 'SERVICE_DEFAULT_STORE', value: 0x1, on: 'service' },
  { name: 'SERVICE_PRIMARY_IDENTITY', value: 0x8, on: 'service' },
  { name: 'STATUS_DEFAULT_OUTBOUND', value: 0x1, on: 'provider' },
  { name: 'STATUS_DEFAULT_STORE', value: 0x2, on: 'provider' },
  { name: 'STATUS_PRIMARY_IDENTITY', value: 0x4, on: 'provider' },
];

/** Which section of the target holds each unique flag (its display name or uid), by flag name. */
export function heldFlags(target: ProfileView): Map<string, string> {
  const held = new Map<string, string>();
  const note = (flag: string, by: string) => held.has(flag) || held.set(flag, by);
  for (const s of target.services) {
    for (const f of UNIQUE_FLAGS.filter((u) => u.on === 'service')) if (s.flags && s.flags.value & f.value) note(f.name, s.displayName ?? s.uid);
    for (const p of s.providers) {
      for (const f of UNIQUE_FLAGS.filter((u) => u.on === 'provider')) if (p.flags && p.flags.value & f.value) note(f.name, p.displayName ?? p.uid);
    }
  }
  // The primary identity is one fact with two spellings: either one held means held.
  const primary = held.get('SERVICE_PRIMARY_IDENTITY') ?? held.get('STATUS_PRIMARY_IDENTITY');
  if (primary) ['SERVICE_PRIMARY_IDENTITY', 'STATUS_PRIMARY_IDENTITY'].forEach((f) => note(f, primary));
  const store = held.get('STATUS_DEFAULT_STORE') ?? held.get('SERVICE_DEFAULT_STORE');
  if (store) ['SERVICE_DEFAULT_STORE', 'STATUS_DEFAULT_STORE'].forEach((f) => note(f, store));
  return held;
}
