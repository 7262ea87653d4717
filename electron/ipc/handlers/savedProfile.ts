/**
 * A profile as its source file holds it now — the "saved version" Compare puts beside the edited one.
 * The file is read from disk with the import's own reader (readProfilesFile, a hive with the transaction
 * logs beside it, as importFiles.ts does), and the profile found by registry root and name: a profile is
 * the key `…\Profiles\NAME` under its root (docs/file-formats.md §1). Nothing is written anywhere.
 */
import { AppError } from '../../../shared/errors.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { SourceDoc } from '../../../shared/source.js';
import { FormatError } from '../../core/formats/formatError.js';
import { logsBeside } from '../../core/import/logsBeside.js';
import { readProfilesFile } from '../../core/import/readProfilesFile.js';
import { readLocalFile } from './importFiles.js';

/**
 * The saved profile, or null when the file no longer holds one of that root and name. Refused when the
 * source has no file on disk: "New profiles", This computer, or a file opened in the browser (no path).
 */
export function savedProfileOf(doc: ProfileDoc, source: SourceDoc | undefined): ProfileDoc | null {
  if (source?.kind !== 'file' || source.path === undefined) {
    throw new AppError('E_INVALID_REQUEST', 'compareNoSavedFile', { name: doc.name, source: source?.name ?? doc.origin.sourceId ?? '' });
  }
  const file = readLocalFile(source.path);
  let read;
  try {
    const logs = source.format === 'hive' ? logsBeside(source.path) : [];
    read = readProfilesFile(file.bytes, file.name, source.format ?? 'auto', { logs });
  } catch (e) {
    if (e instanceof FormatError) throw e.toAppError(file.name);
    throw e;
  }
  // Registry key names are case-insensitive: "Outlook" and "OUTLOOK" are one key.
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return read.profiles.find((p) => same(p.origin.root, doc.origin.root) && same(p.name, doc.name)) ?? null;
}
