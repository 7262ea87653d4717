/**
 * Opening files: each file becomes a source (shared/source.ts) holding its profiles under their own
 * names — nothing is renamed, since names are unique per source and root only — with its defaults, and
 * recorded as what the file holds (nothing unsaved yet). All files of one open are one transaction.
 *
 * A file that is already open (same path; or, where no path is known, same name and same bytes) is not
 * opened twice silently: the caller says whether to reload it (its profiles replaced by the file's,
 * unsaved changes dropped — undoable) or to open it again as a separate source.
 */
import { randomUUID } from 'node:crypto';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import type { HistoryMessage } from '../../../shared/i18n/historyMessages.js';
import type { FileOutside, ProfileKeyRef, SourceDoc } from '../../../shared/source.js';
import { sourceIdOf, type ProfileStore, type StoreTx } from '../store/profileStore.js';
import { newProfileId } from './profileAdmin.js';

export interface OpenedFile {
  /** The file's name as the user sees it (base name). */
  file: string;
  /** The source to open; default a file source named `file`. */
  source?: Omit<SourceDoc, 'id'>;
  profiles: ProfileDoc[];
  defaults: { root: string; name: string }[];
  /** Profile keys the file deletes (`[-KEY]` in a `.reg`): kept when it is saved again. */
  removed?: ProfileKeyRef[];
  /** A `.reg`'s keys outside its profiles at the stamp it was read with (fileStamp.ts). */
  outside?: FileOutside;
}

export type OnReopen = 'reload' | 'separate';

export interface Imported {
  id: string;
  name: string;
  file: string;
  sourceId: string;
}

export function importProfiles(store: ProfileStore, found: OpenedFile[], message: HistoryMessage, onReopen?: OnReopen): Imported[] {
  return store.transact(message, (tx) => {
    const imported: Imported[] = [];
    for (const opened of found) {
      const wanted: Omit<SourceDoc, 'id'> = opened.source ?? { kind: 'file', name: opened.file };
      const open = findOpen(tx.sources(), wanted);
      if (open && !onReopen) throw new AppError('E_INVALID_REQUEST', 'alreadyOpen', { file: open.name }, { sourceId: open.id });
      const reload = open && onReopen === 'reload' ? open : undefined;
      const sourceId = reload?.id ?? (wanted.kind === 'computer' && !open ? 'computer' : randomUUID());
      const previous = reload ? previousIds(tx, sourceId) : new Map<string, string>();
      if (reload) clearSource(tx, sourceId);
      tx.putSource({ ...wanted, id: sourceId });
      for (const doc of opened.profiles) {
        // A reloaded profile keeps its id (the window keeps it open); a file can also carry ids the
        // workspace already has (a JSON export opened again): those get a new one.
        const reused = previous.get(keyOf(doc.origin.root, doc.name));
        const id = reused ?? (tx.get(doc.id) ? newProfileId() : doc.id);
        tx.put({ ...doc, id, origin: { ...doc.origin, sourceId } });
        imported.push({ id, name: doc.name, file: opened.file, sourceId });
      }
      for (const d of opened.defaults) {
        const holder = opened.profiles.find((p) => p.origin.root === d.root && p.name.toLowerCase() === d.name.toLowerCase());
        // A DefaultProfile naming a profile the file does not hold is reported by the reader; not kept.
        if (holder) tx.setDefault(sourceId, d.root, holder.name);
      }
      tx.markSaved(sourceId, opened.removed ?? [], opened.outside);
    }
    return imported;
  });
}

const keyOf = (root: string, name: string) => `${root.toLowerCase()}\\${name.toLowerCase()}`;

/** Ids a reloaded file's profiles take back: by the names the file held (a profile renamed since keeps
 *  its id), then by the names the source holds now. */
function previousIds(tx: StoreTx, sourceId: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const d of tx.list().filter((x) => sourceIdOf(x) === sourceId)) ids.set(keyOf(d.origin.root, d.name), d.id);
  for (const p of tx.saved(sourceId)?.profiles ?? []) if (tx.get(p.id)) ids.set(keyOf(p.root, p.name), p.id);
  return ids;
}

/** The open source that is this file again, if any. */
function findOpen(sources: Readonly<Record<string, SourceDoc>>, wanted: Omit<SourceDoc, 'id'>): SourceDoc | undefined {
  return Object.values(sources).find((s) => {
    if (s.kind !== wanted.kind) return false;
    if (s.kind === 'computer') return true;
    if (s.kind !== 'file') return false;
    if (s.path !== undefined && wanted.path !== undefined) return samePath(s.path, wanted.path);
    return s.name.toLowerCase() === wanted.name.toLowerCase() && s.digest !== undefined && s.digest === wanted.digest;
  });
}

/** Windows paths compare case-insensitively; others exactly. */
const samePath = (a: string, b: string) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);

function clearSource(tx: StoreTx, sourceId: string): void {
  for (const d of tx.list()) {
    if (sourceIdOf(d) !== sourceId) continue;
    tx.setDefault(sourceId, d.origin.root, null);
    tx.delete(d.id);
  }
}
