/**
 * Which sections a copy carries (docs/mapi-profiles.md §6.6): the service, every provider section
 * (PR_STORE/AB/TRANSPORT_PROVIDERS and back-links), every extra section (PR_SERVICE_EXTRA_UIDS) — "allowing
 * MAPI to copy the additional message service information" — then, because "the copied message service has
 * the same configuration settings as its original" (§6.4), every other section those sections name by a
 * single section UID: the Exchange account's settings section named by PR_EMSMDB_SECTION_UID (01023d15) in
 * the service and each provider (Outlook 2010+, "Using multiple Exchange accounts", §11.1, §12.1), whether or
 * not PR_SERVICE_EXTRA_UIDS lists it; and the account's preferences section (`Preferences UID`).
 *
 * - A named section that does not exist yet (PR_EMSABP_USER_UID, a Preferences UID: Outlook creates them on
 *   demand) is `unborn`: the copy names a fresh UID of its own instead of sharing the original's.
 * - Fixed-UID sections (a well-known UID such as the Exchange global section 13dbb0c8…, from an INF `UID=`)
 *   cannot exist twice in a profile (§6.7). Into a target that lacks it, or holds it empty (real profiles
 *   keep an empty 13dbb0c8… key, docs/file-formats.md §2.2), the section and its values are copied at the
 *   same UID; a target whose section holds the very same values shares it; a target whose section holds
 *   other values is refused with MAPI_E_COLLISION rather than merged — two accounts' settings cannot live in
 *   one section.
 * - Sections that belong to something else are never pulled in: services, providers of other services, the
 *   master, profile-instance and other well-known sections.
 */
import type { CopyWarning, SectionRole } from '../../../shared/copyPlan.js';
import type { KeyDoc } from '../../../shared/profileDoc.js';
import type { ServiceView } from '../../../shared/profileView.js';
import { AppError } from '../../../shared/errors.js';
import { wellKnownSection } from '../../../shared/mapi/sections.js';
import { PR_SERVICE_UID } from '../../../shared/mapi/tags.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import type { DocIndex } from '../model/index.js';
import type { ServiceGraph } from '../model/profileView.js';
import { classifyValue } from './classifyValue.js';

export interface SectionCopy {
  from: string;
  uid: string;
  role: SectionRole;
  fixedUid: boolean;
  displayName: string | null;
}

const BACK_LINK = valueNameOfTag(PR_SERVICE_UID);

const sameValues = (a: KeyDoc, b: KeyDoc): boolean => {
  const norm = (k: KeyDoc) =>
    k.values
      .map((v) => `${v.name.toLowerCase()}=${v.type}:${v.data.toLowerCase()}`)
      .sort()
      .join('\n');
  return norm(a) === norm(b);
};

/** The service first, then its providers, extra sections, the sections they name, then its account's preferences section. */
export function sectionsToCopy(
  service: ServiceView,
  source: ServiceGraph,
  target: DocIndex,
  targetName: string,
  newUid: () => string,
  warnings: CopyWarning[],
): { copied: SectionCopy[]; shared: string[]; unborn: string[] } {
  const copied: SectionCopy[] = [];
  const shared: string[] = [];
  const unborn: string[] = [];
  const has = (uid: string) => copied.some((c) => c.from === uid);
  const add = (from: string, role: SectionRole, displayName: string | null, fixedUid = false) => {
    if (!has(from)) copied.push({ from, uid: fixedUid ? from : newUid(), role, fixedUid, displayName });
  };
  add(service.uid, 'service', service.displayName);
  for (const p of service.providers) {
    if (p.exists) add(p.uid, 'provider', p.displayName);
    else warnings.push({ code: 'danglingNotCopied', params: { section: service.uid, uid: p.uid } });
  }
  for (const x of service.extraSections) {
    if (!x.exists) warnings.push({ code: 'danglingNotCopied', params: { section: service.uid, uid: x.uid } });
    else if (wellKnownSection(x.uid)) fixedSection(x.uid);
    else add(x.uid, 'extra', null);
  }

  // Sections named by a single-UID reference of a copied section (PR_EMSMDB_SECTION_UID, PR_EMSABP_USER_UID…).
  const kinds = source.classification.kinds;
  for (let i = 0; i < copied.length; i++) {
    const key = source.index.sections.get(copied[i]!.from);
    for (const v of key?.values ?? []) {
      if (v.name.toLowerCase() === BACK_LINK || v.data.length !== 32) continue;
      const c = classifyValue(v.name, service.serviceName ?? undefined);
      if (c.action !== 'remap' || c.uidList) continue;
      const uid = v.data.toLowerCase();
      if (has(uid) || unborn.includes(uid)) continue;
      if (!source.index.sections.has(uid)) unborn.push(uid);
      else if (
        !wellKnownSection(uid) &&
        (kinds.get(uid) === 'other' || kinds.get(uid) === 'extra') &&
        [undefined, service.uid].includes(source.classification.serviceOf.get(uid))
      )
        add(uid, 'extra', null);
    }
  }

  const accounts = source.accountManager()?.accounts ?? [];
  const prefs = accounts.find((a) => a.serviceUid === service.uid)?.preferencesUid;
  const sharedPrefs = accounts.filter((a) => a.preferencesUid === prefs).length > 1;
  const prefsKind = prefs ? kinds.get(prefs) : undefined;
  if (prefs && !sharedPrefs && !source.index.sections.has(prefs) && !unborn.includes(prefs)) unborn.push(prefs);
  else if (prefs && !sharedPrefs && prefsKind !== 'service' && prefsKind !== 'provider') add(prefs, 'preferences', null);
  return { copied, shared, unborn };

  function fixedSection(uid: string): void {
    const theirs = target.sections.get(uid);
    const mine = source.index.sections.get(uid)!;
    const subkeys = (index: DocIndex, k: KeyDoc) =>
      index.doc.keys.some((s) => s.path.toLowerCase().startsWith(k.path.toLowerCase() + '\\'));
    if (!theirs || (theirs.values.length === 0 && !subkeys(target, theirs))) return add(uid, 'extra', null, true);
    if (sameValues(mine, theirs)) {
      shared.push(uid);
      warnings.push({ code: 'fixedSectionShared', params: { section: uid } });
      return;
    }
    throw new AppError('MAPI_E_COLLISION', 'fixedSectionConflict', {
      section: uid,
      service: service.displayName ?? service.uid,
      profile: targetName,
    });
  }
}
