/** The one import path of the handlers: uploads, staged uploads, recent files and the native Open dialog. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ImportReport, RequestOf } from '../../../shared/contract.js';
import { AppError } from '../../../shared/errors.js';
import { reportedWarning } from '../../../shared/i18n/importWarnings.js';
import * as admin from '../../core/admin/profileAdmin.js';
import { FormatError } from '../../core/formats/formatError.js';
import { detectFormat } from '../../core/import/detectFormat.js';
import { logsBeside } from '../../core/import/logsBeside.js';
import { readProfilesFile } from '../../core/import/readProfilesFile.js';
import type { RecentFiles } from '../../core/session/recentFiles.js';
import type { ProfileStore } from '../../core/store/profileStore.js';
import type { FileStamp, SourceDoc } from '../../../shared/source.js';
import { outsideOf, stampOf } from '../../core/save/fileStamp.js';
import type { OpenedHives } from './openedHives.js';
import { UPLOAD_LIMITS } from '../uploadStaging.js';

export type ImportFormat = RequestOf<'profiles.import'>['format'];
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
  /** Where the file is, when this process read it from disk (CLI, native dialog, recent list): a save writes there. */
  path?: string;
  /** The file's stamp taken before it was read (fileStamp.ts): while it stays, a save need not read it again. */
  stamp?: FileStamp;
}

/**
 * Every profile of every file, in one transaction (one undo step); a file that does not parse imports
 * nothing. Each file becomes a source; a file already open needs `onReopen` (importProfiles.ts).
 */
export function importFiles(
  store: ProfileStore,
  files: FileBytes[],
  format?: ImportFormat,
  onReopen?: admin.OnReopen,
  hives?: OpenedHives,
): ImportReport {
  const found = files.map((f) => {
    try {
      // A hive read from disk is read with the transaction logs beside it; an upload has none.
      const isHive = format === 'hive' || ((format ?? 'auto') === 'auto' && detectFormat(f.bytes) === 'hive');
      const logs = f.path !== undefined && isHive ? logsBeside(f.path) : [];
      const read = readProfilesFile(f.bytes, f.name, format ?? 'auto', { logs, outside: f.stamp !== undefined });
      const source: Omit<SourceDoc, 'id'> = {
        kind: 'file',
        name: f.name,
        format: read.format,
        ...(read.reg ? { reg: read.reg } : {}),
        // A path tells a file opened again; without one, its bytes do (hashing 30 MB is not free: only then).
        ...(f.path !== undefined ? { path: resolve(f.path) } : { digest: createHash('sha256').update(f.bytes).digest('hex') }),
      };
      const outside = read.outsideKeys && outsideOf(f.stamp, read.outsideKeys);
      return { file: f.name, source, ...read, ...(outside ? { outside } : {}) };
    } catch (e) {
      if (e instanceof FormatError) throw e.toAppError(f.name);
      throw e;
    }
  });
  const imported = admin.importProfiles(
    store,
    found,
    { key: 'importFiles', params: { files: files.map((f) => f.name).join(', ') } },
    onReopen,
  );
  // A hive without a path is kept for its save (openedHives.ts): its source is the one with its digest.
  found.forEach((f, i) => {
    if (!hives || f.source.format !== 'hive' || f.source.digest === undefined) return;
    for (const s of Object.values(store.sources())) if (s.digest === f.source.digest) hives.set(s.id, files[i]!.bytes);
  });
  const warnings = found.flatMap((f) => [
    ...f.warnings.map((w) => reportedWarning(f.file, w)),
    ...(f.profiles.length === 0 ? [reportedWarning(f.file, { reason: 'noProfile', params: {} })] : []),
  ]);
  return { imported, warnings };
}

/** A file the main process itself chose (recent list, native dialog), with the uploads' size bound. */
export function readLocalFile(path: string): FileBytes {
  const name = basename(path);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new AppError('E_IO', 'fileGone', { file: path });
  }
  // A folder, a pipe or a device: nothing to import, and a pipe would block or read without bound.
  if (!stat.isFile()) throw new AppError('E_IO', 'notAFile', { file: path });
  const size = stat.size;
  if (size > UPLOAD_LIMITS.fileBytes) throw new AppError('E_IO', 'fileTooLarge', { file: name, size, limit: UPLOAD_LIMITS.fileBytes });
  const stamp = stampOf(path);
  return { name, bytes: readFileSync(path), path, ...(stamp ? { stamp } : {}) };
}

/**
 * Lists a file the import just committed as recent. Only a convenience: failing to write the list must
 * not turn a committed import into an error, so a failure is dropped. Only regular files are listed.
 */
export function rememberRecent(recent: RecentFiles, path: string, profiles: number): void {
  try {
    if (statSync(path).isFile()) recent.add(path, profiles);
  } catch {
    // The recent list is not worth failing an import for.
  }
}

/** How many of the report's profiles came from each file name. */
export const profilesFrom = (report: ImportReport, name: string) => report.imported.filter((p) => p.file === name).length;
