/**
 * planCopy: IMsgServiceAdmin::CopyMsgService, offline and pure (DESIGN.md "The copy engine";
 * mapi-profiles.md §6). The new instance "is configured in exactly the same way as the original": the
 * service section, each provider section and each extra section (PR_SERVICE_EXTRA_UIDS, §6.6) are cloned
 * under fresh UIDs, every value holding one of the old UIDs is rewritten, the new service is registered
 * in the target's master lists, and its account-manager entry (Outlook's, §12.2) is copied.
 *
 * Refusals, as MAPI reports them: MAPI_E_NOT_FOUND when the UID is not a service of the source;
 * MAPI_E_NO_ACCESS (documented as MAPI_E_ACCESS_DENIED, 0x80070005) when the service carries
 * SERVICE_SINGLE_COPY and the target already has a service of the same PR_SERVICE_NAME (§6.5).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CopyPlan, CopyWarning } from '../../../shared/copyPlan.js';
import type { KeyDoc, ProfileDoc, ValueDoc } from '../../../shared/profileDoc.js';
import type { ProfileView, ServiceView } from '../../../shared/profileView.js';
import { AppError } from '../../../shared/errors.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { wellKnownSection } from '../../../shared/mapi/sections.js';
import { PR_RESOURCE_FLAGS } from '../../../shared/mapi/tags.js';
import { indexDoc, profileView, type DocIndex } from '../model/index.js';
import { accountChanges } from './accountCopy.js';
import { classifyValue } from './classifyValue.js';
import { rewriteValue, type RewriteState } from './rewriteValue.js';
import { masterChanges } from './masterLists.js';
import type { UidMap } from './uidRewrite.js';
import { heldFlags, UNIQUE_FLAGS } from './uniqueFlags.js';
import { displayNameValue } from './displayName.js';

export interface PlanOptions {
  /** A new PR_DISPLAY_NAME for the copy (the original's is kept otherwise). */
  displayName?: string;
  /** Where new UIDs come from (tests inject a sequence); 16 random bytes by default, as NewUID gives. */
  newUid?: () => string;
}

const SINGLE_COPY = 0x2;
const FLAGS_VALUE = valueNameOfTag(PR_RESOURCE_FLAGS);
export const randomUid = (): string => randomBytes(16).toString('hex');

export function planCopy(source: ProfileDoc, serviceUid: string, target: ProfileDoc, options: PlanOptions = {}): CopyPlan {
  const sourceView = profileView(source);
  const service = sourceView.services.find((s) => s.uid === serviceUid.toLowerCase() && s.exists);
  if (!service) throw new AppError('MAPI_E_NOT_FOUND', 'serviceNotFound', { service: serviceUid, profile: source.name });
  const sameProfile = source.id === target.id;
  const targetView = sameProfile ? sourceView : profileView(target);
  refuseSingleCopy(service, targetView);

  const newUid = options.newUid ?? randomUid;
  const sourceIndex = indexDoc(source);
  const targetIndex = indexDoc(target);
  const warnings: CopyWarning[] = [];
  const plan = { rewrites: [] as CopyPlan['rewrites'], warnings, sameProfile, serviceName: service.serviceName ?? undefined };

  const sections = sectionsToCopy(service, sourceView, targetIndex, newUid, warnings);
  const uidMap: UidMap = new Map(sections.filter((s) => s.oldUid !== s.newUid).map((s) => [s.oldUid, s.newUid]));
  const newKeys = sections.flatMap((s) => cloneSection(sourceIndex, s.oldUid, s.newUid, uidMap, plan));

  const droppedFlags = dropUniqueFlags(newKeys, sections, heldFlags(targetView));
  const newServiceKey = newKeys.find((k) => k.path === sections[0]!.newUid)!;
  if (options.displayName !== undefined) setValue(newServiceKey, displayNameValue(newServiceKey, options.displayName));

  const master = masterChanges(sourceIndex, targetIndex, uidMap, sections[0]!.newUid);
  const account = accountChanges(sourceView, sourceIndex, targetIndex, service.uid, uidMap, options.displayName, plan);
  warnings.push(...sharedDataFiles(service, targetView), ...(sameProfile ? [] : secureValues(newKeys)));

  return {
    sourceId: source.id,
    sourceName: source.name,
    targetId: target.id,
    targetName: target.name,
    sameProfile,
    service: {
      uid: service.uid,
      newUid: sections[0]!.newUid,
      serviceName: service.serviceName,
      displayName: service.displayName,
      newDisplayName: options.displayName ?? null,
    },
    sections,
    rewrites: plan.rewrites,
    droppedFlags,
    account: account.entry,
    warnings,
    newKeys: [...newKeys, ...master.newKeys, ...account.newKeys],
    valueChanges: [...master.valueChanges, ...account.valueChanges],
    targetFingerprint: fingerprint(target),
  };
}

function refuseSingleCopy(service: ServiceView, target: ProfileView): void {
  if (!service.flags || (service.flags.value & SINGLE_COPY) === 0) return;
  const name = service.serviceName?.toLowerCase();
  const existing = target.services.find((s) => s.exists && s.serviceName?.toLowerCase() === name);
  if (!existing) return;
  throw new AppError('MAPI_E_NO_ACCESS', 'singleCopyService', {
    service: service.displayName ?? service.uid,
    serviceName: service.serviceName ?? '',
    existing: existing.displayName ?? existing.uid,
    existingUid: existing.uid,
    profile: target.name,
  });
}

/** The service first, then its providers and extra sections, then its account's preferences section. */
function sectionsToCopy(service: ServiceView, view: ProfileView, target: DocIndex, newUid: () => string, warnings: CopyWarning[]): CopyPlan['sections'] {
  const out: CopyPlan['sections'] = [];
  const seen = new Set<string>();
  const add = (oldUid: string, role: CopyPlan['sections'][number]['role'], displayName: string | null, fixed = false) => {
    if (seen.has(oldUid)) return;
    seen.add(oldUid);
    out.push({ oldUid, newUid: fixed ? oldUid : newUid(), role, displayName });
  };
  add(service.uid, 'service', service.displayName);
  for (const p of service.providers) if (p.exists) add(p.uid, 'provider', p.displayName);
  for (const x of service.extraSections) {
    if (!x.exists) continue;
    // A fixed-UID section (MAPISVC.INF `UID=`, e.g. the Exchange global section 13dbb0c8…) cannot exist
    // twice in a profile: copied as is where the target lacks it, shared where it has it (§6.7).
    if (wellKnownSection(x.uid)) {
      if (target.sections.has(x.uid)) warnings.push({ code: 'fixedSectionShared', params: { section: x.uid } });
      else add(x.uid, 'extra', null, true);
    } else add(x.uid, 'extra', null);
  }
  const account = view.accountManager?.accounts.find((a) => a.serviceUid === service.uid);
  const prefs = account?.preferencesUid;
  if (prefs && view.sections.some((s) => s.uid === prefs)) add(prefs, 'preferences', null);
  return out;
}


/** The section's key and its subkeys under the new UID, every value rewritten as its class says. */
function cloneSection(index: DocIndex, oldUid: string, newUid: string, uidMap: UidMap, state: RewriteState): KeyDoc[] {
  const key = index.sections.get(oldUid)!;
  const subkeys = index.doc.keys.filter((k) => k.path.toLowerCase().startsWith(oldUid + '\\'));
  return [key, ...subkeys].map((k) => {
    const path = newUid + k.path.slice(oldUid.length);
    return { path, values: k.values.map((v) => rewriteValue(v, path, uidMap, state)) };
  });
}

function dropUniqueFlags(keys: KeyDoc[], sections: CopyPlan['sections'], held: Map<string, string>): CopyPlan['droppedFlags'] {
  const dropped: CopyPlan['droppedFlags'] = [];
  for (const s of sections) {
    const on = s.role === 'service' ? 'service' : s.role === 'provider' ? 'provider' : null;
    const key = keys.find((k) => k.path === s.newUid);
    const value = key?.values.find((v) => v.name === FLAGS_VALUE);
    if (!on || !key || !value || value.data.length !== 8) continue;
    let flags = Buffer.from(value.data, 'hex').readUInt32LE(0);
    for (const f of UNIQUE_FLAGS.filter((u) => u.on === on)) {
      const by = held.get(f.name);
      if ((flags & f.value) === 0 || by === undefined) continue;
      const before = flags;
      flags = (flags & ~f.value) >>> 0;
      dropped.push({ section: s.newUid, flag: f.name, before, after: flags, heldBy: by });
    }
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32LE(flags, 0);
    setValue(key, { ...value, data: bytes.toString('hex') });
  }
  return dropped;
}

/** MAPI does not call the service's entry point on a copy (§6.4), so a copied PST/OST opens the same file. */
function sharedDataFiles(service: ServiceView, target: ProfileView): CopyWarning[] {
  return service.dataFiles.flatMap((f) => {
    const other = target.services.find((s) => s.dataFiles.some((d) => d.path.toLowerCase() === f.path.toLowerCase()));
    return other ? [{ code: 'sharedDataFile' as const, params: { path: f.path, existingService: other.displayName ?? other.uid } }] : [];
  });
}

/** Secure values are sealed for one user on one machine (§6.7): copied, but they may not open elsewhere. */
function secureValues(keys: KeyDoc[]): CopyWarning[] {
  return keys.flatMap((k) => k.values.filter((v) => classifyValue(v.name, undefined).action === 'secure').map((v) => ({ code: 'secureNotPortable' as const, params: { section: k.path, value: v.name } })));
}

export function setValue(key: KeyDoc, value: ValueDoc): void {
  const at = key.values.findIndex((v) => v.name.toLowerCase() === value.name.toLowerCase());
  if (at >= 0) key.values[at] = value;
  else key.values.push(value);
}

export const fingerprint = (doc: ProfileDoc): string => createHash('sha256').update(JSON.stringify(doc.keys)).digest('hex');

