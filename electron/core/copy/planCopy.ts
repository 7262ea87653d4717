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
 * - Sections the copy carries, and fixed-UID sections such as the Exchange global section 13dbb0c8…:
 *   sectionsToCopy.ts (the service's settings arrive, or the copy is refused with MAPI_E_COLLISION).
 * - Exchange: PR_EMSMDB_LEGACY is dropped when the target has a legacy account; the account's
 *   AcctSettingsNNNN follows its new number (exchangeCopy.ts).
 * - The account's preferences section (`Preferences UID`, holding "AcctSettings000N") belongs to that
 *   account alone: it is copied with a new UID (role `preferences`) unless another account of the source
 *   names it too, in which case the copy shares it.
 * - Unique flags the target already holds (default store, primary identity, default outbound) are dropped
 *   from the copy and listed in `droppedFlags`; nothing else of PR_RESOURCE_FLAGS changes.
 * - A provider or extra section the service lists but the source lacks cannot be copied: warned
 *   (`danglingNotCopied`), its UID left in the copied list as the original had it.
 */
import type { CopyPlan, CopyWarning, DroppedFlag, PlannedSection } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { PR_RESOURCE_FLAGS } from '../../../shared/mapi/tags.js';
import { fromHex, indexDoc, toHex, type DocIndex } from '../model/index.js';
import { displayNameOf, serviceGraph, serviceViewOf } from '../model/profileView.js';
import { accountEntry } from './accountCopy.js';
import { dropLegacyExchange, renumberPreferences } from './exchangeCopy.js';
import { foreignEntryIds } from './foreignEntryIds.js';
import { setDataFile } from './dataFile.js';
import { sectionsToCopy, type SectionCopy } from './sectionsToCopy.js';
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
  /** A data file of its own for a copied PST service (dataFile.ts); the original's otherwise. */
  dataFile?: string;
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

  const { copied, shared, unborn } = sectionsToCopy(service, sourceGraph, targetIndex, target.name, newUid, warnings);
  // Sections named but not yet created (Outlook creates them on demand) get a UID of their own too, so the
  // copy never shares one with its original once they exist.
  const uidMap: UidMap = new Map([
    ...copied.filter((s) => s.from !== s.uid).map((s) => [s.from, s.uid] as const),
    ...unborn.map((u) => [u, newUid()] as const),
  ]);
  const sections = copied.map((s) => cloneSection(sourceIndex, s, uidMap, state));

  const droppedFlags = [...dropUniqueFlags(sections, targetHeldFlags(targetGraph)), ...dropLegacyExchange(sections[0]!, targetGraph)];
  const serviceSection = sections[0]!;
  const newDisplayName = options.displayName ?? service.displayName;
  if (options.displayName !== undefined) renameCopy(sections, service.displayName, options.displayName);

  const master = masterChanges(sourceIndex, targetIndex, service.uid, uidMap, serviceSection.uid);
  const account = accountEntry({
    accounts: sourceGraph.accountManager()?.accounts ?? [],
    source: sourceIndex,
    target: targetIndex,
    targetRoot: target.origin.root,
    serviceUid: service.uid,
    uidMap,
    displayName: options.displayName,
    newUid,
    state,
  });
  if (!account) warnings.push({ code: 'accountNotCopied', params: { service: service.displayName ?? service.uid } });
  else renumberPreferences(sections, account);
  const dataFile = options.dataFile === undefined ? null : setDataFile(service, sections, options.dataFile, state);
  if (options.dataFile !== undefined && !dataFile)
    throw new AppError('MAPI_E_INVALID_PARAMETER', 'dataFileNotPst', { service: service.displayName ?? service.uid });
  if (!dataFile) warnings.push(...sharedDataFiles(service, targetGraph));
  if (!sameProfile)
    warnings.push(
      ...secureValues(sections, account),
      ...foreignEntryIds(sections, targetGraph, target.name, service.serviceName ?? undefined),
    );

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
    ...(dataFile ? { dataFile } : {}),
    targetFingerprint: targetFingerprint(target),
  };
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
    if (
      s.role !== 'service' &&
      !(s.role === 'provider' && oldName !== null && displayNameOf({ path: s.uid, values: s.values }) === oldName)
    )
      continue;
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
  const keys = [
    ...sections.flatMap((s) => [{ path: s.uid, values: s.values }, ...s.subkeys]),
    ...(account ? [{ path: account.path, values: account.values }] : []),
  ];
  return keys.flatMap((k) =>
    k.values
      .filter((v) => classifyValue(v.name, undefined).action === 'secure')
      .map((v) => ({ code: 'secureNotPortable' as const, params: { section: k.path, value: v.name } })),
  );
}

function setValue(section: { values: PlannedSection['values'] }, value: PlannedSection['values'][number]): void {
  const at = section.values.findIndex((v) => v.name.toLowerCase() === value.name.toLowerCase());
  if (at >= 0) section.values[at] = value;
  else section.values.push(value);
}
