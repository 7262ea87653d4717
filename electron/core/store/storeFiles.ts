/**
 * The store on disk, declared once:
 *
 *   index.json            the small index: schema version, revision, profile order, the sources, default
 *                         per source and root, and the history list with its position (what undo and redo walk)
 *   saved.json            per source, what its file held when last opened or saved; rewritten only by an
 *                         open, a reload or a save (it grows with the profiles: not rewritten by every edit)
 *   profiles/<id>.json    one ProfileDoc per profile: a change to one profile rewrites only its file
 *   history/<n>.json      before- and after-images of change n (the profiles it touched and the index)
 *   journal.json          present only while a commit is being applied; replayed on the next open
 *   quarantine/           documents that failed their schema, moved aside with the reason
 *   lock                  held while committing
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ProfileDoc } from '../../../shared/profileDoc.js';
import { SavedState, SourceDoc } from '../../../shared/source.js';
import { RecordedMessage } from '../../../shared/i18n/historyMessages.js';

export const SCHEMA_VERSION = 2;

/**
 * One change: `description` is its English sentence, `message` what it was built from (the window shows
 * that in the UI's language). `message` is optional: items recorded before it existed have only `description`.
 */
export const HistoryItem = z.object({ id: z.number().int(), description: z.string(), message: RecordedMessage.optional(), at: z.string() });
export type HistoryItem = z.infer<typeof HistoryItem>;

export const StoreIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  revision: z.number().int().min(0),
  order: z.array(z.string()),
  /** `rootKey(source, root)` (shared/source.ts) → name of that root's default profile in that source. */
  defaults: z.record(z.string(), z.string()),
  /** Every source by id; a profile's `origin.sourceId` names one. */
  sources: z.record(z.string(), SourceDoc),
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

export const HistoryRecord = z.object({ before: Images, after: Images });
export type HistoryRecord = z.infer<typeof HistoryRecord>;

/**
 * A commit being applied: replaying it twice is harmless (it writes the same files). A commit writes its
 * history record before its journal; `historyFile` is how journals written before that carried it.
 */
export const Journal = z.object({
  docs: z.record(z.string(), ProfileDoc.nullable()),
  index: StoreIndex,
  historyFile: z.object({ id: z.number().int(), record: HistoryRecord }).optional(),
  dropHistory: z.array(z.number().int()),
  /** The new saved.json, when the commit changes it. Not part of undo: undoing an edit does not un-save
   *  the file, it makes the window differ from it again (or agree with it again). */
  saved: z.record(z.string(), SavedState).optional(),
});
export type SavedStates = Record<string, SavedState>;
export type Journal = z.infer<typeof Journal>;

export const emptyIndex = (): StoreIndex => ({
  schemaVersion: SCHEMA_VERSION,
  revision: 0,
  order: [],
  defaults: {},
  sources: {},
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
