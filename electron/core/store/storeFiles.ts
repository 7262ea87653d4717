/**
 * The store on disk, declared once:
 *
 *   index.json            the small index: schema version, revision, profile order, the sources, default
 *                         per source and root, where each profile's document is (`places`), and the history
 *                         list with its position (what undo and redo walk)
 *   saved.json            per source, what its file held when last opened or saved; rewritten only by an
 *                         open, a reload or a save (it grows with the profiles: not rewritten by every edit)
 *   history/<n>.json      change n: the after-images of the profiles it touched, the documents carried
 *                         over from history records dropped by that commit, then the before-images (only
 *                         an undo reads those: an open stops before them, recordDocs.ts)
 *   profiles/<id>.json    a document not yet in any history record (stores written before v3, a migration)
 *   journal.json          present only while a commit is being applied; replayed on the next open
 *   quarantine/           documents that failed their schema, moved aside with the reason
 *   lock                  held while committing
 *
 * Why documents live in the history records (v3): every commit writes its record anyway, and that record
 * already holds each document it changes (its after-image). Until v2 a commit wrote each document three
 * times — record, journal, `profiles/<id>.json` — and the last as one file per profile, each fsynced with
 * its folder: importing 1,000 profiles made 2,010 fsyncs and wrote 56 MB, 85% of `mpe import`'s time
 * (issue #19 §3). Now the index says which record and side holds each document, the record is written
 * once and the journal carries only the index: the same import makes 8 fsyncs (record, journal, saved.json,
 * index, each with its folder) and writes 18 MB (strace of `mpe import`, 1,000 profiles). Undo and redo
 * write no document at all, only the index (the images are already on disk). A record
 * is dropped (history limit, a new change after an undo) only after the documents it still holds are
 * carried into the committing record (`carried`), so every document has exactly one durable home.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ProfileDoc } from '../../../shared/profileDoc.js';
import { SavedState, SourceDoc } from '../../../shared/source.js';
import { RecordedMessage } from '../../../shared/i18n/historyMessages.js';

export const SCHEMA_VERSION = 3;

/**
 * One change: `description` is its English sentence, `message` what it was built from (the window shows
 * that in the UI's language). `message` is optional: items recorded before it existed have only `description`.
 */
export const HistoryItem = z.object({ id: z.number().int(), description: z.string(), message: RecordedMessage.optional(), at: z.string() });
export type HistoryItem = z.infer<typeof HistoryItem>;

/** Where a profile's document is: in history record `record`, in its before- or after-image or among
 *  the documents it carried over. A profile without a place is in `profiles/<id>.json`. */
export const DocPlace = z.object({ record: z.number().int().min(1), side: z.enum(['before', 'after', 'carried']) });
export type DocPlace = z.infer<typeof DocPlace>;

export const StoreIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  revision: z.number().int().min(0),
  order: z.array(z.string()),
  /** `rootKey(source, root)` (shared/source.ts) → name of that root's default profile in that source. */
  defaults: z.record(z.string(), z.string()),
  /** Every source by id; a profile's `origin.sourceId` names one. */
  sources: z.record(z.string(), SourceDoc),
  /** Profile id → the history record holding its document (v3). */
  places: z.record(z.string(), DocPlace),
  history: z.object({
    items: z.array(HistoryItem),
    /** How many of `items` are applied: undo walks back from here, redo forward. */
    position: z.number().int().min(0),
    nextId: z.number().int().min(1),
  }),
});
export type StoreIndex = z.infer<typeof StoreIndex>;

/** What a change sets: the profiles it writes (null = deleted) and the index fields it changes. */
export const Images = z.object({
  docs: z.record(z.string(), ProfileDoc.nullable()),
  order: z.array(z.string()),
  defaults: z.record(z.string(), z.string()),
  /** Absent in records written before sources existed: the sources are then left as they are. */
  sources: z.record(z.string(), SourceDoc).optional(),
});
export type Images = z.infer<typeof Images>;

/** `carried`: documents whose record this commit dropped, still current (v3; absent when none). */
export const HistoryRecord = z.object({ before: Images, after: Images, carried: z.record(z.string(), ProfileDoc).optional() });
export type HistoryRecord = z.infer<typeof HistoryRecord>;

/**
 * A commit being applied: replaying it twice is harmless (it writes the same files). A commit writes its
 * history record before its journal; `historyFile` is how journals written before that carried it.
 */
export const Journal = z.object({
  /** Written to `profiles/<id>.json` (null: removed): a migration's documents, and every commit's before v3.
   *  A commit now leaves it empty: its documents are in its history record, which `index.places` names. */
  docs: z.record(z.string(), ProfileDoc.nullable()),
  index: StoreIndex,
  historyFile: z.object({ id: z.number().int(), record: HistoryRecord }).optional(),
  dropHistory: z.array(z.number().int()),
  /** The new saved.json, when the commit changes it. Not part of undo: undoing an edit does not un-save
   *  the file, it makes the window differ from it again (or agree with it again). */
  saved: z.record(z.string(), SavedState).optional(),
  /** Ids whose `profiles/<id>.json` is superseded (their document is now in a record) or deleted. */
  unfiled: z.array(z.string()).optional(),
});
/** A journal a v2 store left behind (documents in it, no places): replayed as v2, then migrated. */
export const JournalV2 = Journal.extend({ index: StoreIndex.omit({ places: true }).extend({ schemaVersion: z.literal(2) }) });
export type JournalV2 = z.infer<typeof JournalV2>;
export type SavedStates = Record<string, SavedState>;
export type Journal = z.infer<typeof Journal>;

export const emptyIndex = (): StoreIndex => ({
  schemaVersion: SCHEMA_VERSION,
  revision: 0,
  order: [],
  defaults: {},
  sources: {},
  places: {},
  history: { items: [], position: 0, nextId: 1 },
});

export const paths = (dir: string) => ({
  index: join(dir, 'index.json'),
  saved: join(dir, 'saved.json'),
  journal: join(dir, 'journal.json'),
  lock: join(dir, 'lock'),
  profiles: join(dir, 'profiles'),
  profile: (id: string) => join(dir, 'profiles', `${id}.json`),
  history: join(dir, 'history'),
  historyFile: (n: number) => join(dir, 'history', `${n}.json`),
  quarantine: join(dir, 'quarantine'),
});

/** Profile ids become file names: only these characters. */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;
