/**
 * Message-service administration with IMsgServiceAdmin semantics (docs/mapi-profiles.md §4), offline and pure:
 * each operation takes a profile document and returns a new one; the caller wraps it in one store
 * transaction (one undo step). Copying is the copy engine's (electron/core/copy).
 *
 * - createService (serviceAdminCreate.ts): CreateMsgService from a MAPISVC.INF catalog entry;
 * - deleteService: DeleteMsgService — "deletes the service and all of its profile sections";
 * - renameService: PR_DISPLAY_NAME of the service section (MAPI's RenameMsgService always returns
 *   MAPI_E_NO_SUPPORT; offline the name is simply a property);
 * - setDefaultStore, setPrimaryIdentity, setTransportOrder (serviceAdminFlags.ts).
 */
import type { KeyDoc, ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { propType, tagOfValueName, valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { ACCOUNT_ORDER_VALUES } from '../../../shared/mapi/sections.js';
import { tagInfo } from '../../../shared/mapi/tagTable.js';
import { PR_DISPLAY_NAME, PR_DISPLAY_NAME_W, PR_SERVICE_DELETE_FILES, PR_SERVICE_DELETE_FILES_W, PT } from '../../../shared/mapi/tags.js';
import { accountManagerView, classify, decodeProperty, encodeProperty, fromHex, indexDoc, splitUids, toHex } from '../model/index.js';
import { u32List } from '../copy/accountCopy.js';
import { keyAt, putValue, removeValue, requireService, valueAt } from './serviceDocEdit.js';

export { requireService };

export { createService, type CreateServiceOptions } from './serviceAdminCreate.js';
export { setDefaultStore, setPrimaryIdentity, setTransportOrder } from './serviceAdminFlags.js';

export interface DeleteServiceResult {
  doc: ProfileDoc;
  /** UIDs of the sections removed: the service, its providers, its extra sections, its accounts' preferences sections. */
  deletedSections: string[];
  /** PR_SERVICE_DELETE_FILES: files MAPI deletes with the service. Offline nothing is deleted: the caller decides. */
  deleteFiles: string[];
  /** Account-manager subkeys removed (their key names, `00000002`). */
  removedAccounts: string[];
}

export function deleteService(doc: ProfileDoc, serviceUid: string): DeleteServiceResult {
  const uid = requireService(doc, serviceUid);
  const index = indexDoc(doc);
  const kinds = classify(index);
  const deleted = new Set<string>([uid]);
  for (const p of kinds.providersOf.get(uid) ?? []) if (index.sections.has(p.uid)) deleted.add(p.uid);
  // An extra section another service also lists (a fixed-UID one) stays for that service.
  const otherExtras = new Set(kinds.services.filter((s) => s !== uid).flatMap((s) => kinds.extrasOf.get(s) ?? []));
  for (const x of kinds.extrasOf.get(uid) ?? []) if (index.sections.has(x) && !otherExtras.has(x)) deleted.add(x);

  const manager = accountManagerView(index, new Set(kinds.services));
  const removed = manager?.accounts.filter((a) => a.serviceUid === uid) ?? [];
  const kept = manager?.accounts.filter((a) => a.serviceUid !== uid) ?? [];
  for (const a of removed) {
    const prefs = a.preferencesUid;
    if (prefs && index.sections.has(prefs) && !kept.some((k) => k.preferencesUid === prefs) && kinds.kinds.get(prefs) === 'other')
      deleted.add(prefs);
  }

  const serviceKey = index.sections.get(uid);
  const deleteFiles = [PR_SERVICE_DELETE_FILES_W, PR_SERVICE_DELETE_FILES].flatMap((tag) => {
    const v = valueAt(serviceKey, valueNameOfTag(tag));
    const d = v && decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) });
    return Array.isArray(d?.value) ? (d.value as string[]) : [];
  });

  const removedPaths = removed.map((a) => a.path.toLowerCase());
  const gone = (path: string) => {
    const lower = path.toLowerCase();
    const top = lower.split('\\')[0]!;
    return deleted.has(top) || removedPaths.some((p) => lower === p || lower.startsWith(p + '\\'));
  };
  const out: ProfileDoc = { ...doc, keys: structuredClone(doc.keys.filter((k) => !gone(k.path))) };
  for (const key of out.keys) unlink(key, deleted);

  const removedIds = removed.map((a) => parseInt(a.id, 16));
  const managerKey = manager && keyAt(out, manager.path);
  if (managerKey) {
    for (const name of Object.values(ACCOUNT_ORDER_VALUES)) {
      const v = valueAt(managerKey, name);
      if (!v || v.data.length % 8 !== 0) continue;
      const ids = u32List(v.data);
      if (!ids.some((id) => removedIds.includes(id))) continue;
      const b = new Uint8Array(4 * ids.length);
      const kept = ids.filter((id) => !removedIds.includes(id));
      kept.forEach((id, i) => new DataView(b.buffer).setUint32(4 * i, id, true));
      putValue(managerKey, { ...v, data: toHex(b.subarray(0, 4 * kept.length)) });
    }
  }
  return { doc: out, deletedSections: [...deleted], deleteFiles, removedAccounts: removed.map((a) => a.id) };
}

/**
 * Removes from a remaining key every reference to a deleted section: UIDs in lists (master PR_SERVICES,
 * provider lists, PR_AB_SEARCH_PATH_UPDATE…), single-UID values naming one (PR_EMSMDB_SECTION_UID in the
 * Outlook global section…), and AB search-path entry IDs embedding one at offset 4 (§14.4).
 */
function unlink(key: KeyDoc, deleted: ReadonlySet<string>): void {
  for (const v of [...key.values]) {
    const tag = tagOfValueName(v.name);
    if (tag === null) continue;
    const info = tagInfo(tag);
    if (info?.copy === 'remap' && propType(tag) === PT.BINARY) {
      if (info.uidList) {
        const uids = splitUids(fromHex(v.data));
        if (uids.some((u) => deleted.has(u)))
          putValue(key, { ...v, data: uids.filter((u) => !deleted.has(u)).join('') + v.data.slice(uids.length * 32) });
      } else if (v.data.length === 32 && deleted.has(v.data.toLowerCase())) removeValue(key, v.name);
    } else if (info?.copy === 'scan') {
      const embeds = (hex: string) => hex.length >= 40 && deleted.has(hex.slice(8, 40).toLowerCase());
      if (propType(tag) === PT.BINARY && embeds(v.data)) removeValue(key, v.name);
      else if (propType(tag) === PT.MV_BINARY) {
        const d = decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) });
        if (!Array.isArray(d.value) || !(d.value as string[]).some(embeds)) continue;
        const encoded = encodeProperty(
          (d.value as string[]).filter((e) => !embeds(e)),
          d,
        );
        putValue(key, { ...v, type: encoded.type, data: toHex(encoded.data) });
      }
    }
  }
}

/** Sets the service's PR_DISPLAY_NAME in the string type(s) it already has (_W when it has none). */
export function renameService(doc: ProfileDoc, serviceUid: string, displayName: string): ProfileDoc {
  const uid = requireService(doc, serviceUid);
  if (displayName.trim() === '') throw new AppError('MAPI_E_INVALID_PARAMETER', 'displayNameEmpty');
  const out: ProfileDoc = structuredClone(doc);
  const key = keyAt(out, uid)!;
  const names = [PR_DISPLAY_NAME_W, PR_DISPLAY_NAME].map(valueNameOfTag).filter((n) => valueAt(key, n));
  for (const name of names.length > 0 ? names : [valueNameOfTag(PR_DISPLAY_NAME_W)]) {
    const v = valueAt(key, name);
    const like = v ? decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) }) : { ptype: PT.UNICODE };
    const encoded = encodeProperty(displayName, like);
    putValue(key, { name, type: encoded.type, data: toHex(encoded.data) });
  }
  return out;
}
