/**
 * Check (profile validation): what would stop or upset MAPI or Outlook, each finding with the severity its
 * rule declares (rules.ts, sources in docs/check-rules.md), the key and value concerned, the property's
 * PR_ name, one sentence saying what breaks (shared/i18n/errorMessages.ts, under the finding's code), and
 * its safe repair where one exists (fixes.ts). Pure.
 */
import type { LintCode, LintFinding, LintSummary } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { isSectionKeyName, SECTION, wellKnownSection } from '../../../shared/mapi/sections.js';
import { PR_SERVICES } from '../../../shared/mapi/tags.js';
import { classify, indexDoc, profileView, referencesOf } from '../model/index.js';
import { accountFindings } from './lintAccounts.js';
import { exchangeFindings } from './lintExchange.js';
import { fixOf } from './fixes.js';
import { flagFindings } from './lintFlags.js';
import { referenceFindings } from './lintReferences.js';
import { LINT_RULES } from './rules.js';

export interface LintContext {
  /** This profile is the default profile of its registry root. */
  isDefault?: boolean;
  /** The default profile setting of the profile's root (null: none). */
  defaultName?: string | null;
  /** The names of the profiles of the same root, to check `defaultName` against. */
  profileNames?: string[];
}

export type AddFinding = (code: LintCode, params: Record<string, string | number>, where?: { section?: string; value?: string }) => void;

export function lint(doc: ProfileDoc, ctx: LintContext = {}): LintFinding[] {
  const index = indexDoc(doc);
  const kinds = classify(index);
  const view = profileView(doc);
  const findings: LintFinding[] = [];
  const add: AddFinding = (code, params, where = {}) =>
    findings.push({ severity: LINT_RULES[code].severity, code, ...where, params, message: errorText('en', code, params) });

  if (!index.sections.has(SECTION.master)) add('lintNoMasterSection', {});

  const references = referencesOf(doc, index);
  referenceFindings(references, kinds, add);

  const listed = kinds.masterServices;
  for (const uid of new Set(listed.filter((u, i) => listed.indexOf(u) !== i)))
    add(
      'lintServiceListedTwice',
      { service: uid, property: 'PR_SERVICES' },
      { section: SECTION.master, value: valueNameOfTag(PR_SERVICES) },
    );
  if (index.sections.has(SECTION.master)) {
    for (const uid of kinds.services) if (!listed.includes(uid)) add('lintServiceNotInMaster', { section: uid }, { section: uid });
  }
  // E2: a service MAPI loads (listed in PR_SERVICES, its section present) with no provider section at all.
  for (const s of view.services) {
    if (s.exists && s.inMaster && !s.providers.some((p) => p.exists))
      add('lintServiceWithoutProvider', { service: s.displayName ?? s.uid, section: s.uid }, { section: s.uid });
  }

  const byPath = new Map<string, string>();
  for (const s of view.services) {
    for (const f of s.dataFiles) {
      const other = byPath.get(f.path.toLowerCase());
      if (other !== undefined && other !== f.sectionUid) add('lintSharedDataFile', { path: f.path }, { section: f.sectionUid });
      else byPath.set(f.path.toLowerCase(), f.sectionUid);
    }
  }

  flagFindings(view, add);
  exchangeFindings(index, kinds, add);
  accountFindings(index, new Set(index.sections.keys()), new Set(kinds.services), add);

  const referenced = new Set(references.map((r) => r.target));
  for (const [uid, key] of index.sections) {
    if (!isSectionKeyName(key.path) || referenced.has(uid) || wellKnownSection(uid) || kinds.kinds.get(uid) !== 'other') continue;
    add('lintOrphanSection', { section: key.path }, { section: key.path });
  }

  if (ctx.defaultName && ctx.profileNames && !ctx.profileNames.some((n) => n.toLowerCase() === ctx.defaultName!.toLowerCase())) {
    add('lintDefaultProfileMissing', { root: doc.origin.root, name: ctx.defaultName });
  }
  if (ctx.isDefault && kinds.services.length === 0) add('lintDefaultProfileEmpty', {});
  return findings.map((f) => {
    const fix = fixOf(doc, f);
    return fix ? { ...f, fix } : f;
  });
}

/** Counts by severity; `ok` when there is no error (`mpe lint` exits 1 otherwise). */
export function lintSummary(findings: readonly LintFinding[]): LintSummary {
  const count = (s: LintFinding['severity']) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  return { errors, warnings: count('warning'), infos: count('info'), ok: errors === 0 };
}
