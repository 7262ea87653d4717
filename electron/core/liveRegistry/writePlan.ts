/**
 * What a write-back imports, and the backup taken before it — pure, same .reg codec as export.
 *
 * `reg import` only adds and overwrites: a value or subkey that was deleted in the editor (a removed
 * service's sections, a dropped property) would stay in the registry and leave the profile half old, half
 * new — dangling section UIDs MAPI then trips over. So each changed profile's key is first deleted with
 * `[-…\Profiles\<name>]` and then written whole: after the import the registry holds exactly the stored
 * profile, byte for byte. Profiles that did not change are not in the file at all.
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { profileNameProblem, type NameProblem } from '../admin/profileName.js';
import { writeReg } from '../formats/reg/index.js';
import type { RegKey } from '../formats/registry.js';
import { profileToRegistry } from '../model/index.js';
import { liveRootOf } from './commands.js';

/** A profile key to delete without writing it again (a profile deleted, or renamed away, in the editor). */
export interface ProfileKeyRef {
  root: string;
  name: string;
}

export interface WriteBackPlan {
  /** Every `[-KEY]` the import starts with: the changed and removed profiles' keys. */
  deletedKeys: string[];
  /** The changed profiles' keys (and DefaultProfile where a changed profile is the default). */
  keys: RegKey[];
  /** The .reg to import (Version 5.00, UTF-16LE). */
  bytes: Uint8Array;
}

const SAFETY = new Set<NameProblem>(['empty', 'backslash', 'control']);

const NAME_REASON: Record<
  NameProblem,
  'profileNameEmpty' | 'profileNameTooLong' | 'profileNameOuterSpace' | 'profileNameBackslash' | 'profileNameControl'
> = {
  empty: 'profileNameEmpty',
  tooLong: 'profileNameTooLong',
  outerSpace: 'profileNameOuterSpace',
  backslash: 'profileNameBackslash',
  control: 'profileNameControl',
};

/**
 * The full path of a profile key on this computer. Refuses a root that is not one of the live profiles
 * roots and a name that is not a single key name — an empty name would make `[-…\Profiles\]` delete
 * every profile, a backslash would reach into another key.
 */
export function liveProfileKey(ref: ProfileKeyRef): string {
  const live = liveRootOf(ref.root);
  if (!live) throw new AppError('E_INVALID_REQUEST', 'liveRootNotAllowed', { name: ref.name, root: ref.root });
  // Only what makes the name unsafe as one key name: an existing profile may break MAPI's creation
  // rules (length, outer spaces) and still be written back.
  const problem = profileNameProblem(ref.name);
  if (problem && SAFETY.has(problem)) throw new AppError('E_INVALID_REQUEST', NAME_REASON[problem], { name: ref.name });
  return live.root + '\\' + ref.name;
}

/** The .reg that writes `changed` back (each deleted then rewritten) and deletes `removed`. */
export function planWriteBack(
  changed: readonly ProfileDoc[],
  isDefault: (doc: ProfileDoc) => boolean,
  removed: readonly ProfileKeyRef[] = [],
): WriteBackPlan {
  const deletedKeys: string[] = [];
  const seen = new Set<string>();
  for (const ref of [...changed.map((d) => ({ root: d.origin.root, name: d.name })), ...removed]) {
    const path = liveProfileKey(ref);
    if (seen.has(path.toLowerCase())) continue;
    seen.add(path.toLowerCase());
    deletedKeys.push(path);
  }
  // Written under the live root's own spelling, whatever case the document's origin carries.
  const keys = changed.flatMap((doc) => {
    const root = liveRootOf(doc.origin.root)!.root; // checked by liveProfileKey above
    return profileToRegistry({ ...doc, origin: { ...doc.origin, root } }, { isDefault: isDefault(doc) });
  });
  return { deletedKeys, keys, bytes: writeReg(keys, { deletedKeys }) };
}

/**
 * The backup of the current state, as a .reg that undoes the write-back when imported: it deletes the keys
 * the write-back is about to replace (so values the write-back adds go too), then writes back everything
 * the profiles roots held before, DefaultProfile pointers included.
 */
export function backupReg(current: readonly RegKey[], plan: Pick<WriteBackPlan, 'deletedKeys'>): Uint8Array {
  return writeReg([...current], { deletedKeys: plan.deletedKeys });
}

/** `outlook-profiles-backup-20250131-142501.reg`, in local time. */
export function backupFileName(now: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return `outlook-profiles-backup-${stamp}.reg`;
}
