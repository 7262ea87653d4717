/**
 * `DefaultProfile` in a hive (docs/file-formats.md §1): a REG_SZ on `…\Outlook` for the Office roots, on the
 * Profiles key itself for Windows Messaging Subsystem. The profiles are whole subtrees the writer replaces;
 * the default is one value of a key it otherwise keeps, written by a values edit (hiveEdits.ts), so that
 * `mpe save` (saveSource.ts) and `mpe save-hive` write it the same way.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { HiveValuesEdit } from '../formats/hive/hiveEdits.js';
import { DEFAULT_VALUE, defaultProfileKeyOf, profileToRegistry } from '../model/profilesFromRegistry.js';

/** A registry path as stored (`HKEY_CURRENT_USER\Software\…`) as a path inside the user's hive. */
export const hivePathOf = (registryPath: string): string => registryPath.replace(/^HKEY_[^\\]+\\?/i, '');

/** `DefaultProfile` of the profile's root set to its name. */
export function setDefaultEdit(doc: ProfileDoc): HiveValuesEdit {
  const [holder] = profileToRegistry(doc, { isDefault: true });
  return { path: hivePathOf(holder!.path), set: holder!.values };
}

/**
 * The edits that make a hive's defaults those of `defaults` (root → name) for every root it or `before`
 * (the defaults the file was saved or opened with) names: set where a profile of `docs` is the default,
 * removed where the root no longer has one.
 */
export function defaultEdits(
  docs: readonly ProfileDoc[],
  defaults: Readonly<Record<string, string>>,
  before: Readonly<Record<string, string>>,
): HiveValuesEdit[] {
  const edits: HiveValuesEdit[] = [];
  for (const root of new Set([...Object.keys(before), ...Object.keys(defaults)])) {
    const name = defaults[root];
    const doc = name === undefined ? undefined : docs.find((d) => d.origin.root === root && d.name.toLowerCase() === name.toLowerCase());
    if (doc) edits.push(setDefaultEdit(doc));
    else if (name === undefined) edits.push({ path: hivePathOf(defaultProfileKeyOf(root)), set: [], remove: [DEFAULT_VALUE] });
  }
  return edits;
}
