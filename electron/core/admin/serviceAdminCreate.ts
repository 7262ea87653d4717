/**
 * createService: IMsgServiceAdmin::CreateMsgService(Ex) from a MAPISVC.INF catalog entry, offline
 * (docs/mapi-profiles.md §4, §13). MAPI "creates a new service section and one new section per provider, copies
 * the INF data, then calls the entry point with MSG_SERVICE_CREATE"; offline there is no entry point, so the
 * result is what the INF alone gives — a PST service has no PR_PST_PATH until it is configured.
 *
 * What is written:
 * - the service section: the INF properties (strings as the catalog types them: `PR_X` is _W, as Outlook
 *   writes; PT_STRING8 as REG_SZ), PR_DISPLAY_NAME (the option, else the INF's, else the `[Services]`
 *   name), PR_SERVICE_NAME_W (the `[Services]` key), PR_RESOURCE_FLAGS (always, as in real profiles),
 *   PR_STORE_PROVIDERS / PR_AB_PROVIDERS / PR_TRANSPORT_PROVIDERS by each provider's PR_RESOURCE_TYPE, and
 *   PR_SERVICE_EXTRA_UIDS;
 * - one section per provider: its INF properties, PR_SERVICE_UID (the back-link) and PR_SERVICE_NAME_W
 *   (both seen on the 16.0 sample's providers);
 * - one section per `Sections=` entry, at its `UID=` when given. A fixed-UID section the profile already
 *   has (the 16.0 sample keeps an empty 13dbb0c8…) receives the INF properties, its other values kept;
 * - registration in the master section: PR_SERVICES, and the master provider lists (store, AB, transport),
 *   AB providers also in PR_AB_SEARCH_PATH_UPDATE (as the 16.0 sample's CONTAB: inferred).
 * No account-manager entry: those are Outlook's, made by its account wizard, not by MAPI.
 *
 * Refusals: MAPI_E_NO_ACCESS when the entry is SERVICE_SINGLE_COPY and the profile already has a service of
 * that name (§6.5: "any attempt to create or copy…"; KOPANO returns the same); unique flags the profile
 * already holds (default store, primary identity, default outbound) are not set on the new sections.
 */
import type { KeyDoc, ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { MAPI_AB, MAPI_AB_PROVIDER, MAPI_STORE_PROVIDER, MAPI_TRANSPORT_PROVIDER, SERVICE } from '../../../shared/mapi/flags.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import {
  PR_AB_PROVIDERS,
  PR_AB_SEARCH_PATH_UPDATE,
  PR_DISPLAY_NAME,
  PR_DISPLAY_NAME_W,
  PR_RESOURCE_FLAGS,
  PR_SERVICE_EXTRA_UIDS,
  PR_SERVICE_NAME,
  PR_SERVICE_NAME_W,
  PR_SERVICE_UID,
  PR_SERVICES,
  PR_STORE_PROVIDERS,
  PR_TRANSPORT_PROVIDERS,
} from '../../../shared/mapi/tags.js';
import type { CatalogService } from '../formats/mapisvc/catalogTypes.js';
import { heldFlags, randomUid, UNIQUE_FLAGS, uniqueUids } from '../copy/index.js';
import { indexDoc, profileView } from '../model/index.js';
import { appendUids, changeFlags, encodeCatalogProperty, keyAt, putValue, REG_BINARY } from './serviceDocEdit.js';

const { SERVICE_SINGLE_COPY } = SERVICE;

export interface CreateServiceOptions {
  displayName?: string;
  /** Where new section UIDs come from (32 hex digits); random by default. */
  newUid?: () => string;
}

export function createService(
  doc: ProfileDoc,
  entry: CatalogService,
  opts: CreateServiceOptions = {},
): { doc: ProfileDoc; serviceUid: string } {
  const view = profileView(doc);
  if (opts.displayName !== undefined && opts.displayName.trim() === '') throw new AppError('MAPI_E_INVALID_PARAMETER', 'displayNameEmpty');
  const displayName = opts.displayName ?? entry.displayName;
  if (entry.singleCopy || (entry.resourceFlags & SERVICE_SINGLE_COPY) !== 0) {
    const existing = view.services.find((s) => s.exists && s.serviceName?.toLowerCase() === entry.name.toLowerCase());
    if (existing) {
      throw new AppError('MAPI_E_NO_ACCESS', 'singleCopyService', {
        service: displayName,
        serviceName: entry.name,
        existing: existing.displayName ?? existing.uid,
        existingUid: existing.uid,
        profile: doc.name,
      });
    }
  }

  const out: ProfileDoc = structuredClone(doc);
  const newUid = uniqueUids(opts.newUid ?? randomUid, indexDoc(doc));
  const held = heldFlags(view);
  const heldMask = (on: 'service' | 'provider') =>
    UNIQUE_FLAGS.filter((f) => f.on === on && held.has(f.name)).reduce((m, f) => m | f.value, 0);
  const serviceUid = newUid();
  const created: KeyDoc[] = [];

  const service: KeyDoc = { path: serviceUid, values: entry.properties.map((p) => encodeCatalogProperty(p.tag, p.value)) };
  for (const tag of [PR_DISPLAY_NAME, PR_DISPLAY_NAME_W]) service.values = service.values.filter((v) => v.name !== valueNameOfTag(tag));
  putValue(service, encodeCatalogProperty(PR_DISPLAY_NAME_W, displayName));
  if (!service.values.some((v) => v.name === valueNameOfTag(PR_SERVICE_NAME) || v.name === valueNameOfTag(PR_SERVICE_NAME_W))) {
    putValue(service, encodeCatalogProperty(PR_SERVICE_NAME_W, entry.name));
  }
  if (!service.values.some((v) => v.name === valueNameOfTag(PR_RESOURCE_FLAGS)))
    putValue(service, encodeCatalogProperty(PR_RESOURCE_FLAGS, entry.resourceFlags));
  changeFlags(service, 0, heldMask('service'));
  created.push(service);

  const lists = new Map<number, string[]>([
    [PR_STORE_PROVIDERS, []],
    [PR_AB_PROVIDERS, []],
    [PR_TRANSPORT_PROVIDERS, []],
  ]);
  for (const p of entry.providers) {
    const uid = newUid();
    const key: KeyDoc = { path: uid, values: p.properties.map((prop) => encodeCatalogProperty(prop.tag, prop.value)) };
    putValue(key, { name: valueNameOfTag(PR_SERVICE_UID), type: REG_BINARY, data: serviceUid });
    if (!key.values.some((v) => v.name === valueNameOfTag(PR_SERVICE_NAME_W)))
      putValue(key, encodeCatalogProperty(PR_SERVICE_NAME_W, entry.name));
    changeFlags(key, 0, heldMask('provider'));
    created.push(key);
    const type = p.resourceType;
    const list =
      type === MAPI_STORE_PROVIDER
        ? PR_STORE_PROVIDERS
        : type === MAPI_AB_PROVIDER || type === MAPI_AB
          ? PR_AB_PROVIDERS
          : type === MAPI_TRANSPORT_PROVIDER
            ? PR_TRANSPORT_PROVIDERS
            : null;
    if (list !== null) lists.get(list)!.push(uid);
  }
  for (const [tag, uids] of lists) if (uids.length > 0) appendUids(service, tag, uids);

  const extras: string[] = [];
  for (const x of entry.sections) {
    const uid = x.uid?.toLowerCase() ?? newUid();
    extras.push(uid);
    const values = x.properties.map((prop) => encodeCatalogProperty(prop.tag, prop.value));
    const existing = keyAt(out, uid);
    if (existing) for (const v of values) putValue(existing, v);
    else created.push({ path: uid, values });
  }
  if (extras.length > 0) appendUids(service, PR_SERVICE_EXTRA_UIDS, extras);

  out.keys.push(...created);
  let master = keyAt(out, SECTION.master);
  if (!master) {
    master = { path: SECTION.master, values: [] };
    out.keys.push(master);
  }
  appendUids(master, PR_SERVICES, [serviceUid]);
  for (const [tag, uids] of lists) if (uids.length > 0) appendUids(master, tag, uids);
  if (lists.get(PR_AB_PROVIDERS)!.length > 0) appendUids(master, PR_AB_SEARCH_PATH_UPDATE, lists.get(PR_AB_PROVIDERS)!);
  return { doc: out, serviceUid };
}
