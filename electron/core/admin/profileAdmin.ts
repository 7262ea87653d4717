/**
 * Profile administration with IProfAdmin semantics (docs/mapi-profiles.md §3), offline: each operation is one
 * store transaction (one undo step) with a message the history shows (shared/i18n/historyMessages.ts).
 *
 * Errors as MAPI reports them: a name already taken is MAPI_E_NO_ACCESS (0x80070005) — CreateProfile's
 * code, and CopyProfile's "MAPI_E_ACCESS_DENIED" (the same HRESULT, §6.3); an unknown profile is
 * MAPI_E_NOT_FOUND. Names are unique across the workspace (compared case-insensitively, like registry
 * keys) so that `mpe` can address a profile by name.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { PROFILE_ROOTS, type ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import type { HistoryMessage } from '../../../shared/i18n/historyMessages.js';
import { PR_SEARCH_KEY, PR_SERVICES } from '../../../shared/mapi/tags.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import type { ProfileStore, StoreTx } from '../store/profileStore.js';
import { profileNameProblem, type NameProblem } from './profileName.js';

const NAME_REASONS = {
  empty: 'profileNameEmpty',
  tooLong: 'profileNameTooLong',
  outerSpace: 'profileNameOuterSpace',
  backslash: 'profileNameBackslash',
  control: 'profileNameControl',
} as const satisfies Record<NameProblem, string>;

const REG_BINARY = 3;

export const newProfileId = (): string => randomUUID();

/** The sections a new MAPI profile has: the master section (an empty service list) and the
 *  profile-instance section with a PR_SEARCH_KEY "unique for every profile ever created" (§2.2). */
export function emptyProfile(name: string, root: string): ProfileDoc {
  return {
    id: newProfileId(),
    name,
    origin: { source: 'created', root },
    keys: [
      { path: '', values: [] },
      { path: SECTION.master, values: [{ name: valueNameOfTag(PR_SERVICES), type: REG_BINARY, data: '' }] },
      { path: SECTION.profileInstance, values: [{ name: valueNameOfTag(PR_SEARCH_KEY), type: REG_BINARY, data: randomBytes(16).toString('hex') }] },
    ],
  };
}

export function checkNewName(tx: StoreTx, name: string, except?: string): void {
  const problem = profileNameProblem(name);
  if (problem) throw new AppError('MAPI_E_INVALID_PARAMETER', NAME_REASONS[problem], { name });
  const existing = tx.findByName(name);
  if (existing && existing.id !== except) throw new AppError('MAPI_E_NO_ACCESS', 'profileExists', { name });
}

export function requireProfile(tx: Pick<StoreTx, 'get' | 'findByName'>, idOrName: string): ProfileDoc {
  const doc = tx.get(idOrName) ?? tx.findByName(idOrName);
  if (!doc) throw new AppError('MAPI_E_NOT_FOUND', 'profileNotFound', { name: idOrName });
  return doc;
}

const isDefaultIn = (tx: StoreTx, doc: ProfileDoc): boolean => tx.defaults()[doc.origin.root]?.toLowerCase() === doc.name.toLowerCase();

export function createProfile(store: ProfileStore, name: string, root: string = PROFILE_ROOTS.office16): ProfileDoc {
  return store.transact({ key: 'createProfile', params: { name } }, (tx) => {
    checkNewName(tx, name);
    const doc = emptyProfile(name, root);
    tx.put(doc);
    return doc;
  });
}

export function deleteProfile(store: ProfileStore, idOrName: string): ProfileDoc {
  const name = store.get(idOrName)?.name ?? idOrName;
  return store.transact({ key: 'deleteProfile', params: { name } }, (tx) => {
    const doc = requireProfile(tx, idOrName);
    if (isDefaultIn(tx, doc)) tx.setDefault(doc.origin.root, null);
    tx.delete(doc.id);
    return doc;
  });
}

export function renameProfile(store: ProfileStore, idOrName: string, newName: string): ProfileDoc {
  const oldName = store.get(idOrName)?.name ?? idOrName;
  return store.transact({ key: 'renameProfile', params: { from: oldName, to: newName } }, (tx) => {
    const doc = requireProfile(tx, idOrName);
    checkNewName(tx, newName, doc.id);
    const renamed = { ...doc, name: newName };
    if (isDefaultIn(tx, doc)) tx.setDefault(doc.origin.root, newName);
    tx.put(renamed);
    return renamed;
  });
}

/** CopyProfile: every section copied; a new PR_SEARCH_KEY (the copy is a new profile); never the default. */
export function copyProfile(store: ProfileStore, idOrName: string, newName: string): ProfileDoc {
  const oldName = store.get(idOrName)?.name ?? idOrName;
  return store.transact({ key: 'copyProfile', params: { from: oldName, to: newName } }, (tx) => {
    const doc = requireProfile(tx, idOrName);
    checkNewName(tx, newName);
    const keys = doc.keys.map((k) =>
      k.path.toLowerCase() === SECTION.profileInstance
        ? { ...k, values: k.values.map((v) => (v.name === valueNameOfTag(PR_SEARCH_KEY) ? { ...v, data: randomBytes(16).toString('hex') } : v)) }
        : k,
    );
    const copy: ProfileDoc = { id: newProfileId(), name: newName, origin: { ...doc.origin, source: 'copy' }, keys };
    tx.put(copy);
    return copy;
  });
}

/** SetDefaultProfile, per registry root (Office 16.0 keeps it on `…\Outlook`, the messaging subsystem on `…\Profiles`). */
export function setDefaultProfile(store: ProfileStore, idOrName: string, isDefault: boolean): ProfileDoc {
  const name = store.get(idOrName)?.name ?? idOrName;
  return store.transact({ key: isDefault ? 'setDefaultProfile' : 'clearDefaultProfile', params: { name } }, (tx) => {
    const doc = requireProfile(tx, idOrName);
    if (isDefault) tx.setDefault(doc.origin.root, doc.name);
    else if (isDefaultIn(tx, doc)) tx.setDefault(doc.origin.root, null);
    return doc;
  });
}

export interface Imported {
  id: string;
  name: string;
  file: string;
  renamedFrom?: string;
}

/**
 * Adds imported profiles in one transaction. A name already in the workspace gets " (2)", " (3)"…;
 * a file's default profile becomes its root's default only when that root has none yet.
 */
export function importProfiles(
  store: ProfileStore,
  found: { file: string; profiles: ProfileDoc[]; defaults: { root: string; name: string }[] }[],
  message: HistoryMessage,
): Imported[] {
  return store.transact(message, (tx) => {
    const imported: Imported[] = [];
    for (const { file, profiles, defaults } of found) {
      for (const doc of profiles) {
        const name = freeName(tx, doc.name);
        // A file can carry ids the workspace already has (a JSON export imported back, the same file
        // twice): such a profile gets a new id, or its put would replace the profile that has it.
        const id = tx.get(doc.id) ? newProfileId() : doc.id;
        tx.put({ ...doc, id, name });
        imported.push({ id, name, file, ...(name !== doc.name ? { renamedFrom: doc.name } : {}) });
        const wasDefault = defaults.some((d) => d.root === doc.origin.root && d.name.toLowerCase() === doc.name.toLowerCase());
        if (wasDefault && tx.defaults()[doc.origin.root] === undefined) tx.setDefault(doc.origin.root, name);
      }
    }
    return imported;
  });
}

function freeName(tx: StoreTx, name: string): string {
  if (!tx.findByName(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, 58)} (${n})`;
    if (!tx.findByName(candidate)) return candidate;
  }
}
