/**
 * applyCopy: carries out a plan on the target document, purely; the caller runs it inside one store
 * transaction (one undo step). A target that changed since the plan was made (another id, or any key or
 * value different: fingerprint.ts) is refused with MAPI_E_OBJECT_CHANGED, so a preview never applies to
 * something else than what it showed. The source is never touched; when the target is the source, the
 * same profile gets the new sections.
 *
 * Keys: existing keys keep their place and bytes (except the master and account-manager values the plan
 * changes, and an empty fixed-UID section the copy fills); the new sections (with their subkeys) are appended after them, in plan order, then a created
 * master section, account manager and the new account subkey.
 */
import type { CopyPlan, ValueChange } from '../../../shared/copyPlan.js';
import type { KeyDoc, ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { targetFingerprint } from './fingerprint.js';

export function applyCopy(plan: CopyPlan, target: ProfileDoc): ProfileDoc {
  if (target.id !== plan.target.id || targetFingerprint(target) !== plan.targetFingerprint) {
    throw new AppError('MAPI_E_OBJECT_CHANGED', 'copyTargetChanged', { profile: target.name });
  }
  const changes: ValueChange[] = [...plan.masterChanges.changes, ...(plan.accountEntry?.managerChanges ?? [])];
  const byPath = new Map<string, ValueChange[]>();
  for (const c of changes) byPath.set(c.section.toLowerCase(), [...(byPath.get(c.section.toLowerCase()) ?? []), c]);

  const applyTo = (k: KeyDoc): KeyDoc => {
    const mine = byPath.get(k.path.toLowerCase());
    byPath.delete(k.path.toLowerCase());
    if (!mine) return k;
    const values = [...k.values];
    for (const c of mine) {
      const at = values.findIndex((v) => v.name.toLowerCase() === c.value.toLowerCase());
      const value = { name: c.value, type: c.type, data: c.after };
      if (at >= 0) values[at] = value;
      else values.push(value);
    }
    return { ...k, values };
  };

  const keys = target.keys.map(applyTo);
  for (const s of plan.sections) {
    // A fixed-UID section the target holds empty (sectionsToCopy.ts) is filled in place, not added twice.
    const at = s.fixedUid ? keys.findIndex((k) => k.path.toLowerCase() === s.uid) : -1;
    if (at >= 0) keys[at] = { ...keys[at]!, values: s.values.map((v) => ({ ...v })) };
    else keys.push({ path: s.uid, values: s.values.map((v) => ({ ...v })) });
    keys.push(...s.subkeys.map((k) => structuredClone(k)));
  }
  // Keys the plan creates: the master section, the account manager (their values are all changes).
  for (const path of [...byPath.keys()]) {
    const created = byPath.get(path)!;
    keys.push(applyTo({ path: created[0]!.section, values: [] }));
  }
  if (plan.accountEntry) keys.push({ path: plan.accountEntry.path, values: plan.accountEntry.values.map((v) => ({ ...v })) });
  return { ...target, keys };
}
