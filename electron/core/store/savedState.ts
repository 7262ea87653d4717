/**
 * What a source's file holds (its SavedState, shared/source.ts) against what the workspace holds: which
 * profiles are unsaved, which the file still has but the editor removed. Cheap — it compares revisions,
 * never contents: each commit stamps the profiles it changes (profileStore.ts), and undo puts the old
 * stamps back, so undoing to the saved state leaves nothing unsaved.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { rootKey, type FileOutside, type ProfileKeyRef, type SavedState } from '../../../shared/source.js';

const NEW_SOURCE_ID = 'new';
const sourceOf = (doc: ProfileDoc): string => doc.origin.sourceId ?? NEW_SOURCE_ID;
/** A profile key's identity: root and name, without case (as the registry compares them). */
export const refKey = (ref: ProfileKeyRef): string => `${ref.root.toLowerCase()}\\${ref.name.toLowerCase()}`;

/** The profiles of one source, in workspace order. */
export const profilesOf = (docs: readonly ProfileDoc[], sourceId: string): ProfileDoc[] => docs.filter((d) => sourceOf(d) === sourceId);

/** Root → default name, for the roots of one source. */
export function defaultsOf(defaults: Readonly<Record<string, string>>, sourceId: string): Record<string, string> {
  const prefix = rootKey(sourceId, '');
  const out: Record<string, string> = {};
  for (const [key, name] of Object.entries(defaults)) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = name;
  return out;
}

/**
 * The state a file has once it holds exactly these profiles and defaults, and deletes `removed` — profile
 * keys it no longer holds, and keys of profiles it deletes before writing them again (a `.reg`'s `[-KEY]`
 * then `[KEY]`, saveSource.ts).
 */
export function savedStateOf(
  docs: readonly ProfileDoc[],
  defaults: Record<string, string>,
  removed: ProfileKeyRef[],
  file?: FileOutside,
): SavedState {
  return {
    profiles: docs.map((d) => ({ id: d.id, rev: d.rev ?? 0, root: d.origin.root, name: d.name })),
    defaults,
    removed,
    ...(file ? { file } : {}),
  };
}

export interface Unsaved {
  /** Profiles added or changed since the file was last opened or saved. */
  changed: string[];
  /** Profile keys the file holds that the workspace no longer has (deleted or renamed away). */
  removed: ProfileKeyRef[];
  defaultsChanged: boolean;
  dirty: boolean;
}

export function unsavedOf(docs: readonly ProfileDoc[], defaults: Record<string, string>, saved: SavedState | undefined): Unsaved {
  const before = new Map((saved?.profiles ?? []).map((p) => [p.id, p]));
  const changed = docs.filter((d) => {
    const s = before.get(d.id);
    return !s || s.rev !== (d.rev ?? 0) || s.name !== d.name || s.root !== d.origin.root;
  });
  const now = new Set(docs.map((d) => refKey({ root: d.origin.root, name: d.name })));
  const removed = (saved?.profiles ?? []).filter((p) => !now.has(refKey(p))).map((p) => ({ root: p.root, name: p.name }));
  const sameDefaults = JSON.stringify(sortEntries(defaults)) === JSON.stringify(sortEntries(saved?.defaults ?? {}));
  return {
    changed: changed.map((d) => d.id),
    removed,
    defaultsChanged: !sameDefaults,
    dirty: changed.length > 0 || removed.length > 0 || !sameDefaults,
  };
}

const sortEntries = (r: Record<string, string>) => Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
