/** Facts about a section the inspector needs: the owning service's name (for provider-defined tags), labels. */
import type { DecodedProperty, ProfileView, SectionView } from '../../shared/profileView';
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
