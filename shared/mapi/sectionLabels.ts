/**
 * The one label of each section, shared by every view (the sections list, the inspector, Compare, Search,
 * UID links): a section that plays a role in a service (service, provider, extra) is named by that role;
 * any other is named by its well-known identity when it has one (docs/mapi-profiles.md §12), else by its
 * kind. So one section never reads "Well-known" in one place and "Unknown section" or "IID_CAPONE_PROF" in
 * another. The renderer translates the id under `sectionLabel.<id>` (English and French).
 *
 * @example sectionLabelId({ kind: 'wellKnown', wellKnown: 'outlookGlobal' }) // 'outlookGlobal'
 */
import type { SectionKind } from '../profileView.js';
import { WELL_KNOWN_SECTIONS } from './sections.js';

/** Ids of the well-known sections (sections.ts WELL_KNOWN_SECTIONS keys). */
export const WELL_KNOWN_IDS = Object.values(WELL_KNOWN_SECTIONS).map((s) => s.key);

export const SECTION_LABEL_IDS = [
  'service',
  'provider',
  'extra',
  'preferences',
  'master',
  'profileInstance',
  'accountManager',
  'exchangeGlobal',
  'outlookGlobal',
  'exchangeAddressBook',
  'profilePropertiesInit',
  'nstGlobal',
  'unknownF86ed290',
  'unknown3517490d',
  'wellKnown',
  'other',
] as const;
export type SectionLabelId = (typeof SECTION_LABEL_IDS)[number];

const ROLE_KINDS: ReadonlySet<SectionKind> = new Set(['service', 'provider', 'extra']);
const isLabelId = (id: string): id is SectionLabelId => (SECTION_LABEL_IDS as readonly string[]).includes(id);

/**
 * The label of a section. `preferences` is for a section an Outlook account names by its `Preferences
 * UID` (docs/file-formats.md §2.3), which has no MAPI role of its own — the copy preview names it so too.
 */
export function sectionLabelId(section: { kind: SectionKind; wellKnown?: string }, isPreferences = false): SectionLabelId {
  if (ROLE_KINDS.has(section.kind)) return section.kind as SectionLabelId;
  if (section.wellKnown && isLabelId(section.wellKnown)) return section.wellKnown;
  if (isPreferences && section.kind === 'other') return 'preferences';
  return section.kind as SectionLabelId;
}
