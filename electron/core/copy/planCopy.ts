/**
 * planCopy: IMsgServiceAdmin::CopyMsgService, offline and pure (DESIGN.md "The copy engine";
 * docs/mapi-profiles.md §6). The new instance "is configured in exactly the same way as the original": the
 * service section, each provider section (PR_STORE/AB/TRANSPORT_PROVIDERS and back-links) and each extra
 * section (PR_SERVICE_EXTRA_UIDS, §6.6) are cloned under fresh UIDs, every classified value holding one of
 * the old UIDs is rewritten (rewriteValue.ts), the new service is registered in the target's master lists
 * (masterLists.ts), and its Outlook account entry is copied (accountCopy.ts).
 *
 * Refusals, as MAPI reports them: MAPI_E_NOT_FOUND (0x8004010F) when the UID is not a service of the
 * source; MAPI_E_NO_ACCESS (0x80070005, documented as MAPI_E_ACCESS_DENIED) when the service carries
 * SERVICE_SINGLE_COPY and the target already has a service of the same PR_SERVICE_NAME (§6.5) — always
 * so within the service's own profile. What is checked in the target is read lazily (targetChecks.ts).
 *
 * Decisions (inferred where MAPI documents nothing, §16):
 * - Fixed-UID extra sections (a well-known UID such as the Exchange global section 13dbb0c8…, from an INF
 *   `UID=`) cannot exist twice in a profile (§6.7): into a target that lacks it the section is copied at
 *   the same UID; into a target that has it the copy lists the target's own and the plan warns
 *   (`fixedSectionShared`). The only service with one, MSEMS, is single-copy, so this never happens within
 *   one profile.
 * - The account's preferences section (`Preferences UID`, holding "AcctSettings000N") belongs to that
 *   account alone: it is copied with a new UID (role `preferences`) unless another account of the source
 *   names it too, in which case the copy shares it.
 * - Unique flags the target already holds (default store, primary identity, default outbound) are dropped
 *   from the copy and listed in `droppedFlags`; nothing else of PR_RESOURCE_FLAGS changes.
 * - A provider or extra section the service lists but the source lacks cannot be copied: warned
 *   (`danglingNotCopied`), its UID left in the copied list as the original had it.
 */
import type { CopyPlan, CopyWarning, DroppedFlag, PlannedSection, SectionRole } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { ServiceView } from '../../../shared/profileView.js';
import { AppError } from '../../../shared/errors.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { wellKnownSection } from '../../../shared/mapi/sections.js';
import { PR_RESOURCE_FLAGS } from '../../../shared/mapi/tags.js';
import { fromHex, indexDoc, toHex, type DocIndex } from '../model/index.js';
import { displayNameOf, serviceGraph, serviceViewOf, type ServiceGraph } from '../model/profileView.js';
import { accountEntry } from './accountCopy.js';
import { classifyValue } from './classifyValue.js';
import { displayNameValue } from './displayName.js';
import { targetFingerprint } from './fingerprint.js';
import { masterChanges } from './masterLists.js';
import { randomUid, uniqueUids } from './newUids.js';
import { rewriteValue, type RewriteState } from './rewriteValue.js';
import { refuseSingleCopy, sharedDataFiles, targetHeldFlags } from './targetChecks.js';
import type { UidMap } from './uidRewrite.js';
import { UNIQUE_FLAGS } from './uniqueFlags.js';

export interface PlanOptions {
  /** A new PR_DISPLAY_NAME for the copy (its providers named like the service, and its account's `Account Name`); the original's otherwise. */
  displayName?: string;
  /** Where new UIDs come from (tests inject a sequence): 32 hex digits; 16 random bytes by default, as NewUID gives. */
  newUid?: () => string;
}

const FLAGS_VALUE = valueNameOfTag(PR_RESOURCE_FLAGS);

export function planCopy(source: ProfileDoc, serviceUid: string, target: ProfileDoc, options: PlanOptions = {}): CopyPlan {
  const uid = serviceUid.toLowerCase();
  const sourceGraph = serviceGraph(indexDoc(source));
  const service = serviceViewOf(sourceGraph, uid);
  if (!service?.exists) throw new AppError('MAPI_E_NOT_FOUND', 'serviceNotFound', { service: serviceUid, profile: source.name });
  const sameProfile = source === target || source.id === target.id;
  const targetGraph = sameProfile ? sourceGraph : serviceGraph(indexDoc(target));
  refuseSingleCopy(service, targetGraph, target.name);

  const sourceIndex = sourceGraph.index;
  const targetIndex = targetGraph.index;
  const newUid = uniqueUids(options.newUid ?? randomUid, sourceIndex, targetIndex);
  const warnings: CopyWarning[] = [];
  const state: RewriteState = { rewrites: [], warnings, serviceName: service.serviceName ?? undefined };

  const { copied, shared } = sectionsToCopy(service, sourceGraph, targetIndex, newUid, warnings);
  const uidMap: UidMap = new Map(copied.filter((s) => s.from !== s.uid).map((s) => [s.from, s.uid]));
  const sections = copied.map((s) => cloneSection(sourceIndex, s, uidMap, state));

  const droppedFlags = dropUniqueFlags(sections, targetHeldFlags(targetGraph));
  const serviceSection = sections[0]!;
  const newDisplayName = options.displayName ?? service.displayName;
  if (options.displayName !== undefined) renameCopy(sections, service.displayName, options.displayName);

  const master = masterChanges(sourceIndex, targetIndex, service.uid, uidMap, serviceSection.uid);
  const account = accountEntry({ accounts: sourceGraph.accountManager()?.accounts ?? [], source: sourceIndex, target: targetIndex, serviceUid: service.uid, uidMap, displayName: options.displayName, newUid, state });
  if (!account) warnings.push({ code: 'accountNotCopied', params: { service: service.displayName ?? service.uid } });
  warnings.push(...sharedDataFiles(service, targetGraph));
  if (!sameProfile) warnings.push(...secureValues(sections, account));

  return {
    version: 1,
    source: { id: source.id, name: source.name },
    target: { id: target.id, name: target.name },
    sameProfile,
    service: {
      uid: service.uid,
      newUid: serviceSection.uid,
      serviceName: service.serviceName,
      displayName: service.displayName,
      newDisplayName,
    },
    uidMap: Object.fromEntries(uidMap),
    sections,
    sharedSections: shared,
    rewrites: state.rewrites,
    masterChanges: master,
    accountEntry: account,
    droppedFlags,
    warnings,
    targetFingerprint: targetFingerprint(target),
  };
}

interface SectionCopy {
  from: string;
  uid: string;
  role: SectionRole;
  fixedUid: boolean;
  displayName: string | null;
}

/** The service first, then its providers and extra sections, then its account's preferences section. */
function sectionsToCopy(service: ServiceView, source: ServiceGraph, target: DocIndex, newUid: () => string, warnings: CopyWarning[]): { copied: SectionCopy[]; shared: string[] } {
  const copied: SectionCopy[] = [];
  const shared: string[] = [];
  const add = (from: string, role: SectionRole, displayName: string | null, fixedUid = false) => {
    if (copied.some((c) => c.from === from)) return;
    copied.push({ from, uid: fixedUid ? from : newUid(), role, fixedUid, displayName });
  };
  add(service.uid, 'service', service.displayName);
  for (const p of service.providers) {
    if (p.exists) add(p.uid, 'provider', p.displayName);
    else warnings.push({ code: 'danglingNotCopied', params: { section: service.uid, uid: p.uid } });
  }
  for (const x of service.extraSections) {
    if (!x.exists) {
      warnings.push({ code: 'danglingNotCopied', params: { section: service.uid, uid: x.uid } });
    } else if (wellKnownSection(x.uid)) {
      if (target.sections.has(x.uid)) {
        shared.push(x.uid);
        warnings.push({ code: 'fixedSectionShared', params: { section: x.uid } });
      } else add(x.uid, 'extra', null, true);
    } else add(x.uid, 'extra', null);
  }
  const accounts = source.accountManager()?.accounts ?? [];
  const prefs = accounts.find((a) => a.serviceUid === service.uid)?.preferencesUid;
  const sharedPrefs = accounts.filter((a) => a.preferencesUid === prefs).length > 1;
  const prefsKind = prefs ? source.classification.kinds.get(prefs) : undefined;
  if (prefs && !sharedPrefs && source.index.sections.has(prefs) && prefsKind !== 'service' && prefsKind !== 'provider') {
    add(prefs, 'preferences', null);
  }
  return { copied, shared };
}

/** The section's values and subkeys under the new UID, every value rewritten as its class says. */
function cloneSection(index: DocIndex, s: SectionCopy, uidMap: UidMap, state: RewriteState): PlannedSection {
  const key = index.sections.get(s.from)!;
  const subkeys = index.doc.keys
    .filter((k) => k.path.toLowerCase().startsWith(s.from + '\\'))
    .map((k) => {
      const path = s.uid + k.path.slice(s.from.length);
      return { path, values: k.values.map((v) => rewriteValue(v, path, uidMap, state)) };
    });
  const values = key.values.map((v) => rewriteValue(v, s.uid, uidMap, state));
  return { uid: s.uid, from: s.from, role: s.role, fixedUid: s.fixedUid, displayName: s.displayName, values, subkeys };
}

/**
 * The new name goes on the service section and on each provider whose PR_DISPLAY_NAME equalled the
 * service's: Outlook shows the store provider's name in its folder list (a PST store named like its
 * service), so renaming only the service would leave the copy shown under the original's name.
 */
function renameCopy(sections: PlannedSection[], oldName: string | null, newName: string): void {
  for (const s of sections) {
    if (s.role !== 'service' && !(s.role === 'provider' && oldName !== null && displayNameOf({ path: s.uid, values: s.values }) === oldName)) continue;
    setValue(s, displayNameValue({ path: s.uid, values: s.values }, newName));
  }
}

/** Drops from the copy each unique flag the target already holds (§6.7, §10). */
function dropUniqueFlags(sections: PlannedSection[], held: Map<string, string>): DroppedFlag[] {
  const dropped: DroppedFlag[] = [];
  for (const s of sections) {
    const on = s.role === 'service' ? 'service' : s.role === 'provider' ? 'provider' : null;
    const value = s.values.find((v) => v.name.toLowerCase() === FLAGS_VALUE);
    if (!on || !value || value.data.length !== 8) continue;
    const bytes = fromHex(value.data);
    const view = new DataView(bytes.buffer);
    let flags = view.getUint32(0, true);
    for (const f of UNIQUE_FLAGS.filter((u) => u.on === on)) {
      const by = held.get(f.name);
      if ((flags & f.value) === 0 || by === undefined) continue;
      const before = flags;
      flags = (flags & ~f.value) >>> 0;
      dropped.push({ section: s.uid, role: s.role, flag: f.name, before, after: flags, heldBy: by });
    }
    view.setUint32(0, flags, true);
    setValue(s, { ...value, data: toHex(bytes) });
  }
  return dropped;
}

/** Secure values are sealed for one user on one machine (§6.7, docs/file-formats.md §3.4): copied, but may not open elsewhere. */
function secureValues(sections: PlannedSection[], account: CopyPlan['accountEntry']): CopyWarning[] {
  const keys = [...sections.flatMap((s) => [{ path: s.uid, values: s.values }, ...s.subkeys]), ...(account ? [{ path: account.path, values: account.values }] : [])];
  return keys.flatMap((k) =>
    k.values.filter((v) => classifyValue(v.name, undefined).action === 'secure').map((v) => ({ code: 'secureNotPortable' as const, params: { section: k.path, value: v.name } })),
  );
}

function setValue(section: { values: PlannedSection['values'] }, value: PlannedSection['values'][number]): void {
  const at = section.values.findIndex((v) => v.name.toLowerCase() === value.name.toLowerCase());
  if (at >= 0) section.values[at] = value;
  else section.values.push(value);
}
