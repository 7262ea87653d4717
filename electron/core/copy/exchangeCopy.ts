/**
 * What an Exchange account's copy must not duplicate or keep stale (docs/mapi-profiles.md §11.1, §12.1;
 * docs/file-formats.md §2.2, §2.3):
 *
 * - PR_EMSMDB_LEGACY (000b3d18): "Only one message service will have this set to true" (Microsoft, "Using
 *   multiple Exchange accounts") — the copy's is cleared, and listed in `droppedFlags`, when the target
 *   already has a legacy account (always so within the original's profile);
 * - the account's preferences section is named `AcctSettingsNNNN` where NNNN is the account's subkey number
 *   (every real account seen: 00000001 → AcctSettings0001, 00000002 → AcctSettings0002): the copy's follows
 *   its new number.
 */
import type { AccountEntry, DroppedFlag, PlannedSection } from '../../../shared/copyPlan.js';
import { PR_EMSMDB_LEGACY } from '../../../shared/mapi/tags.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { displayNameOf, type ServiceGraph } from '../model/profileView.js';
import { displayNameValue } from './displayName.js';

const LEGACY = valueNameOfTag(PR_EMSMDB_LEGACY);
const isTrue = (hex: string | undefined) => hex !== undefined && hex.length >= 2 && /[1-9a-f]/i.test(hex);

/** The target's first service with PR_EMSMDB_LEGACY set: its display name or UID. */
function legacyHolder(target: ServiceGraph): string | undefined {
  const uid = target.classification.services.find((u) =>
    isTrue(target.index.sections.get(u)?.values.find((v) => v.name.toLowerCase() === LEGACY)?.data),
  );
  return uid === undefined ? undefined : (displayNameOf(target.index.sections.get(uid)) ?? uid);
}

/** Clears PR_EMSMDB_LEGACY on the copied service section when the target already has a legacy account. */
export function dropLegacyExchange(service: PlannedSection, target: ServiceGraph): DroppedFlag[] {
  const at = service.values.findIndex((v) => v.name.toLowerCase() === LEGACY);
  if (at < 0 || !isTrue(service.values[at]!.data)) return [];
  const heldBy = legacyHolder(target);
  if (heldBy === undefined) return [];
  service.values[at] = { ...service.values[at]!, data: '0'.repeat(service.values[at]!.data.length) };
  return [{ section: service.uid, role: 'service', flag: 'PR_EMSMDB_LEGACY', before: 1, after: 0, heldBy }];
}

const suffix = (accountPath: string) => accountPath.slice(-4).toUpperCase();

/** `AcctSettings<old number>` in the copied preferences section becomes `AcctSettings<new number>`. */
export function renumberPreferences(sections: PlannedSection[], account: AccountEntry): void {
  const prefs = sections.find((s) => s.role === 'preferences');
  if (!prefs) return;
  const key = { path: prefs.uid, values: prefs.values };
  const name = displayNameOf(key);
  if (name === null || name.toUpperCase() !== `ACCTSETTINGS${suffix(account.from)}`) return;
  const renamed = displayNameValue(key, `${name.slice(0, name.length - 4)}${account.path.slice(-4)}`);
  prefs.values = prefs.values.map((v) => (v.name.toLowerCase() === renamed.name.toLowerCase() ? renamed : v));
}
