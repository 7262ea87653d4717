/**
 * Profiles out of the workspace, as a file: a `.reg` for `reg import` (each profile under the registry
 * root it came from, regedit's exact layout, the default-profile value where it is the default), or the
 * JSON of the stored documents (every value's name, registry type and bytes, for diffing and support), or
 * a PRF of one profile (electron/core/prf/exportPrf.ts).
 *
 * `redactSecrets` drops what must not leave the machine (secure ids 0x67F0–0x67FF, `S…` values, DPAPI
 * passwords — docs/mapi-profiles.md §8, docs/file-formats.md §3.4): the codec already marks them `secure`.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { ExportFormat } from '../../../shared/contract.js';
import { AppError } from '../../../shared/errors.js';
import { FormatError } from '../formats/formatError.js';
import { writeReg } from '../formats/reg/index.js';
import { exportPrf } from '../prf/exportPrf.js';
import { decodeProperty, fromHex, profileToRegistry } from '../model/index.js';

export interface ExportInput {
  doc: ProfileDoc;
  isDefault: boolean;
}

export interface ExportResult {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  redacted: number;
  /** What the format could not carry (PRF: electron/core/prf/exportPrf.ts; also written into the file). */
  warnings?: string[];
}

/**
 * `rootKey` (`.reg` only) writes every path under that key instead of the hive root it came from —
 * `HKEY_USERS\Offline` for a user's hive mounted with `reg load HKU\Offline NTUSER.DAT`.
 */
export function exportProfiles(
  items: ExportInput[],
  format: ExportFormat,
  opts: { redactSecrets?: boolean; rootKey?: string } = {},
): ExportResult {
  let redacted = 0;
  const docs = items.map(({ doc, isDefault }) => {
    if (!opts.redactSecrets) return { doc, isDefault };
    const { doc: clean, removed } = withoutSecrets(doc);
    redacted += removed;
    return { doc: clean, isDefault };
  });
  const base = docs.length === 1 ? safeFileName(docs[0]!.doc.name) : 'profiles';
  if (format === 'prf') {
    // A PRF describes one profile (docs/file-formats.md §5.2 ProfileName): several would need several files.
    if (docs.length !== 1) throw new AppError('E_INVALID_REQUEST', 'prfOneProfile', { count: docs.length });
    const prf = writing(base + '.prf', () => exportPrf(docs[0]!.doc, docs[0]!.isDefault));
    return { fileName: base + '.prf', mime: 'text/plain', bytes: prf.bytes, redacted, warnings: prf.warnings };
  }
  if (format === 'json') {
    const text = JSON.stringify({ profiles: docs.map(({ doc, isDefault }) => ({ ...doc, isDefault })) }, null, 2) + '\n';
    return { fileName: base + '.json', mime: 'application/json', bytes: new TextEncoder().encode(text), redacted };
  }
  const rooted = (path: string) => (opts.rootKey ? opts.rootKey.replace(/\\+$/, '') + path.replace(/^HKEY_[^\\]+/i, '') : path);
  const keys = docs.flatMap(({ doc, isDefault }) => profileToRegistry(doc, { isDefault })).map((k) => ({ ...k, path: rooted(k.path) }));
  const bytes = writing(base + '.reg', () => writeReg(keys, { version: format === 'reg4' ? 'REGEDIT4' : '5.00' }));
  return { fileName: base + '.reg', mime: 'text/x-ms-regedit', bytes, redacted };
}

/**
 * A writer's refusal — a value the format cannot carry, such as text outside windows-1252 in a REGEDIT4
 * file — is the user's to change (another format): E_FORMAT, with the writer's reason, said in the UI's
 * language, rather than an unexpected error.
 */
function writing<T>(fileName: string, write: () => T): T {
  try {
    return write();
  } catch (e) {
    if (e instanceof FormatError) throw e.toAppError(fileName);
    throw e;
  }
}

function withoutSecrets(doc: ProfileDoc): { doc: ProfileDoc; removed: number } {
  let removed = 0;
  const keys = doc.keys.map((k) => ({
    ...k,
    values: k.values.filter((v) => {
      const secure = decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) }).secure === true;
      if (secure) removed++;
      return !secure;
    }),
  }));
  return { doc: { ...doc, keys }, removed };
}

/** A profile name as a file name on every platform. */
const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'profile';
