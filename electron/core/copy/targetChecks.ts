/**
 * What a plan checks in its target, read from the target's service graph and decoded only as far as each
 * check needs: the full service views decode five or six properties of every service and provider, which
 * was most of a plan's time once the source no longer built a whole view.
 */
import type { CopyWarning } from '../../../shared/copyPlan.js';
import type { ServiceView } from '../../../shared/profileView.js';
import { AppError } from '../../../shared/errors.js';
import { PR_RESOURCE_FLAGS, PR_SERVICE_NAME, PR_SERVICE_NAME_W } from '../../../shared/mapi/tags.js';
import { propNumber, propString } from '../model/index.js';
import { dataFilesOf, displayNameOf, type ServiceGraph } from '../model/profileView.js';
import { heldFlagsOf, type FlagHolder } from './uniqueFlags.js';
import { SERVICE } from '../../../shared/mapi/flags.js';

const { SERVICE_SINGLE_COPY } = SERVICE;

/** The target's existing services, in classification order. */
const existingServices = (target: ServiceGraph): string[] => target.classification.services.filter((uid) => target.index.sections.has(uid));

const nameOf = (target: ServiceGraph, uid: string): string => displayNameOf(target.index.sections.get(uid)) ?? uid;

/**
 * MAPI_E_NO_ACCESS when the service carries SERVICE_SINGLE_COPY and the target already has a service of
 * the same PR_SERVICE_NAME (docs/mapi-profiles.md §6.5).
 */
export function refuseSingleCopy(service: ServiceView, target: ServiceGraph, targetName: string): void {
  if (!service.flags || (service.flags.value & SERVICE_SINGLE_COPY) === 0) return;
  const name = service.serviceName?.toLowerCase();
  if (name === undefined) return;
  const existing = existingServices(target).find(
    (uid) => propString(target.index.sections.get(uid), PR_SERVICE_NAME_W, PR_SERVICE_NAME)?.toLowerCase() === name,
  );
  if (existing === undefined) return;
  throw new AppError('MAPI_E_NO_ACCESS', 'singleCopyService', {
    service: service.displayName ?? service.uid,
    serviceName: service.serviceName ?? '',
    existing: nameOf(target, existing),
    existingUid: existing,
    profile: targetName,
  });
}

/** The unique flags the target holds (uniqueFlags.ts): each service, then its providers, flags read only. */
export function targetHeldFlags(target: ServiceGraph): Map<string, string> {
  const { index, classification } = target;
  const holder = (on: FlagHolder['on'], uid: string): FlagHolder => ({
    on,
    flags: propNumber(index.sections.get(uid), PR_RESOURCE_FLAGS),
    name: () => nameOf(target, uid),
  });
  return heldFlagsOf(
    classification.services.flatMap((uid) => [
      holder('service', uid),
      ...(classification.providersOf.get(uid) ?? []).map((p) => holder('provider', p.uid)),
    ]),
  );
}

/** MAPI does not call the service's entry point on a copy (§6.4), so a copied PST/OST opens the same file (§6.8). */
export function sharedDataFiles(service: ServiceView, target: ServiceGraph): CopyWarning[] {
  if (service.dataFiles.length === 0) return [];
  const targetFiles = target.classification.services.map((uid) => ({
    uid,
    paths: dataFilesOf(target, uid).map((d) => d.path.toLowerCase()),
  }));
  return service.dataFiles.flatMap((f) => {
    const other = targetFiles.find((s) => s.paths.includes(f.path.toLowerCase()));
    return other
      ? [
          {
            code: 'sharedDataFile' as const,
            params: { path: f.path, existingService: nameOf(target, other.uid), existingServiceUid: other.uid },
          },
        ]
      : [];
  });
}
