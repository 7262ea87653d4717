/**
 * What the copy does with each value of a copied section, from the tag table's "on copy" column
 * (docs/mapi-profiles.md §6.7, §11): remap section UIDs (single or in lists), scan entry IDs for embedded
 * UIDs, keep constants and entry IDs verbatim — except a PR_RECORD_KEY equal to a copied section's UID
 * (the WrapPST sample sets it to the service UID, §14.2).
 */
import { propId, tagOfValueName } from '../../../shared/mapi/propTag.js';
import { tagInfo, isSecureId } from '../../../shared/mapi/tagTable.js';
import { PR_RECORD_KEY } from '../../../shared/mapi/tags.js';
import { ACCOUNT_UID_VALUES } from '../model/index.js';

export type ValueAction = 'remap' | 'scan' | 'recordKey' | 'keep' | 'unknown' | 'secure';

export function classifyValue(
  valueName: string,
  serviceName: string | undefined,
): { action: ValueAction; name: string | null; uidList: boolean } {
  if ((ACCOUNT_UID_VALUES as readonly string[]).includes(valueName)) return { action: 'remap', name: valueName, uidList: false };
  if (/^S[0-9a-f]{8}$/i.test(valueName) || /password/i.test(valueName)) return { action: 'secure', name: null, uidList: false };
  const tag = tagOfValueName(valueName);
  if (tag === null) return { action: 'unknown', name: null, uidList: false };
  if (isSecureId(propId(tag))) return { action: 'secure', name: null, uidList: false };
  const info = tagInfo(tag, serviceName);
  const name = info?.name ?? null;
  if (tag === PR_RECORD_KEY) return { action: 'recordKey', name, uidList: false };
  switch (info?.exact ? info.copy : undefined) {
    case 'remap':
      return { action: 'remap', name, uidList: info?.uidList === true };
    case 'scan':
      return { action: 'scan', name, uidList: false };
    case 'constant':
    case 'verbatim':
    case 'tableOnly':
      return { action: 'keep', name, uidList: false };
    default:
      return { action: 'unknown', name, uidList: false };
  }
}
