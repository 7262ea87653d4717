/** Facts about a section the inspector needs: the owning service's name (for provider-defined tags), labels. */
import type { DecodedProperty, ProfileView, SectionView } from '../../shared/profileView';
import { sectionLabelId, type SectionLabelId } from '../../shared/mapi/sectionLabels';
import { wellKnownSection } from '../../shared/mapi/sections';
import { isProviderDefinedId, tagInfo } from '../../shared/mapi/tagTable';

/** PR_SERVICE_NAME of the service the section is or belongs to. */
export function serviceNameOf(view: ProfileView, section: SectionView): string | undefined {
  const uid = section.kind === 'service' ? section.uid : section.serviceUid;
  if (!uid) return undefined;
  return view.services.find((s) => s.uid === uid)?.serviceName ?? undefined;
}

export interface PropertyLabel {
  name: string;
  /** An id in 0x6600–0x67FF that no table names for this provider. */
  providerDefined: boolean;
  known: boolean;
}

export function propertyLabel(p: DecodedProperty, serviceName?: string): PropertyLabel {
  if (p.tag === null) return { name: p.valueName, providerDefined: false, known: true };
  const name = p.name ?? tagInfo(p.tag, serviceName)?.name;
  const providerDefined = isProviderDefinedId(p.tag >>> 16);
  return { name: name ?? '', providerDefined: providerDefined && !name, known: !!name };
}

/** The list key of a value: registry value names are unique per key, case-insensitively. */
export const propKey = (p: DecodedProperty): string => p.valueName.toLowerCase();

/** The one label id of a section of `view` (shared/mapi/sectionLabels.ts); translate it under `sectionLabel.`. */
export function sectionLabelOf(view: ProfileView | undefined, section: SectionView): SectionLabelId {
  const prefs = view?.accountManager?.accounts.some((a) => a.preferencesUid !== null && a.preferencesUid === section.uid) ?? false;
  return sectionLabelId(section, prefs);
}

/** The label id of a section UID of `view`, or of a well-known UID the profile does not hold; null otherwise. */
export function uidLabelOf(view: ProfileView | undefined, uid: string): SectionLabelId | null {
  const lower = uid.toLowerCase();
  const section = view?.sections.find((s) => s.uid === lower);
  if (section) return sectionLabelOf(view, section);
  const known = wellKnownSection(lower);
  return known ? sectionLabelId({ kind: 'wellKnown', wellKnown: known.key }) : null;
}

/** The display name that goes with a section's label: the service's or provider's display name. */
export function sectionNameOf(view: ProfileView | undefined, s: SectionView): string {
  if (!view || (s.kind !== 'service' && s.kind !== 'provider' && s.kind !== 'extra')) return '';
  const svc = view.services.find((x) => x.uid === (s.kind === 'service' ? s.uid : s.serviceUid));
  if (s.kind === 'service') return svc?.displayName ?? '';
  const prov = svc?.providers.find((p) => p.uid === s.uid);
  return prov?.displayName ?? svc?.displayName ?? '';
}
