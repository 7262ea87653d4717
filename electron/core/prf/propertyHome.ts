/**
 * Where a PRF-mapped property lives in a profile: the one rule both directions use, so an exported PRF
 * reads each value from the section an import writes it to.
 *
 * - A mapping section with `SectionGUID=` (Exchange Global Section 13dbb0c8…, Microsoft Outlook Client
 *   0a0d02…) targets that fixed section (docs/file-formats.md §5.5).
 * - A `ServiceName=` mapping targets the service:
 *   - PR_DISPLAY_NAME (id 0x3001) is the service section's name, and also its provider's when the service
 *     has exactly one (real profiles carry it on both, docs/mapi-profiles.md §11.2; the PST provider section of
 *     the 16.0 sample has the same 001f3001 as its service);
 *   - provider-defined ids (0x6600–0x67FF, §11 "ID ranges") go to the provider section when the service has
 *     exactly one provider — PST (PR_PST_PATH 0x6700, encryption, remember-password: docs/file-formats.md §2.4
 *     shows 001f6700 on the provider section), Personal Address Book, LDAP. A service with several
 *     providers (MSEMS) keeps them in its service section, where Exchange keeps its PR_PROFILE_* values
 *     (docs/file-formats.md §2.5: 001f6641 "in the service and global sections") (decision);
 *   - every other id goes to the service section.
 * - Secrets are never written: secure ids 0x67F0–0x67FF (MS Mail's `Password`), and the PST password
 *   PR_PST_PW_SZ_OLD/NEW (0x6703/0x6704), which "is read only from the ConfigureMsgService property
 *   array, never from the profile" (docs/mapi-profiles.md §11.3).
 */
import type { PrfMappingSection } from '../formats/prf/index.js';
import { propId } from '../../../shared/mapi/propTag.js';
import { isSecureId } from '../../../shared/mapi/tagTable.js';
import { PR_DISPLAY_NAME_W } from '../../../shared/mapi/tags.js';

export type PropertyHome =
  | { kind: 'fixed'; uid: string }
  | { kind: 'service' }
  | { kind: 'provider' }
  /** Service section, and the sole provider's too. */
  | { kind: 'display' }
  /** Never written: a secure property, or the PST password (the import's warning says why). */
  | { kind: 'secret'; secret: 'secure' | 'pstPassword' };

const PR_DISPLAY_NAME_ID = propId(PR_DISPLAY_NAME_W);
const PST_SERVICES = ['mspst ms', 'msupst ms'];
const PST_PASSWORD_IDS = [0x6703, 0x6704];

export const isProviderDefinedId = (id: number): boolean => id >= 0x6600 && id <= 0x67ff;

/** The home of `tag` for a service mapped by `mapping` that has `providerCount` providers. */
export function propertyHome(
  mapping: Pick<PrfMappingSection, 'sectionGuid' | 'serviceName'>,
  tag: number,
  providerCount: number,
): PropertyHome {
  const id = propId(tag);
  if (isSecureId(id)) return { kind: 'secret', secret: 'secure' };
  if (PST_PASSWORD_IDS.includes(id) && PST_SERVICES.includes(mapping.serviceName?.toLowerCase() ?? '')) {
    return { kind: 'secret', secret: 'pstPassword' };
  }
  if (mapping.sectionGuid !== undefined) return { kind: 'fixed', uid: mapping.sectionGuid.toLowerCase() };
  if (id === PR_DISPLAY_NAME_ID) return { kind: 'display' };
  if (isProviderDefinedId(id) && providerCount === 1) return { kind: 'provider' };
  return { kind: 'service' };
}

/** PT_STRING8 ↔ PT_UNICODE: the other string type of the same id (MAPI keeps one value per id). */
export function stringTwin(tag: number): number | undefined {
  const type = tag & 0xffff;
  if (type === 0x001e) return ((tag & 0xffff0000) | 0x001f) >>> 0;
  if (type === 0x001f) return ((tag & 0xffff0000) | 0x001e) >>> 0;
  return undefined;
}
