/**
 * Profile validation: what would make MAPI or Outlook misbehave, each finding with a severity, the key and
 * value concerned, and a sentence (shared/i18n/errorMessages.ts, under the finding's code). Pure.
 *
 * Severity follows what MAPI does with the problem:
 * - **error**, MAPI or Outlook breaks: a UID reference naming no section (a service or provider that cannot
 *   be opened, docs/mapi-profiles.md §2.1), a provider whose service is gone, a service listed twice in
 *   PR_SERVICES (loaded twice), several default stores or several primary identities (MAPI keeps exactly
 *   one, §2.3, §6.7), an account whose `Service UID` names no service (Outlook lists a ghost account), a
 *   default-profile setting naming no profile;
 * - **warning**, works but surprises: two stores on one data file (opened twice, §6.8), no default store
 *   (Outlook asks), no primary identity although a service could supply one, a service section missing
 *   from PR_SERVICES, several default outbound transports, account values or order arrays naming nothing,
 *   a stale NextAccountID, no master section, a default profile without services;
 * - **info**: a section nothing references (real profiles keep some: the 16.0 sample has an empty
 *   5a835b51… key). Well-known sections (13dbb0c8…, 3517490d…, f86ed290…: sections.ts) and sections named
 *   by an account's `Preferences UID` are referenced, so they are never reported.
 */
import type { LintCode, LintFinding, LintSummary } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import { isSectionKeyName, SECTION, wellKnownSection } from '../../../shared/mapi/sections.js';
import { PR_SERVICE_UID } from '../../../shared/mapi/tags.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { classify, indexDoc, profileView, referencesOf } from '../model/index.js';
import { accountFindings } from './lintAccounts.js';
import { flagFindings } from './lintFlags.js';

export interface LintContext {
  /** This profile is the default profile of its registry root. */
  isDefault?: boolean;
  /** The default profile setting of the profile's root (null: none). */
  defaultName?: string | null;
  /** The names of the profiles of the same root, to check `defaultName` against. */
  profileNames?: string[];
}

export type AddFinding = (severity: LintFinding['severity'], code: LintCode, params: Record<string, string | number>, where?: { section?: string; value?: string }) => void;

const SERVICE_UID_VALUE = valueNameOfTag(PR_SERVICE_UID);

export function lint(doc: ProfileDoc, ctx: LintContext = {}): LintFinding[] {
  const index = indexDoc(doc);
  const kinds = classify(index);
  const view = profileView(doc);
  const findings: LintFinding[] = [];
  const add: AddFinding = (severity, code, params, where = {}) =>
    findings.push({ severity, code, ...where, params, message: errorText('en', code, params) });

  if (!index.sections.has(SECTION.master)) add('warning', 'lintNoMasterSection', {});

  const references = referencesOf(doc);
  const services = new Set(kinds.services);
  for (const r of references) {
    const inAccount = r.section.toLowerCase().startsWith(SECTION.accountManager + '\\');
    if (inAccount) continue; // lintAccounts.ts
    const backLink = r.valueName.toLowerCase() === SERVICE_UID_VALUE;
    if (backLink && (!r.exists || !services.has(r.target))) {
      add('error', 'lintProviderWithoutService', { section: r.section, target: r.target }, { section: r.section, value: r.valueName });
    } else if (!r.exists) {
      add('error', 'lintDanglingReference', { section: r.section, value: r.valueName, target: r.target }, { section: r.section, value: r.valueName });
    }
  }

  const listed = kinds.masterServices;
  for (const uid of new Set(listed.filter((u, i) => listed.indexOf(u) !== i))) add('error', 'lintServiceListedTwice', { service: uid }, { section: SECTION.master, value: '01023d0e' });
  if (index.sections.has(SECTION.master)) {
    for (const uid of kinds.services) if (!listed.includes(uid)) add('warning', 'lintServiceNotInMaster', { section: uid }, { section: uid });
  }

  const byPath = new Map<string, string>();
  for (const s of view.services) {
    for (const f of s.dataFiles) {
      const other = byPath.get(f.path.toLowerCase());
      if (other !== undefined && other !== f.sectionUid) add('warning', 'lintSharedDataFile', { path: f.path }, { section: f.sectionUid });
      else byPath.set(f.path.toLowerCase(), f.sectionUid);
    }
  }

  flagFindings(view, add);
  accountFindings(index, new Set(index.sections.keys()), services, add);

  const referenced = new Set(references.map((r) => r.target));
  for (const [uid, key] of index.sections) {
    if (!isSectionKeyName(key.path) || referenced.has(uid) || wellKnownSection(uid) || kinds.kinds.get(uid) !== 'other') continue;
    add('info', 'lintOrphanSection', { section: key.path }, { section: key.path });
  }

  if (ctx.defaultName && ctx.profileNames && !ctx.profileNames.some((n) => n.toLowerCase() === ctx.defaultName!.toLowerCase())) {
    add('error', 'lintDefaultProfileMissing', { root: doc.origin.root, name: ctx.defaultName });
  }
  if (ctx.isDefault && kinds.services.length === 0) add('warning', 'lintDefaultProfileEmpty', {});
  return findings;
}

/** Counts by severity; `ok` when there is no error (`mpe lint` exits 1 otherwise). */
export function lintSummary(findings: readonly LintFinding[]): LintSummary {
  const count = (s: LintFinding['severity']) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  return { errors, warnings: count('warning'), infos: count('info'), ok: errors === 0 };
}
