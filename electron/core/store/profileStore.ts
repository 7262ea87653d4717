/**
 * The workspace: every profile the user opened or created, kept between runs, changed only through
 * transactions, every change undoable (issue: "the profile store").
 *
 * Why not one document per file, each written atomically (as conf/electron-store do): a change
 * here often spans several documents (copy a service into another profile, copy a profile, undo), and
 * those must land all or nothing even if the process dies half way. So each commit writes its history
 * record, which holds the documents it changes (inert until an index lists it), then a journal carrying the
 * new index (one atomic rename: the commit point), then applies the journal (saved.json, the index, the
 * files it supersedes removed); an interrupted commit is replayed from its journal on the next open. Why
 * the documents live in the records, with figures: storeFiles.ts. The window's state is in ui-state.json (core/session/uiStateFile.ts).
 *
 * Several processes may share a store (the app, a second window, `mpe`). Commits hold a lock file, and
 * a commit first checks the on-disk revision: if another process committed since we loaded, we reload
 * and run the change again on fresh data, so nobody's change is overwritten.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ProfileDoc } from '../../../shared/profileDoc.js';
import { NEW_SOURCE, rootKey, SavedState, type FileOutside, type ProfileKeyRef, type SourceDoc } from '../../../shared/source.js';
import { z } from 'zod';
import { defaultsOf, profilesOf, savedStateOf } from './savedState.js';
import { AppError } from '../../../shared/errors.js';
import { historyText, type HistoryMessage } from '../../../shared/i18n/historyMessages.js';
import { removeFile, writeFileAtomic } from './atomicFile.js';
import { migrate } from './migrations.js';
import { withLock } from './storeLock.js';
import { StoreJson } from './storeJson.js';
import { readRecordDocs, type WantedDoc } from './recordDocs.js';
import { compileCheck } from './schemaCheck.js';
import {
  emptyIndex,
  HistoryRecord,
  Journal,
  JournalV2,
  paths,
  SAFE_ID,
  StoreIndex,
  type DocPlace,
  type HistoryItem,
  type Images,
  type SavedStates,
} from './storeFiles.js';

const SavedStatesFile = z.record(z.string(), SavedState);
const isProfileDoc = compileCheck(ProfileDoc);

export interface StoreOptions {
  /** Changes kept for undo; older ones are dropped. */
  historyLimit?: number;
}

/** What a transaction function sees and changes. Reads see its own writes. */
export interface StoreTx {
  list(): ProfileDoc[];
  get(id: string): ProfileDoc | undefined;
  /** The first profile of that name in the workspace (names are unique per source and root only). */
  findByName(name: string): ProfileDoc | undefined;
  /** `rootKey(source, root)` → default profile name. */
  defaults(): Readonly<Record<string, string>>;
  /** A profile without `origin.sourceId` goes into the "new profiles" source. */
  put(doc: ProfileDoc): void;
  delete(id: string): void;
  /** The default of one root of one source. */
  setDefault(sourceId: string, root: string, name: string | null): void;
  sources(): Readonly<Record<string, SourceDoc>>;
  putSource(source: SourceDoc): void;
  /** The source's file holds what this transaction leaves in it (an open, a reload), and deletes
   *  `removed`; kept by undo and redo (storeFiles.ts `saved`). */
  markSaved(sourceId: string, removed?: ProfileKeyRef[], file?: FileOutside): void;
  /** What the source's file held when last opened or saved. */
  saved(sourceId: string): SavedState | undefined;
}

export interface HistoryEntryView extends HistoryItem {
  undone: boolean;
}

export class ProfileStore {
  readonly dir: string;
  /** Documents that failed their schema on open, moved to quarantine/, with why. */
  readonly problems: string[] = [];
  private readonly files: ReturnType<typeof paths>;
  private readonly historyLimit: number;
  private index: StoreIndex = emptyIndex();
  private docs = new Map<string, ProfileDoc>();
  /** Ids whose document was loaded from `profiles/<id>.json` (no place yet): a commit that moves one into a
   *  record removes its file. */
  private filed = new Set<string>();
  private savedAll: SavedStates = {};

  private constructor(dir: string, options: StoreOptions) {
    this.dir = dir;
    this.files = paths(dir);
    this.historyLimit = options.historyLimit ?? 200;
  }

  static open(dir: string, options: StoreOptions = {}): ProfileStore {
    const store = new ProfileStore(dir, options);
    mkdirSync(store.files.profiles, { recursive: true });
    mkdirSync(store.files.history, { recursive: true });
    withLock(store.files.lock, () => {
      // An interrupted commit is finished before a migration reads the files, and a migration is
      // itself one journaled commit (all or nothing).
      store.replayJournal();
      const migration = migrate(dir);
      if (migration) store.writeJournal(migration);
      store.load();
    });
    return store;
  }

  get revision(): number {
    return this.index.revision;
  }

  list(): ProfileDoc[] {
    return this.index.order.map((id) => this.docs.get(id)).filter((d): d is ProfileDoc => d !== undefined);
  }

  get(id: string): ProfileDoc | undefined {
    return this.docs.get(id);
  }

  findByName(name: string): ProfileDoc | undefined {
    return findByName(this.list(), name);
  }

  defaults(): Readonly<Record<string, string>> {
    return this.index.defaults;
  }

  isDefault(doc: ProfileDoc): boolean {
    const name = this.index.defaults[rootKey(sourceIdOf(doc), doc.origin.root)];
    return name !== undefined && name.toLowerCase() === doc.name.toLowerCase();
  }

  sources(): Readonly<Record<string, SourceDoc>> {
    return this.index.sources;
  }

  source(id: string): SourceDoc | undefined {
    return this.index.sources[id];
  }

  saved(sourceId: string): SavedState | undefined {
    return this.savedAll[sourceId];
  }

  /**
   * Records that the source's file now holds `state` (a save just wrote it): one commit that is not an
   * undo step, so undoing an earlier edit afterwards marks the source as unsaved again.
   */
  markSaved(sourceId: string, state: SavedState): void {
    withLock(this.files.lock, () => {
      this.syncLocked();
      const index: StoreIndex = { ...this.index, revision: this.index.revision + 1 };
      this.writeJournal({ docs: {}, index, dropHistory: [], saved: { ...this.savedAll, [sourceId]: state } });
    });
  }

  /** What one step of the history changed (the documents before and after it); null for an id the
   *  history no longer lists. */
  historyRecord(id: number): HistoryRecord | null {
    return this.index.history.items.some((i) => i.id === id) ? this.readHistory(id) : null;
  }

  history(): HistoryEntryView[] {
    const { items, position } = this.index.history;
    return items.map((item, i) => ({ ...item, undone: i >= position }));
  }

  /**
   * Reloads when another process committed since we loaded; true when it did. The cheap check (the
   * index's revision, a pending journal) runs without the lock; the reload itself holds it, so it never
   * reads one commit's index with another commit's documents.
   */
  refresh(): boolean {
    if (!existsSync(this.files.journal) && this.readIndex().revision === this.index.revision) return false;
    return withLock(this.files.lock, () => this.syncLocked());
  }

  /**
   * Under the lock: finish a commit another process left half-applied (it died after writing its
   * journal), then reload if the revision moved. Every locked operation starts here, so nothing is ever
   * committed on top of a torn state.
   */
  private syncLocked(): boolean {
    const replayed = this.replayJournal();
    if (!replayed && this.readIndex().revision === this.index.revision) return false;
    this.load();
    return true;
  }

  /**
   * Runs `fn` on the current state and commits what it changed as one undoable step, all or nothing,
   * recorded in the history as `message`. If `fn` throws, nothing is written.
   */
  transact<R>(message: HistoryMessage, fn: (tx: StoreTx) => R): R {
    return withLock(this.files.lock, () => {
      this.syncLocked();
      const json = new StoreJson();
      const tx = new Transaction(this.list(), this.index, this.savedAll, json);
      const result = fn(tx);
      tx.stampRevisions(this.docs, this.index.revision + 1);
      const after = tx.afterImages();
      const before = tx.beforeImages(this.docs, this.index);
      // A change that changes nothing (set the default that is already set…) is not an undo step.
      if (!sameImages(before, after, json)) this.commit(message, after, before, json, tx.savedChanged ? tx.savedStates() : undefined);
      else if (tx.savedChanged) this.markAllSaved(tx.savedStates());
      return result;
    });
  }

  undo(): HistoryEntryView | null {
    return withLock(this.files.lock, () => {
      this.syncLocked();
      const { items, position } = this.index.history;
      const item = items[position - 1];
      if (!item) return null;
      const record = this.readHistory(item.id);
      this.apply(record.before, { ...this.index.history, position: position - 1 }, item.id, 'before');
      return { ...item, undone: true };
    });
  }

  redo(): HistoryEntryView | null {
    return withLock(this.files.lock, () => {
      this.syncLocked();
      const { items, position } = this.index.history;
      const item = items[position];
      if (!item) return null;
      const record = this.readHistory(item.id);
      this.apply(record.after, { ...this.index.history, position: position + 1 }, item.id, 'after');
      return { ...item, undone: false };
    });
  }

  // ---- commits ---------------------------------------------------------------------------------

  private markAllSaved(saved: SavedStates): void {
    this.writeJournal({ docs: {}, index: { ...this.index, revision: this.index.revision + 1 }, dropHistory: [], saved });
  }

  private commit(message: HistoryMessage, after: Images, before: Images, json: StoreJson, saved: SavedStates | undefined): void {
    const { items, position, nextId } = this.index.history;
    const kept = items.slice(0, position);
    const dropped = items.slice(position).map((i) => i.id);
    const item: HistoryItem = {
      id: nextId,
      description: historyText('en', message.key, message.params),
      message,
      at: new Date().toISOString(),
    };
    const all = [...kept, item];
    const overflow = all.length - this.historyLimit;
    if (overflow > 0) dropped.push(...all.splice(0, overflow).map((i) => i.id));
    const places = placed(this.index.places, after.docs, item.id, 'after');
    // A dropped record may hold the only copy of current documents (an import 200 changes ago, a deletion
    // undone before this change): they move into this record before it goes.
    const gone = new Set(dropped);
    const carried: Record<string, ProfileDoc> = {};
    for (const [id, place] of Object.entries(places)) {
      if (!gone.has(place.record)) continue;
      carried[id] = this.docs.get(id)!;
      places[id] = { record: item.id, side: 'carried' };
    }
    const index: StoreIndex = {
      ...this.index,
      revision: this.index.revision + 1,
      order: after.order,
      defaults: after.defaults,
      sources: after.sources ?? this.index.sources,
      places,
      history: { items: all, position: all.length, nextId: nextId + 1 },
    };
    // The history record is written first, durably, and not into the journal: until a committed index
    // lists its id it is inert (a commit interrupted before its journal leaves it behind, and the next
    // commit, taking the same id, overwrites it). It is where the documents live: written once.
    const record: HistoryRecord = { before, after, ...(Object.keys(carried).length ? { carried } : {}) };
    writeFileAtomic(this.files.historyFile(item.id), json.historyRecord(record));
    this.writeJournal(
      { docs: {}, index, dropHistory: dropped, ...(saved ? { saved } : {}), ...this.unfiled(after.docs) },
      json,
      after.docs,
    );
  }

  /** The ids among `docs` whose `profiles/<id>.json` a commit of them supersedes or deletes. */
  private unfiled(docs: Record<string, ProfileDoc | null>): Pick<Journal, 'unfiled'> {
    const ids = Object.keys(docs).filter((id) => this.filed.has(id));
    return ids.length ? { unfiled: ids } : {};
  }

  /**
   * Undo and redo: apply one side of recorded change `record`, moving the history position only. Its
   * images are on disk already, in that record: the new index points there, and no document is written.
   */
  private apply(images: Images, history: StoreIndex['history'], record: number, side: DocPlace['side']): void {
    // A record written before sources existed leaves them as they are (storeFiles.ts Images).
    const sources = images.sources ?? this.index.sources;
    const places = placed(this.index.places, images.docs, record, side);
    const index: StoreIndex = {
      ...this.index,
      revision: this.index.revision + 1,
      order: images.order,
      defaults: images.defaults,
      sources,
      places,
      history,
    };
    this.writeJournal({ docs: {}, index, dropHistory: [], ...this.unfiled(images.docs) }, new StoreJson(), images.docs);
  }

  /**
   * The commit point: once journal.json is renamed in, the change happens, now or at the next lock.
   * `changes`: the documents the new index gives a new place (or deletes), for the loaded state.
   */
  private writeJournal(journal: Journal, json = new StoreJson(), changes: Record<string, ProfileDoc | null> = journal.docs): void {
    writeFileAtomic(this.files.journal, json.journal(journal));
    this.applyJournal(journal, json);
    // We hold the lock and were in sync before this commit, so the new state is the old one plus the
    // journal: re-reading and re-validating every document (≈115 ms at 1,000 profiles) is not needed.
    const docs = new Map(this.docs);
    for (const [id, doc] of Object.entries({ ...changes, ...journal.docs })) {
      if (doc) docs.set(id, doc);
      else docs.delete(id);
      if (!doc || journal.index.places[id]) this.filed.delete(id);
      else if (journal.docs[id]) this.filed.add(id);
    }
    this.index = journal.index;
    this.docs = docs;
    if (journal.saved) this.savedAll = journal.saved;
  }

  private applyJournal(journal: Journal | JournalV2, json = new StoreJson()): void {
    // Only a journal left by an earlier version carries its history record (storeFiles.ts).
    if (journal.historyFile)
      writeFileAtomic(this.files.historyFile(journal.historyFile.id), json.historyRecord(journal.historyFile.record));
    for (const [id, doc] of Object.entries(journal.docs)) {
      if (!SAFE_ID.test(id)) throw new AppError('E_STORE', 'storeCorrupt', { file: this.files.journal, why: `bad profile id ${id}` });
      if (doc) writeFileAtomic(this.files.profile(id), json.doc(doc));
      else removeFile(this.files.profile(id));
    }
    if (journal.saved) writeFileAtomic(this.files.saved, JSON.stringify(journal.saved));
    writeFileAtomic(this.files.index, JSON.stringify(journal.index));
    // Only once the index no longer names them: superseded documents, dropped records.
    for (const id of journal.unfiled ?? []) if (SAFE_ID.test(id)) removeFile(this.files.profile(id));
    for (const n of journal.dropHistory) removeFile(this.files.historyFile(n));
    removeFile(this.files.journal);
  }

  /**
   * A commit interrupted by a crash is finished from its journal (a torn journal never renamed in). A
   * journal a v2 store left is finished as v2 wrote it (its documents into their files); opening then
   * migrates the result.
   */
  private replayJournal(): boolean {
    if (!existsSync(this.files.journal)) return false;
    const raw = readJson(this.files.journal);
    const parsed = Journal.safeParse(raw);
    const v2 = parsed.success ? undefined : JournalV2.safeParse(raw);
    if (parsed.success) this.applyJournal(parsed.data);
    else if (v2?.success) this.applyJournal(v2.data);
    else removeFile(this.files.journal);
    return true;
  }

  // ---- loading ---------------------------------------------------------------------------------

  private load(): void {
    this.index = this.readIndex();
    const docs = new Map<string, ProfileDoc>();
    const filed = new Set<string>();
    const failed = new Map<string, { why: string; inRecord: unknown }>();
    // Each document is validated on its own as soon as it is read, so one bad document is quarantined and the
    // rest open, and no record's whole text is held while its documents are parsed.
    const accept = (id: string, raw: unknown, inRecord: boolean): void => {
      // The document as parsed when the schema takes it as it is (schemaCheck.ts); else zod's answer.
      if (isProfileDoc(raw) && (raw as ProfileDoc).id === id) {
        docs.set(id, raw as ProfileDoc);
        return;
      }
      const parsed = ProfileDoc.safeParse(raw);
      if (parsed.success && parsed.data.id === id) docs.set(id, parsed.data);
      else
        failed.set(id, {
          why: parsed.success ? 'its id does not match its place' : (parsed.error.issues[0]?.message ?? 'unreadable'),
          inRecord: inRecord ? raw : undefined,
        });
    };
    // Each record is read once, as far as the documents the index places there (recordDocs.ts).
    const wanted = new Map<number, WantedDoc[]>();
    for (const id of this.index.order) {
      const place = this.index.places[id];
      if (!place) filed.add(id);
      else {
        let list = wanted.get(place.record);
        if (!list) wanted.set(place.record, (list = []));
        list.push({ side: place.side, id });
      }
    }
    for (const [n, list] of wanted) readRecordDocs(this.files.historyFile(n), list, (w, raw) => accept(w.id, raw, true));
    for (const id of filed) accept(id, readJson(this.files.profile(id)), false);
    // Reported in the profiles' order, whichever file each was read from.
    for (const id of this.index.order) {
      const failure = failed.get(id);
      if (failure) this.quarantine(id, failure.why, failure.inRecord);
    }
    this.docs = docs;
    this.filed = filed;
    const saved = SavedStatesFile.safeParse(readJson(this.files.saved));
    // Unreadable or absent: every source then shows all its profiles as unsaved, which is safe.
    this.savedAll = saved.success ? saved.data : {};
  }

  private readIndex(): StoreIndex {
    if (!existsSync(this.files.index)) return emptyIndex();
    const parsed = StoreIndex.safeParse(readJson(this.files.index));
    if (!parsed.success)
      throw new AppError('E_STORE', 'storeCorrupt', { file: this.files.index, why: parsed.error.issues[0]?.message ?? '' });
    return parsed.data;
  }

  private readHistory(id: number): HistoryRecord {
    const parsed = HistoryRecord.safeParse(readJson(this.files.historyFile(id)));
    if (!parsed.success)
      throw new AppError('E_STORE', 'storeCorrupt', { file: this.files.historyFile(id), why: 'history record unreadable' });
    return parsed.data;
  }

  /** A document in a file is moved aside; one in a history record (`inRecord`) is copied aside once. */
  private quarantine(id: string, why: string, inRecord?: unknown): void {
    const file = this.files.profile(id);
    if (inRecord !== undefined) {
      const copy = join(this.files.quarantine, `${id}.json`);
      mkdirSync(this.files.quarantine, { recursive: true });
      if (!existsSync(copy)) writeFileAtomic(copy, JSON.stringify(inRecord));
    } else if (existsSync(file)) {
      mkdirSync(this.files.quarantine, { recursive: true });
      renameSync(file, freeQuarantineName(this.files.quarantine, `${id}.json`));
    }
    const message = `Profile document ${id} failed to load (${why}); it was moved to ${this.files.quarantine}.`;
    if (!this.problems.includes(message)) this.problems.push(message);
  }

  /** Ids of documents present on disk but not in the index (left by nothing we know). */
  strayDocuments(): string[] {
    const known = new Set(this.index.order);
    return readdirSync(this.files.profiles)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .filter((id) => !known.has(id));
  }
}

/** `places` after a commit, an undo or a redo gives `docs` (null: deleted) their place in `record`. */
function placed(
  places: Record<string, DocPlace>,
  docs: Record<string, ProfileDoc | null>,
  record: number,
  side: DocPlace['side'],
): Record<string, DocPlace> {
  const next = { ...places };
  for (const [id, doc] of Object.entries(docs)) {
    if (doc) next[id] = { record, side };
    else delete next[id];
  }
  return next;
}

/** `quarantine/<name>`, or `<name>.2`, `<name>.3`… so an earlier quarantined copy is never overwritten. */
function freeQuarantineName(folder: string, name: string): string {
  let candidate = join(folder, name);
  for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${name}.${n}`);
  return candidate;
}

/** Same documents (by their stored JSON) and same order and defaults: a commit would change nothing. */
function sameImages(a: Images, b: Images, json: StoreJson): boolean {
  const sortedDefaults = (d: Record<string, string>) => JSON.stringify(Object.entries(d).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  if (JSON.stringify(a.order) !== JSON.stringify(b.order) || sortedDefaults(a.defaults) !== sortedDefaults(b.defaults)) return false;
  const sortedSources = (d: Images['sources']) => JSON.stringify(Object.entries(d ?? {}).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  if ((a.sources || b.sources) && sortedSources(a.sources) !== sortedSources(b.sources)) return false;
  const ids = new Set([...Object.keys(a.docs), ...Object.keys(b.docs)]);
  const text = (doc: ProfileDoc | null | undefined) => (doc ? json.doc(doc) : 'null');
  for (const id of ids) if (text(a.docs[id]) !== text(b.docs[id])) return false;
  return true;
}

/** Profile names compare case-insensitively, like the registry keys they become. */
export const findByName = (docs: ProfileDoc[], name: string): ProfileDoc | undefined =>
  docs.find((d) => d.name.toLowerCase() === name.toLowerCase());

/** The source a stored profile belongs to (the store puts one on every profile it keeps). */
export const sourceIdOf = (doc: ProfileDoc): string => doc.origin.sourceId ?? NEW_SOURCE.id;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The working copy a transaction function changes; turned into before/after images on commit. */
class Transaction implements StoreTx {
  readonly changed = new Map<string, ProfileDoc | null>();
  defaultsChanged = false;
  savedChanged = false;
  private readonly order: string[];
  private readonly defaultMap: Record<string, string>;
  private readonly current: Map<string, ProfileDoc>;
  private readonly sourceMap: Record<string, SourceDoc>;
  private sourcesChanged = false;
  private readonly savedMap: SavedStates;

  constructor(
    docs: ProfileDoc[],
    index: StoreIndex,
    saved: SavedStates,
    private readonly json: StoreJson,
  ) {
    this.current = new Map(docs.map((d) => [d.id, d]));
    this.order = [...index.order];
    this.defaultMap = { ...index.defaults };
    this.sourceMap = { ...index.sources };
    this.savedMap = { ...saved };
  }

  sources(): Readonly<Record<string, SourceDoc>> {
    return this.sourceMap;
  }
  putSource(source: SourceDoc): void {
    this.sourceMap[source.id] = source;
    this.sourcesChanged = true;
  }
  saved(sourceId: string): SavedState | undefined {
    return this.savedMap[sourceId];
  }
  private readonly toMark = new Map<string, { removed: ProfileKeyRef[]; file?: FileOutside }>();
  markSaved(sourceId: string, removed: ProfileKeyRef[] = [], file?: FileOutside): void {
    this.toMark.set(sourceId, { removed, ...(file ? { file } : {}) });
    this.savedChanged = true;
  }
  /** After stampRevisions: the marked sources' states, from the revisions their profiles now carry. */
  savedStates(): SavedStates {
    const docs = this.docsInOrder();
    for (const [sourceId, { removed, file }] of this.toMark)
      this.savedMap[sourceId] = savedStateOf(profilesOf(docs, sourceId), defaultsOf(this.defaultMap, sourceId), removed, file);
    return this.savedMap;
  }

  /**
   * Each changed profile gets this commit's revision, unless its content did not change (then it keeps
   * its own, and the no-op check sees no change). What the unsaved-changes mark compares (shared/source.ts).
   */
  stampRevisions(before: Map<string, ProfileDoc>, revision: number): void {
    for (const [id, doc] of this.changed) {
      if (!doc) continue;
      const old = before.get(id);
      const same = old !== undefined && this.json.doc({ ...doc, rev: old.rev }) === this.json.doc(old);
      const stamped = { ...doc, rev: same ? old.rev : revision };
      if (stamped.rev === undefined) delete stamped.rev;
      this.changed.set(id, stamped);
      this.current.set(id, stamped);
    }
  }

  // Reads hand out copies: a caller that edits what it read in place (then puts it, or throws) must not
  // change the store's loaded documents, which are also the before-images undo writes back.
  list(): ProfileDoc[] {
    return this.docsInOrder().map((d) => this.json.copy(d));
  }
  get(id: string): ProfileDoc | undefined {
    const doc = this.current.get(id);
    return doc && this.json.copy(doc);
  }
  findByName(name: string): ProfileDoc | undefined {
    const doc = findByName(this.docsInOrder(), name);
    return doc && this.json.copy(doc);
  }
  private docsInOrder(): ProfileDoc[] {
    return this.order.map((id) => this.current.get(id)).filter((d): d is ProfileDoc => d !== undefined);
  }
  defaults(): Readonly<Record<string, string>> {
    return this.defaultMap;
  }
  put(doc: ProfileDoc): void {
    const parsed = ProfileDoc.parse(
      doc.origin.sourceId === undefined ? { ...doc, origin: { ...doc.origin, sourceId: NEW_SOURCE.id } } : doc,
    );
    if (!SAFE_ID.test(parsed.id)) throw new AppError('E_STORE', 'storeCorrupt', { file: parsed.id, why: 'bad profile id' });
    if (!this.sourceMap[parsed.origin.sourceId!]) {
      if (parsed.origin.sourceId !== NEW_SOURCE.id)
        throw new AppError('E_STORE', 'storeCorrupt', { file: parsed.id, why: `unknown source ${parsed.origin.sourceId}` });
      this.putSource(NEW_SOURCE);
    }
    if (!this.current.has(parsed.id)) this.order.push(parsed.id);
    this.current.set(parsed.id, parsed);
    this.changed.set(parsed.id, parsed);
  }
  delete(id: string): void {
    if (!this.current.delete(id)) return;
    this.order.splice(this.order.indexOf(id), 1);
    this.changed.set(id, null);
  }
  setDefault(sourceId: string, root: string, name: string | null): void {
    const key = rootKey(sourceId, root);
    if (name === null) delete this.defaultMap[key];
    else this.defaultMap[key] = name;
    this.defaultsChanged = true;
  }

  afterImages(): Images {
    return {
      docs: Object.fromEntries(this.changed),
      order: this.order,
      defaults: this.defaultMap,
      ...(this.sourcesChanged ? { sources: this.sourceMap } : {}),
    };
  }
  beforeImages(before: Map<string, ProfileDoc>, index: StoreIndex): Images {
    const docs: Record<string, ProfileDoc | null> = {};
    for (const id of this.changed.keys()) docs[id] = before.get(id) ?? null;
    return { docs, order: index.order, defaults: index.defaults, ...(this.sourcesChanged ? { sources: index.sources } : {}) };
  }
}
