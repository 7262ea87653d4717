/**
 * applyCopy: carries out a plan on the target document, purely. The caller runs it inside one store
 * transaction (one undo step). A target that changed since the plan was made is refused with
 * MAPI_E_OBJECT_CHANGED, so a preview never applies to something else than what it showed.
 */
import type { CopyPlan } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { fingerprint } from './planCopy.js';

export function applyCopy(plan: CopyPlan, target: ProfileDoc): ProfileDoc {
  if (target.id !== plan.targetId || fingerprint(target) !== plan.targetFingerprint) {
    throw new AppError('MAPI_E_OBJECT_CHANGED', 'copyTargetChanged', { profile: target.name });
  }
  const changes = new Map<string, CopyPlan['valueChanges']>();
  for (const c of plan.valueChanges) changes.set(c.path.toLowerCase(), [...(changes.get(c.path.toLowerCase()) ?? []), c]);
  const keys = target.keys.map((k) => {
    const mine = changes.get(k.path.toLowerCase());
    if (!mine) return k;
    const values = [...k.values];
    for (const c of mine) {
      const at = values.findIndex((v) => v.name.toLowerCase() === c.name.toLowerCase());
      const value = { name: c.name, type: c.type, data: c.after };
      if (at >= 0) values[at] = value;
      else values.push(value);
    }
    return { ...k, values };
  });
  return { ...target, keys: [...keys, ...plan.newKeys] };
}
