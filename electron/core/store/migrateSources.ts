/**
 * Store schema v1 → v2: every profile gets a source, and a profile renamed on import gets its name back.
 *
 * v1 kept profile names unique across the workspace: an import renamed a profile whose name was taken
 * to "NAME (2)", "NAME (3)"… (electron/core/admin/profileAdmin.ts before v2). The store kept nothing else
 * of the original name — not in the profile's keys (their paths are relative to the profile key), not in
 * the history (its images hold the renamed document) — so the rename is recognised by its shape: a
 * profile read from a file (`reg`, `hive`, `prf`), named "BASE (N)" with N ≥ 2, while another profile
 * of the same root is named BASE. Such a profile is named BASE again, in a source of its own when its
 * file's source already has a BASE (the same file opened twice, or two files of one name: NTUSER.DAT).
 *
 * Sources are grouped by `origin.file` (the file's base name: v1 kept no path, so a migrated source
 * saves with `--as` or a download until opened again); "This computer" becomes the computer source;
 * profiles created in the editor go to the "new profiles" source. Defaults were kept per root: each goes
 * to the source of the profile it names. What each source holds is taken as saved: v1 did not know
 * what its files held.
 */
import { randomUUID } from 'node:crypto';
import { NEW_SOURCE, rootKey, THIS_COMPUTER_NAME, type SavedState, type SourceDoc } from '../../../shared/source.js';
import type { RawStore } from './migrations.js';

type Json = Record<string, unknown>;
interface Origin {
  source?: unknown;
  file?: unknown;
  root?: unknown;
}

const RENAMED = /^(.+) \((\d+)\)$/;
const FILE_FORMATS = new Set(['reg', 'hive', 'prf']);

export function migrateSources({ index, docs }: RawStore): RawStore {
  const order = Array.isArray(index.order) ? index.order.filter((x): x is string => typeof x === 'string') : [];
  const oldDefaults = (index.defaults ?? {}) as Record<string, string>;
  const present = order.map((id) => ({ id, doc: docs.get(id) })).filter((x): x is { id: string; doc: Json } => x.doc !== undefined);
  const lower = (s: string) => s.toLowerCase();
  /** Names per root, across the workspace, as v1 had them. */
  const namesByRoot = new Map<string, Set<string>>();
  for (const { doc } of present) {
    const root = lower(String((doc.origin as Origin | undefined)?.root ?? ''));
    if (!namesByRoot.has(root)) namesByRoot.set(root, new Set());
    namesByRoot.get(root)!.add(lower(String(doc.name)));
  }

  const sources: Record<string, SourceDoc> = {};
  /** Sources by group (file name, or the computer / new source), each with its taken `root\name`s. */
  const groups = new Map<string, { id: string; taken: Set<string> }[]>();
  const nextDocs = new Map(docs);
  const defaults: Record<string, string> = {};
  const saved: Record<string, SavedState> = {};

  for (const { id, doc } of present) {
    const origin = (doc.origin ?? {}) as Origin;
    const root = String(origin.root ?? '');
    const file = typeof origin.file === 'string' ? origin.file : undefined;
    const kind: SourceDoc['kind'] = file === THIS_COMPUTER_NAME ? 'computer' : file !== undefined ? 'file' : 'new';
    const group = kind === 'file' ? `file:${lower(file!)}` : kind;
    let name = String(doc.name);
    const m = RENAMED.exec(name);
    if (m && Number(m[2]) >= 2 && FILE_FORMATS.has(String(origin.source)) && namesByRoot.get(lower(root))?.has(lower(m[1]!))) name = m[1]!;
    const key = `${lower(root)}\\${lower(name)}`;

    const candidates = groups.get(group) ?? [];
    groups.set(group, candidates);
    let target = candidates.find((c) => !c.taken.has(key));
    if (!target) {
      const sourceId = kind === 'new' ? NEW_SOURCE.id : kind === 'computer' ? 'computer' : randomUUID();
      const uniqueId = sources[sourceId] ? randomUUID() : sourceId;
      sources[uniqueId] =
        kind === 'file'
          ? {
              id: uniqueId,
              kind,
              name: file!,
              ...(FILE_FORMATS.has(String(origin.source)) ? { format: origin.source as SourceDoc['format'] } : {}),
            }
          : kind === 'computer'
            ? { id: uniqueId, kind, name: THIS_COMPUTER_NAME, format: 'reg' }
            : { ...NEW_SOURCE, id: uniqueId };
      saved[uniqueId] = { profiles: [], defaults: {}, removed: [] };
      target = { id: uniqueId, taken: new Set() };
      candidates.push(target);
    }
    target.taken.add(key);
    const source = sources[target.id]!;
    if (!source.format && FILE_FORMATS.has(String(origin.source))) source.format = origin.source as SourceDoc['format'];

    const oldName = String(doc.name);
    const oldDefault = oldDefaults[root];
    if (oldDefault !== undefined && lower(oldDefault) === lower(oldName)) {
      defaults[rootKey(target.id, root)] = name;
      saved[target.id]!.defaults[root] = name;
    }
    saved[target.id]!.profiles.push({ id, rev: 0, root, name });
    nextDocs.set(id, { ...doc, name, origin: { ...origin, sourceId: target.id } });
  }
  return { index: { ...index, schemaVersion: 2, defaults, sources, saved }, docs: nextDocs };
}
