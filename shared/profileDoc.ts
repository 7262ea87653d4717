/**
 * The stored form of one profile: the registry subtree under its profile key, verbatim.
 *
 * Everything MAPI-shaped (sections, properties, services, providers, accounts) is a *view* derived from
 * these keys (electron/core/model), never stored twice. Keeping the exact registry bytes is what makes
 * an untouched profile export byte-identical (DESIGN.md "Data model").
 */
import { z } from 'zod';

/** Lowercase hex of the value's bytes, exactly as the registry holds them. */
export const HexBytes = z.string().regex(/^(?:[0-9a-f]{2})*$/, 'lowercase hex bytes');

export const ValueDoc = z.strictObject({
  /** '' is the key's default value. */
  name: z.string(),
  /** REG_* type number (0..0xffffffff). */
  type: z.number().int().min(0).max(0xffffffff),
  data: HexBytes,
});
export type ValueDoc = z.infer<typeof ValueDoc>;

export const KeyDoc = z.strictObject({
  /** Path relative to the profile key, '\\'-separated; '' is the profile key itself. */
  path: z.string(),
  values: z.array(ValueDoc),
});
export type KeyDoc = z.infer<typeof KeyDoc>;

/** Where a profile came from; `root` is the registry path of its Profiles key, used again on export. */
export const ProfileOrigin = z.strictObject({
  source: z.enum(['reg', 'hive', 'prf', 'created', 'copy']),
  /** The file it was imported from (a base name in the browser mode). */
  file: z.string().optional(),
  /** e.g. `HKEY_CURRENT_USER\Software\Microsoft\Office\16.0\Outlook\Profiles`. */
  root: z.string(),
  /** The source (shared/source.ts) the profile belongs to and saves back into; absent outside the store
   *  (a JSON export, a file just read), where the store puts it in the "new profiles" source. */
  sourceId: z.string().optional(),
});
export type ProfileOrigin = z.infer<typeof ProfileOrigin>;

export const ProfileDoc = z.strictObject({
  /** Ours, stable across renames. */
  id: z.string().min(1),
  name: z.string().min(1),
  origin: ProfileOrigin,
  /** The profile key itself first (path ''), then every subkey, in registry order. */
  keys: z.array(KeyDoc),
  /** The store revision that last changed this profile: undo puts the old one back, so a source whose
   *  profiles all carry the revisions it was saved with has no unsaved change. Set by the store only. */
  rev: z.number().int().min(0).optional(),
});
export type ProfileDoc = z.infer<typeof ProfileDoc>;

/** The two registry roots that hold profiles (docs/file-formats.md §1). */
export const PROFILE_ROOTS = {
  office16: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles',
  office15: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles',
  messaging: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles',
} as const;
