/**
 * Where a profile lives: its source (an opened file, This computer, or the profiles created here) and its
 * registry root (issue 19 §1: names are unique per source and root). Shared by the New profile and the
 * Copy profile dialogs (ProfilePlaceFields.vue), so that both offer the same places in the same words.
 */
import type { SourceSummary } from '../../shared/contract';
import { PROFILE_ROOTS } from '../../shared/profileDoc';
import { NEW_SOURCE } from '../../shared/source';
import type { RootLabel } from './origin';

/** The registry roots a profile can be put in, by kind (docs/file-formats.md §1). */
export type RootId = keyof typeof PROFILE_ROOTS;
export const ROOT_IDS = Object.keys(PROFILE_ROOTS) as RootId[];
/**
 * A root the dialogs can offer: one of the three kinds, or `other`, a profile's own root that is none of
 * them (origin.ts rootKind gives a path's choice).
 */
export type RootChoice = RootId | Extract<RootLabel, 'other'>;

type Translate = (key: string) => string;

/** A source as the window names it: the file's name, or "This computer" / "Created here" in the UI's language. */
export const sourceLabel = (t: Translate, s: Pick<SourceSummary, 'kind' | 'name'>): string =>
  s.kind === 'new' ? t('origin.created') : s.kind === 'computer' ? t('menu.thisComputer') : s.name;

/** Every source a profile can be put in; the editor's own "created here" one is always offered. */
export function placeSources(t: Translate, sources: readonly SourceSummary[]): { id: string; label: string }[] {
  const list = sources.map((s) => ({ id: s.id, label: sourceLabel(t, s) }));
  return list.some((s) => s.id === NEW_SOURCE.id) ? list : [...list, { id: NEW_SOURCE.id, label: sourceLabel(t, NEW_SOURCE) }];
}
