/**
 * Which profiles can take a copy of a service, read before any preview (issue 20 §5: the copy dialog's
 * target list marks those that cannot, with MAPI's reason). The same check planCopy makes first
 * (targetChecks.ts refuseSingleCopy, docs/mapi-profiles.md §6.5), so the list and the copy never disagree;
 * the rest of a plan's refusals (a fixed-UID section held differently, MAPI_E_COLLISION) still come with
 * the preview, since finding them means planning the copy.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError, type ErrorShape } from '../../../shared/errors.js';
import { indexDoc } from '../model/index.js';
import { serviceGraph, serviceViewOf } from '../model/profileView.js';
import { refuseSingleCopy } from './targetChecks.js';

/**
 * The refusal each target would meet, or null. A service without SERVICE_SINGLE_COPY can go anywhere, so
 * no target is read then; otherwise each target's service graph is built once.
 *
 * @example copyRefusals(outlook, contabUid, [outlook, work]) // [{ profileId: outlook.id, refusal: { code: 'MAPI_E_NO_ACCESS', … } }, { profileId: work.id, refusal: null }]
 */
export function copyRefusals(
  source: ProfileDoc,
  serviceUid: string,
  targets: readonly ProfileDoc[],
): { profileId: string; refusal: ErrorShape | null }[] {
  const sourceGraph = serviceGraph(indexDoc(source));
  const service = serviceViewOf(sourceGraph, serviceUid.toLowerCase());
  if (!service?.exists) throw new AppError('MAPI_E_NOT_FOUND', 'serviceNotFound', { service: serviceUid, profile: source.name });
  // The flag's name as the section kind decodes it (shared/mapi/flags.ts): 0x2 on a service.
  const singleCopy = service.flags?.names.includes('SERVICE_SINGLE_COPY') ?? false;
  return targets.map((target) => {
    if (!singleCopy) return { profileId: target.id, refusal: null };
    try {
      refuseSingleCopy(service, target.id === source.id ? sourceGraph : serviceGraph(indexDoc(target)), target.name);
      return { profileId: target.id, refusal: null };
    } catch (e) {
      if (e instanceof AppError) return { profileId: target.id, refusal: e.toShape() };
      throw e;
    }
  });
}
