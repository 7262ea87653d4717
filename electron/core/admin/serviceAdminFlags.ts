/**
 * The profile-wide choices of IMsgServiceAdmin (docs/mapi-profiles.md §4, §10), offline and pure:
 *
 * - setDefaultStore: STATUS_DEFAULT_STORE moves to the given store provider (MAPI uses "the first store
 *   with STATUS_DEFAULT_STORE", §2.3: exactly one keeps it); SERVICE_DEFAULT_STORE ("the service contains the
 *   default store") follows, set on the store's service and cleared on the others. A store with
 *   STATUS_NO_DEFAULT_STORE refuses (MAPI_E_NO_ACCESS);
 * - setPrimaryIdentity (SetPrimaryIdentity): SERVICE_PRIMARY_IDENTITY on the service and
 *   STATUS_PRIMARY_IDENTITY on its identity provider; cleared everywhere else (null clears all).
 *   MAPI_E_NO_ACCESS when the service has SERVICE_NO_PRIMARY_IDENTITY. The reference says MAPI also sets
 *   SERVICE_NO_PRIMARY_IDENTITY on every other service; that flag is *static* (from MAPISVC.INF) and would
 *   make the choice irreversible here, so the editor only clears the primary-identity flags (decision);
 * - setTransportOrder (MsgServiceTransportOrder): the full set of transport providers, each once, becomes
 *   the master PR_TRANSPORT_PROVIDERS order (and each service's own list follows it). MAPI_E_NOT_FOUND for a
 *   UID that is not a transport provider, MAPI_E_BUSY when the count differs from the profile's.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { ProviderView } from '../../../shared/profileView.js';
import { AppError } from '../../../shared/errors.js';
import { MAPI_STORE_PROVIDER, MAPI_TRANSPORT_PROVIDER, SERVICE, STATUS } from '../../../shared/mapi/flags.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { PR_TRANSPORT_PROVIDERS } from '../../../shared/mapi/tags.js';
import { fromHex, profileView, splitUids } from '../model/index.js';
import { changeFlags, flagsOf, keyAt, putValue, REG_BINARY, requireService, valueAt } from './serviceDocEdit.js';

const { SERVICE_DEFAULT_STORE, SERVICE_PRIMARY_IDENTITY, SERVICE_NO_PRIMARY_IDENTITY } = SERVICE;
const { STATUS_DEFAULT_STORE, STATUS_PRIMARY_IDENTITY, STATUS_NO_PRIMARY_IDENTITY, STATUS_NO_DEFAULT_STORE } = STATUS;

/** Every existing provider of the profile's services, with its service's UID. */
function providersOf(doc: ProfileDoc): { p: ProviderView; service: string }[] {
  const seen = new Set<string>();
  return profileView(doc).services.flatMap((s) =>
    s.providers.filter((p) => p.exists && !seen.has(p.uid) && seen.add(p.uid)).map((p) => ({ p, service: s.uid })),
  );
}

const isStore = (p: ProviderView) => p.resourceType === MAPI_STORE_PROVIDER || p.listedIn.includes('store');
const isTransport = (p: ProviderView) => p.resourceType === MAPI_TRANSPORT_PROVIDER || p.listedIn.includes('transport');

export function setDefaultStore(doc: ProfileDoc, providerUid: string): ProfileDoc {
  const uid = providerUid.toLowerCase();
  const providers = providersOf(doc);
  const chosen = providers.find(({ p }) => p.uid === uid);
  if (!chosen) throw new AppError('MAPI_E_NOT_FOUND', 'providerNotFound', { provider: providerUid, profile: doc.name });
  if (!isStore(chosen.p)) throw new AppError('MAPI_E_INVALID_PARAMETER', 'notAStoreProvider', { provider: providerUid, profile: doc.name });
  if (((chosen.p.flags?.value ?? 0) & STATUS_NO_DEFAULT_STORE) !== 0)
    throw new AppError('MAPI_E_NO_ACCESS', 'storeCannotBeDefault', { provider: chosen.p.displayName ?? uid });

  const out: ProfileDoc = structuredClone(doc);
  for (const { p } of providers.filter(({ p }) => isStore(p))) {
    changeFlags(keyAt(out, p.uid)!, p.uid === uid ? STATUS_DEFAULT_STORE : 0, p.uid === uid ? 0 : STATUS_DEFAULT_STORE);
  }
  for (const s of profileView(doc).services.filter((s) => s.exists)) {
    changeFlags(
      keyAt(out, s.uid)!,
      s.uid === chosen.service ? SERVICE_DEFAULT_STORE : 0,
      s.uid === chosen.service ? 0 : SERVICE_DEFAULT_STORE,
    );
  }
  return out;
}

export function setPrimaryIdentity(doc: ProfileDoc, serviceUid: string | null): ProfileDoc {
  const uid = serviceUid === null ? null : requireService(doc, serviceUid);
  const view = profileView(doc);
  const target = uid === null ? undefined : view.services.find((s) => s.uid === uid)!;
  if (target && ((target.flags?.value ?? 0) & SERVICE_NO_PRIMARY_IDENTITY) !== 0) {
    throw new AppError('MAPI_E_NO_ACCESS', 'noPrimaryIdentityService', { service: target.displayName ?? target.uid });
  }
  const out: ProfileDoc = structuredClone(doc);
  for (const s of view.services.filter((s) => s.exists)) {
    const mine = s.uid === uid;
    changeFlags(keyAt(out, s.uid)!, mine ? SERVICE_PRIMARY_IDENTITY : 0, mine ? 0 : SERVICE_PRIMARY_IDENTITY);
    const providers = s.providers.filter((p) => p.exists);
    // The identity provider: the one that already says so, else the first that can supply an identity.
    const identity = mine
      ? (providers.find((p) => ((p.flags?.value ?? 0) & STATUS_PRIMARY_IDENTITY) !== 0) ??
        providers.find((p) => ((p.flags?.value ?? 0) & STATUS_NO_PRIMARY_IDENTITY) === 0))
      : undefined;
    for (const p of providers) {
      const key = keyAt(out, p.uid)!;
      if (p === identity) changeFlags(key, STATUS_PRIMARY_IDENTITY, 0);
      else if (((flagsOf(key) ?? 0) & STATUS_PRIMARY_IDENTITY) !== 0) changeFlags(key, 0, STATUS_PRIMARY_IDENTITY);
    }
  }
  return out;
}

export function setTransportOrder(doc: ProfileDoc, providerUids: readonly string[]): ProfileDoc {
  const transports = providersOf(doc).filter(({ p }) => isTransport(p));
  const known = new Set(transports.map(({ p }) => p.uid));
  const order = providerUids.map((u) => u.toLowerCase());
  const unknown = order.find((u) => !known.has(u));
  if (unknown !== undefined) throw new AppError('MAPI_E_NOT_FOUND', 'transportNotFound', { provider: unknown, profile: doc.name });
  if (order.length !== known.size || new Set(order).size !== order.length) {
    throw new AppError('MAPI_E_BUSY', 'transportCountDiffers', { given: order.length, expected: known.size, profile: doc.name });
  }
  const out: ProfileDoc = structuredClone(doc);
  const name = valueNameOfTag(PR_TRANSPORT_PROVIDERS);
  let master = keyAt(out, SECTION.master);
  if (!master) {
    master = { path: SECTION.master, values: [] };
    out.keys.push(master);
  }
  putValue(master, { name, type: valueAt(master, name)?.type ?? REG_BINARY, data: order.join('') });
  const rank = (u: string) => (order.includes(u) ? order.indexOf(u) : order.length);
  for (const s of profileView(doc).services.filter((s) => s.exists)) {
    const key = keyAt(out, s.uid)!;
    const v = valueAt(key, name);
    if (!v) continue;
    const uids = splitUids(fromHex(v.data));
    const sorted = [...uids].sort((a, b) => rank(a) - rank(b));
    if (sorted.join('') !== uids.join('')) putValue(key, { ...v, data: sorted.join('') + v.data.slice(uids.length * 32) });
  }
  return out;
}
