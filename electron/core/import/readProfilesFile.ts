/**
 * One file in, the profiles it holds out — nothing is written anywhere. The source file is only
 * read (imports never modify it); every parser error surfaces as a FormatError with line or offset.
 */
import type { ImportWarning } from '../../../shared/i18n/importWarnings.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { ProfileKeyRef, RegDialect } from '../../../shared/source.js';
import { collectProfileKeys, openHive } from '../formats/hive/index.js';
import { replayLogs, type LogInput } from '../formats/hive/logs/replayLogs.js';
import { replayWarnings } from '../formats/hive/logs/replayWarnings.js';
import { parseReg, toSnapshot } from '../formats/reg/index.js';
import type { RegKey } from '../formats/registry.js';
import { insideProfile, profileKeyOf, profilesFromRegistry } from '../model/profilesFromRegistry.js';
import { importPrf } from '../prf/importPrf.js';
import { detectFormat, type FileFormat } from './detectFormat.js';
import { regDialectOf } from './regDialect.js';

export interface ProfilesFromFile {
  format: FileFormat;
  profiles: ProfileDoc[];
  defaults: { root: string; name: string }[];
  /** What could not be applied or represented, as reasons and parameters (shared/i18n/importWarnings.ts). */
  warnings: ImportWarning[];
  /** How a `.reg` was written, to save it back the same way. */
  reg?: RegDialect;
  /** Profile keys a `.reg` deletes (`[-…\Profiles\NAME]`): kept when it is saved back. */
  removed: ProfileKeyRef[];
  /** With `outside`: a `.reg`'s keys outside its profiles, as the file holds them, kept when it is saved back. */
  outsideKeys?: RegKey[];
}

export interface ReadProfilesOptions {
  /**
   * A hive's transaction logs (read from beside its file): a dirty hive is read with them applied, as
   * Windows would load it (docs/file-formats.md §6.4). A hive without them (an upload) keeps its dirty warning.
   */
  logs?: readonly LogInput[];
  /** Give a `.reg`'s keys outside its profiles (`outsideKeys`), for a file a save will write back. */
  outside?: boolean;
}

export function readProfilesFile(
  bytes: Uint8Array,
  fileName: string,
  format: FileFormat | 'auto' = 'auto',
  options: ReadProfilesOptions = {},
): ProfilesFromFile {
  const actual = format === 'auto' ? detectFormat(bytes) : format;
  const warnings: ImportWarning[] = [];
  let keys: RegKey[];
  let reg: RegDialect | undefined;
  const removed: ProfileKeyRef[] = [];
  if (actual === 'hive') {
    const replay = options.logs?.length ? replayLogs(bytes, options.logs) : undefined;
    const hive = openHive(replay?.bytes ?? bytes);
    warnings.push(...(replay ? replayWarnings(bytes, replay) : []), ...hive.warnings);
    keys = collectProfileKeys(hive);
  } else if (actual === 'reg') {
    const file = parseReg(bytes);
    reg = regDialectOf(file, bytes);
    const snapshot = toSnapshot(file);
    for (const path of snapshot.deletedKeys) {
      const ref = profileKeyOf(path);
      if (ref) removed.push(ref);
    }
    // Deletions are instructions for a registry that already holds the keys; an import has none. A key
    // deleted and written again (a profile a save replaces whole, saveSource.ts) loses nothing: not counted.
    const written = new Set(snapshot.keys.map((k) => k.path.toLowerCase()));
    const deletions = snapshot.deletedKeys.filter((p) => !written.has(p.toLowerCase())).length + snapshot.deletedValues.length;
    if (deletions > 0) warnings.push({ reason: 'regDeletions', params: { count: deletions } });
    keys = snapshot.keys;
  } else {
    // A PRF holds no registry keys: it describes one profile to create (electron/core/prf/importPrf.ts).
    const prf = importPrf(bytes, fileName);
    return { format: actual, profiles: prf.profiles, defaults: prf.defaults, warnings: prf.warnings, removed };
  }
  const found = profilesFromRegistry(keys, { source: actual, file: fileName });
  return {
    format: actual,
    profiles: found.profiles,
    defaults: found.defaults,
    warnings: [...warnings, ...found.warnings],
    ...(reg ? { reg } : {}),
    ...(reg && options.outside ? { outsideKeys: keys.filter((k) => !insideProfile(k.path)) } : {}),
    removed,
  };
}
