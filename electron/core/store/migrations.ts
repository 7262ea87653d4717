/**
 * Store migrations, one function per schema version step, run under the store lock before loading and committed as one journal.
 *
 * v0 (the first prototype's layout): `index.json` was `{version: 0, profiles: [ids]}` and each profile
 * document carried `isDefault: boolean`. v1 moves the default into the index, per registry root (MAPI
 * keeps one default per profiles root: docs/file-formats.md §1), and adds the history. v2 gives every profile
 * a source (migrateSources.ts). v3 keeps documents in the history records (storeFiles.ts): a v2 store's
 * documents stay in `profiles/<id>.json` (no place in the index) until a commit touches them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { emptyIndex, paths, SAFE_ID, SCHEMA_VERSION, StoreIndex, type Journal } from './storeFiles.js';
import { migrateSources } from './migrateSources.js';

type Json = Record<string, unknown>;

/** The store as read from disk, not yet trusted: the index and every `profiles/<id>.json`. */
export interface RawStore {
  index: Json;
  docs: Map<string, Json>;
}

/** One schema step: turns a version-n store into a version-n+1 store, in memory. */
type Migration = (raw: RawStore) => RawStore;

const MIGRATIONS: Record<number, Migration> = {
  0: ({ index, docs }) => {
    const ids = Array.isArray(index.profiles) ? index.profiles.filter((x): x is string => typeof x === 'string') : [];
    const next = { ...emptyIndex(), schemaVersion: 1, order: ids } as Json & { defaults: Record<string, string> };
    const nextDocs = new Map(docs);
    for (const id of ids) {
      const doc = docs.get(id);
      if (!doc) continue;
      const { isDefault, ...rest } = doc;
      const origin = rest.origin as { root?: unknown } | undefined;
      if (isDefault === true && typeof origin?.root === 'string' && typeof rest.name === 'string') next.defaults[origin.root] = rest.name;
      nextDocs.set(id, rest);
    }
    return { index: next, docs: nextDocs };
  },
  1: migrateSources,
  2: ({ index, docs }) => ({ index: { ...index, schemaVersion: 3, places: {} }, docs }),
};

/**
 * Brings an older store up to SCHEMA_VERSION, in memory, and returns the result as one journal for the
 * caller to commit (under the lock): the old files stay untouched until the journal is on disk, so a
 * crash half way leaves the old store or the new one, never a mix (a half-migrated v0 store would lose
 * its `isDefault` flags). Returns null when the store is current (or new).
 */
export function migrate(dir: string): Journal | null {
  const files = paths(dir);
  if (!existsSync(files.index)) return null;
  const index = readJson(files.index);
  const versionOf = (raw: Json | undefined) =>
    typeof raw?.schemaVersion === 'number' ? raw.schemaVersion : typeof raw?.version === 'number' ? raw.version : undefined;
  let version = versionOf(index);
  if (version === SCHEMA_VERSION) return null;
  const onDisk = readDocs(files.profiles);
  let raw: RawStore = { index: index ?? {}, docs: onDisk };
  for (;;) {
    const step = version === undefined ? undefined : MIGRATIONS[version];
    if (!index || !step) throw new AppError('E_STORE', 'storeVersion', { file: files.index, version: String(version) });
    raw = step(raw);
    version = versionOf(raw.index);
    if (version === SCHEMA_VERSION) break;
  }
  const next = StoreIndex.parse(raw.index);
  const saved = raw.index.saved as Journal['saved'];
  const docs: Journal['docs'] = {};
  // Documents that do not pass the current schema are left as they are: loading quarantines them. So are
  // those no step changed (v2 → v3 changes none): rewriting 1,000 unchanged files is 1,000 fsyncs.
  for (const id of next.order) {
    if (raw.docs.get(id) === onDisk.get(id)) continue;
    const parsed = ProfileDoc.safeParse(raw.docs.get(id));
    if (parsed.success && parsed.data.id === id && SAFE_ID.test(id)) docs[id] = parsed.data;
  }
  return { docs, index: { ...next, revision: next.revision + 1 }, dropHistory: [], ...(saved ? { saved } : {}) };
}

function readDocs(folder: string): Map<string, Json> {
  const docs = new Map<string, Json>();
  if (!existsSync(folder)) return docs;
  for (const f of readdirSync(folder)) {
    if (!f.endsWith('.json')) continue;
    const doc = readJson(`${folder}/${f}`);
    if (doc) docs.set(f.slice(0, -5), doc);
  }
  return docs;
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
