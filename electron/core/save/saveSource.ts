/**
 * Save a source back into its file, in its own format (DESIGN.md "Saving"), or "save as" any format:
 *
 * - `.reg`: the file's own dialect (regDialects.ts). Keys of the file outside its profiles (other Outlook
 *   settings) are kept as they were; the profiles are written as the window shows them; a profile the
 *   editor deleted or renamed away is written `[-…\Profiles\NAME]`, so that merging the file removes it,
 *   and so are the profile deletions the file already held; a profile added or changed is deleted the same
 *   way before it is written, so that a merge replaces it whole. `DefaultProfile` follows the source's defaults.
 * - PRF: one profile per file (docs/file-formats.md §5.2), written by electron/core/prf/exportPrf.ts.
 * - hive: each profile's subtree replaced through the regf writer (saveHiveFile.ts), removed profiles
 *   deleted; a changed default profile sets (or removes) `DefaultProfile` beside them (hiveDefaults.ts).
 *
 * Every file goes through replaceFile (safeReplace.ts): NAME.tmp, flush, read back byte for byte, NAME.bak,
 * rename. What is then compared: the profiles our own reader finds in those bytes (names, roots, every key
 * and value) and the defaults, against the store's.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import {
  rootKey,
  type ProfileKeyRef,
  type RegDialect,
  type SavedState,
  type SourceDoc,
  type SourceFormat,
} from '../../../shared/source.js';
import type { HiveEdit } from '../formats/hive/hiveEdits.js';
import { parseReg, toSnapshot } from '../formats/reg/index.js';
import type { RegKey } from '../formats/registry.js';
import { readProfilesFile } from '../import/readProfilesFile.js';
import { defaultProfileKeyOf, insideProfile, profileToRegistry } from '../model/profilesFromRegistry.js';
import { exportPrf } from '../prf/exportPrf.js';
import type { ProfileStore } from '../store/profileStore.js';
import { defaultsOf, profilesOf, refKey, savedStateOf, unsavedOf } from '../store/savedState.js';
import { REGEDIT_UTF16, writeRegDialect } from './regDialects.js';
import { outsideOf, sameStamp, stampOf } from './fileStamp.js';
import { replaceFile, type SaveIo } from './safeReplace.js';
import { defaultEdits, hivePathOf } from './hiveDefaults.js';
import { replayedSentence, saveHiveFile } from './saveHiveFile.js';

/** What `--format` names: a `.reg` for regedit (UTF-16), REGEDIT4, hivexregedit's; a PRF; a hive. */
export type SaveFormat = 'reg' | 'reg4' | 'reg-hivex' | 'prf' | 'hive';

export interface SaveOptions {
  /** Save as this file (absolute path) instead of the source's own. */
  as?: string;
  format?: SaveFormat;
  /** `.reg` only: write every path under this key instead of the hive root it came from (`HKEY_USERS\Offline`). */
  rootKey?: string;
  dryRun?: boolean;
  /** A dirty hive without logs (saveHiveFile.ts). */
  force?: boolean;
  /** Build the file and hand its bytes back instead of writing it (the browser mode's download); the
   *  source then counts as saved, the download being the saved file. */
  download?: boolean;
  /** Save into this copy of the source's file instead of its own path (the browser mode keeps a hive's
   *  bytes, not a path: it saves into a scratch copy and downloads that). */
  workFile?: string;
  io?: SaveIo;
  now?: Date;
}

export interface SaveReport {
  sourceId: string;
  source: string;
  file?: string;
  format: SourceFormat;
  /** Profiles added, changed and removed since the file was last opened or saved. */
  added: string[];
  changed: string[];
  removed: string[];
  defaultsChanged: boolean;
  written: boolean;
  backup?: string;
  /** The bytes, for the browser mode's download (never serialized by the CLI). */
  bytes?: Uint8Array;
  fileName: string;
  warnings: string[];
}

interface Target {
  path?: string;
  fileName: string;
  format: SourceFormat;
  dialect?: RegDialect;
}

/** What a save of `sourceId` writes: the bytes and the state the file then holds. Writes nothing. */
export function planSave(store: ProfileStore, sourceId: string, opts: SaveOptions = {}) {
  const source = store.source(sourceId);
  if (!source) throw new AppError('MAPI_E_NOT_FOUND', 'sourceNotFound', { source: sourceId });
  const docs = profilesOf(store.list(), sourceId);
  const defaults = defaultsOf(store.defaults(), sourceId);
  const saved = store.saved(sourceId);
  const unsaved = unsavedOf(docs, defaults, saved);
  const target = targetOf(source, opts);
  const removedNow = unsaved.removed;
  const held = docs.map(refOf);
  const heldKeys = new Set(held.map(refKey));
  const removed = mergeRefs(saved?.removed ?? [], removedNow).filter((r) => !heldKeys.has(refKey(r)));
  const changedIds = new Set(unsaved.changed);
  // A `.reg` deletes every profile it writes new or changed before writing it, and keeps the deletions the
  // file already made: merged, it then gives each profile exactly as written — without them regedit, reg
  // import and hivexregedit keep the values and sections the editor deleted (docs/file-formats.md §4.3).
  // An unchanged profile is written as the file had it, so an untouched save gives the same bytes back.
  const deletes =
    target.format === 'reg'
      ? mergeRefs(
          mergeRefs(saved?.removed ?? [], removedNow),
          held.filter((_, i) => changedIds.has(docs[i]!.id)),
        )
      : removed;
  const before = new Map((saved?.profiles ?? []).map((p) => [p.id, p]));
  const report: SaveReport = {
    sourceId,
    source: source.name,
    ...(target.path ? { file: target.path } : {}),
    format: target.format,
    added: docs.filter((d) => !before.has(d.id)).map((d) => d.name),
    changed: docs.filter((d) => before.has(d.id) && changedIds.has(d.id)).map((d) => d.name),
    removed: removedNow.map((r) => r.name),
    defaultsChanged: unsaved.defaultsChanged,
    written: false,
    fileName: target.fileName,
    warnings: [],
  };
  return { source, docs, defaults, removed, deletes, target, report, state: savedStateOf(docs, defaults, deletes) };
}

export function saveSource(store: ProfileStore, sourceId: string, opts: SaveOptions = {}): SaveReport {
  const plan = planSave(store, sourceId, opts);
  const { source, docs, defaults, deletes, target, report } = plan;
  if (target.format === 'hive' && opts.download) {
    // The browser holds no hive file to write into, and the writer edits a hive in place.
    throw new AppError('E_INVALID_REQUEST', 'saveFormatUnsupported', { source: source.name, format: 'hive (in the browser)' });
  }
  if (target.format === 'hive') return saveHive(store, plan, opts);
  const withRoot = (keys: RegKey[]) => (opts.rootKey ? keys.map((k) => ({ ...k, path: reroot(k.path, opts.rootKey!) })) : keys);
  let bytes: Uint8Array;
  let verify: (written: Uint8Array) => void;
  /** A `.reg`'s keys outside its profiles as written, remembered with the file's stamp (fileStamp.ts). */
  let outside: RegKey[] | undefined;
  if (target.format === 'prf') {
    if (docs.length !== 1) throw new AppError('E_INVALID_REQUEST', 'savePrfOneProfile', { source: source.name, count: docs.length });
    const doc = docs[0]!;
    const prf = exportPrf(doc, defaults[doc.origin.root]?.toLowerCase() === doc.name.toLowerCase());
    bytes = prf.bytes;
    report.warnings.push(...prf.warnings);
    verify = (written) => {
      const back = readProfilesFile(written, target.fileName, 'prf');
      if (back.profiles.length !== 1 || back.profiles[0]!.name !== doc.name)
        throw verifyError(target.fileName, `the PRF does not describe profile "${doc.name}"`);
    };
  } else {
    const kept = keptOutside(
      target.path && source.format === 'reg' && !opts.as ? outsideNow(target.path, store.saved(source.id)) : [],
      docs,
      defaults,
    );
    outside = withNewRoots(kept.keys, defaultKeys(docs, defaults, kept.holders), docs);
    const keys = [...outside, ...docs.flatMap((d) => profileToRegistry(d))];
    const deleted = deletes.map((r) => `${r.root}\\${r.name}`);
    bytes = writeRegDialect(
      withRoot(keys),
      withRoot(deleted.map((path) => ({ path, values: [] }))).map((k) => k.path),
      target.dialect ?? REGEDIT_UTF16,
    );
    verify = (written) =>
      verifyReg(
        written,
        target.fileName,
        opts.rootKey ? withRoot(docs.flatMap((d) => profileToRegistry(d))) : docs,
        defaults,
        opts.rootKey !== undefined,
      );
  }
  if (opts.dryRun) return report;
  if (opts.download) {
    verify(bytes);
    store.markSaved(source.id, plan.state);
    return { ...report, bytes };
  }
  if (!target.path) {
    // Nowhere to write (opened in the browser, or new): the caller offers the bytes or asks for a file.
    verify(bytes);
    return { ...report, bytes };
  }
  const { backup } = replaceFile(target.path, bytes, verify, { io: opts.io, now: opts.now });
  const file = outside && outsideOf(stampOf(target.path), outside);
  finish(store, source, target, opts, file ? { ...plan.state, file } : plan.state);
  return { ...report, written: true, ...(backup ? { backup } : {}) };
}

/** After a write: the source now is that file (Save as rebinds it, as editors do), holding that state. */
function finish(store: ProfileStore, source: SourceDoc, target: Target, opts: SaveOptions, state: SavedState): void {
  // A --root-key copy is an export for another machine's registry, not this source's file.
  if (opts.rootKey) return;
  if (opts.as) {
    const rebound: SourceDoc = {
      ...source,
      kind: 'file',
      name: target.fileName,
      path: target.path,
      format: target.format,
      ...(target.dialect ? { reg: target.dialect } : {}),
    };
    if (!target.dialect) delete rebound.reg;
    delete rebound.digest;
    store.transact({ key: 'saveAs', params: { source: source.name, file: target.fileName } }, (tx) => tx.putSource(rebound));
  }
  store.markSaved(source.id, state);
}

function saveHive(store: ProfileStore, plan: ReturnType<typeof planSave>, opts: SaveOptions): SaveReport {
  const { docs, removed, target, report, source } = plan;
  if (!target.path) throw new AppError('E_INVALID_REQUEST', 'saveNoPath', { source: source.name });
  if (opts.as && !existsSync(target.path))
    throw new AppError('E_INVALID_REQUEST', 'saveFormatUnsupported', { source: source.name, format: 'hive (a new hive file)' });
  const edits: HiveEdit[] = [
    ...docs.map((d) => ({ path: `${hivePathOf(d.origin.root)}\\${d.name}`, keys: d.keys })),
    ...removed.map((r) => ({ path: `${hivePathOf(r.root)}\\${r.name}`, keys: null })),
    ...(report.defaultsChanged ? defaultEdits(docs, plan.defaults, store.saved(source.id)?.defaults ?? {}) : []),
  ];
  const hive = saveHiveFile(target.path, edits, {
    dryRun: opts.dryRun ?? false,
    force: opts.force ?? false,
    ...(opts.io ? { io: opts.io } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  // A dirty hive's logs were applied first (docs/file-formats.md §6.4): say how much of them.
  if (hive.replayed) report.warnings.push(replayedSentence(hive.replayed));
  if (opts.dryRun || !hive.written) {
    if (!opts.dryRun) finish(store, source, target, opts, plan.state);
    return report;
  }
  finish(store, source, target, opts, plan.state);
  return { ...report, written: true, ...(hive.backup ? { backup: hive.backup } : {}) };
}

function targetOf(source: SourceDoc, opts: SaveOptions): Target {
  // Save as without --format: the new file's extension says (.reg, .prf, else a hive).
  const format: SourceFormat | undefined = opts.format
    ? opts.format.startsWith('reg')
      ? 'reg'
      : (opts.format as SourceFormat)
    : opts.as
      ? formatOfName(opts.as)
      : source.format;
  const dialect: RegDialect | undefined =
    opts.format === 'reg4'
      ? { version: 'REGEDIT4', encoding: 'windows-1252', style: 'regedit' }
      : opts.format === 'reg-hivex'
        ? { version: '5.00', encoding: 'utf-8', style: 'hivexregedit' }
        : opts.format === 'reg'
          ? REGEDIT_UTF16
          : format === 'reg'
            ? (source.reg ?? REGEDIT_UTF16)
            : undefined;
  if (opts.workFile) return { path: opts.workFile, fileName: source.name, format: format ?? 'hive', ...(dialect ? { dialect } : {}) };
  if (opts.as) {
    const path = resolve(opts.as);
    const fmt = format ?? formatOfName(path);
    return { path, fileName: basename(path), format: fmt, ...(fmt === 'reg' ? { dialect: dialect ?? REGEDIT_UTF16 } : {}) };
  }
  if (source.kind === 'new' || !format)
    return { fileName: `${safeName(source.name)}.reg`, format: format ?? 'reg', dialect: dialect ?? REGEDIT_UTF16 };
  return { ...(source.path ? { path: source.path } : {}), fileName: source.name, format, ...(dialect ? { dialect } : {}) };
}

const formatOfName = (path: string): SourceFormat => (/\.prf$/i.test(path) ? 'prf' : /\.reg$/i.test(path) ? 'reg' : 'hive');
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'profiles';

/** `HKEY_CURRENT_USER\Software\…` → `<rootKey>\Software\…`. */
const reroot = (path: string, key: string) => key.replace(/\\+$/, '') + path.replace(/^HKEY_[^\\]+/i, '');

/**
 * The file's keys outside its profiles: those remembered at its last open or save while its stamp is the
 * same, else read from the file (none when it is gone).
 */
function outsideNow(path: string, saved: SavedState | undefined): RegKey[] {
  const stamp = stampOf(path);
  if (!stamp) return [];
  if (saved?.file && sameStamp(saved.file.stamp, stamp)) return saved.file.keys;
  return toSnapshot(parseReg(readFileSync(path))).keys.filter((k) => !insideProfile(k.path));
}

/**
 * The file's keys outside its profiles as they were, without the `DefaultProfile` values of this source's
 * roots (the source's defaults decide them), and the default holders among them.
 */
function keptOutside(
  outside: readonly RegKey[],
  docs: ProfileDoc[],
  defaults: Record<string, string>,
): { keys: RegKey[]; holders: Map<string, RegKey> } {
  const roots = new Set([...docs.map((d) => d.origin.root.toLowerCase()), ...Object.keys(defaults).map((r) => r.toLowerCase())]);
  const holderPaths = new Set([...roots].map((r) => defaultProfileKeyOf(r).toLowerCase()));
  const keys: RegKey[] = [];
  const holders = new Map<string, RegKey>();
  for (const key of outside) {
    const lower = key.path.toLowerCase();
    if (holderPaths.has(lower)) {
      const holder = { path: key.path, values: key.values.filter((v) => v.name.toLowerCase() !== 'defaultprofile') };
      holders.set(lower, holder);
      keys.push(holder);
    } else keys.push(key);
  }
  return { keys, holders };
}

/**
 * The keys outside profiles to write: the file's own, in their order, then for each root whose `…\Profiles`
 * key the file does not hold (a profile added under a new root, a hive saved as a `.reg`) the keys above it
 * that it lacks, empty, shallowest first — regedit and reg import create missing parents themselves,
 * hivexregedit --merge refuses a key whose parent is not there —, a new DefaultProfile holder taking its
 * place among them; then the other new holders. A file that holds its roots is written as it was.
 */
function withNewRoots(kept: RegKey[], newHolders: RegKey[], docs: ProfileDoc[]): RegKey[] {
  const have = new Set(kept.map((k) => k.path.toLowerCase()));
  const holders = new Map(newHolders.map((h) => [h.path.toLowerCase(), h]));
  const parents: RegKey[] = [];
  for (const root of new Set(docs.map((d) => d.origin.root))) {
    if (have.has(root.toLowerCase())) continue;
    const parts = root.split('\\');
    // From the hive root's first key down (the hive root itself is no key a file writes).
    for (let depth = 2; depth <= parts.length; depth++) {
      const path = parts.slice(0, depth).join('\\');
      const lower = path.toLowerCase();
      if (have.has(lower)) continue;
      have.add(lower);
      parents.push(holders.get(lower) ?? { path, values: [] });
      holders.delete(lower);
    }
  }
  return [...kept, ...parents, ...holders.values()];
}

/** `DefaultProfile` where each root keeps it, on the kept holder key or a new one. */
function defaultKeys(docs: ProfileDoc[], defaults: Record<string, string>, holders: Map<string, RegKey>): RegKey[] {
  const out: RegKey[] = [];
  for (const [root, name] of Object.entries(defaults)) {
    const doc = docs.find((d) => d.origin.root === root && d.name.toLowerCase() === name.toLowerCase());
    if (!doc) continue;
    const [holderKey] = profileToRegistry(doc, { isDefault: true });
    const existing = holders.get(holderKey!.path.toLowerCase());
    if (existing) existing.values.push(...holderKey!.values);
    else out.push(holderKey!);
  }
  return out;
}

/** The `.reg` read back holds every profile with exactly its keys and values, and the defaults. */
function verifyReg(
  written: Uint8Array,
  fileName: string,
  expected: ProfileDoc[] | RegKey[],
  defaults: Record<string, string>,
  rerooted: boolean,
): void {
  let back;
  try {
    // One parse: readProfilesFile reads the dialect too. (A second parseReg here, only to read the dialect
    // again, was a fifth of a 1,000-profile save: issue #19 §3.)
    back = readProfilesFile(written, fileName, 'reg');
  } catch (e) {
    throw verifyError(fileName, (e as Error).message);
  }
  if (rerooted) {
    // Paths moved under another key: compare the keys themselves.
    const keys = toSnapshot(parseReg(written)).keys;
    for (const k of expected as RegKey[]) {
      const found = keys.find((x) => x.path.toLowerCase() === k.path.toLowerCase());
      if (!found || JSON.stringify(found.values) !== JSON.stringify(k.values)) throw verifyError(fileName, `key ${k.path} differs`);
    }
    return;
  }
  const docs = expected as ProfileDoc[];
  if (back.profiles.length !== docs.length) throw verifyError(fileName, `${back.profiles.length} profiles read back, ${docs.length} meant`);
  // By root and exact name: a lookup each (a scan per profile was quadratic, a sixth of saving 1,000).
  const read = new Map(back.profiles.map((p) => [`${p.origin.root.toLowerCase()}\\${p.name}`, p]));
  for (const doc of docs) {
    const got = read.get(`${doc.origin.root.toLowerCase()}\\${doc.name}`);
    if (!got) throw verifyError(fileName, `profile "${doc.name}" is missing`);
    if (!sameKeys(got.keys, doc.keys)) throw verifyError(fileName, `profile "${doc.name}" differs`);
  }
  for (const [root, name] of Object.entries(defaults)) {
    if (!docs.some((d) => d.origin.root === root && d.name.toLowerCase() === name.toLowerCase())) continue;
    if (!back.defaults.some((d) => d.root.toLowerCase() === root.toLowerCase() && d.name === name))
      throw verifyError(fileName, `the default profile "${name}" is missing`);
  }
}

/** The same keys in the same order, each with the same values (name, type, bytes) in the same order. */
function sameKeys(a: readonly RegKey[], b: readonly RegKey[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x.path !== y.path || x.values.length !== y.values.length) return false;
    for (let j = 0; j < x.values.length; j++) {
      const [v, w] = [x.values[j]!, y.values[j]!];
      if (v.name !== w.name || v.type !== w.type || v.data !== w.data) return false;
    }
  }
  return true;
}

const verifyError = (file: string, detail: string) => new AppError('E_IO', 'hiveSaveVerify', { file, detail });

const refOf = (d: ProfileDoc): ProfileKeyRef => ({ root: d.origin.root, name: d.name });
/** `a`, then what of `b` is not in it (root and name compared without case: a save of 1,000 changed profiles merges 1,000). */
function mergeRefs(a: ProfileKeyRef[], b: ProfileKeyRef[]): ProfileKeyRef[] {
  const out = [...a];
  const seen = new Set(a.map(refKey));
  for (const r of b) {
    if (seen.has(refKey(r))) continue;
    seen.add(refKey(r));
    out.push(r);
  }
  return out;
}

export { rootKey };
