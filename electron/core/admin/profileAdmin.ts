/**
 * Profile administration with IProfAdmin semantics (docs/mapi-profiles.md §3), offline: each operation is one
 * store transaction (one undo step) with a message the history shows (shared/i18n/historyMessages.ts).
 *
 * Errors as MAPI reports them: a name already taken is MAPI_E_NO_ACCESS (0x80070005) — CreateProfile's
 * code, and CopyProfile's "MAPI_E_ACCESS_DENIED" (the same HRESULT, §6.3); an unknown profile is
 * MAPI_E_NOT_FOUND. Names are unique within one source and registry root, as under one `…\Profiles` key
 * (compared case-insensitively, like registry keys), never across the workspace: five hives may each hold
 * an "Outlook" (shared/source.ts). `mpe` tells them apart as `SOURCE:NAME` (profileRef.ts).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { PROFILE_ROOTS, type ProfileDoc } from '../../../shared/profileDoc.js';
import { NEW_SOURCE, rootKey } from '../../../shared/source.js';
import { AppError } from '../../../shared/errors.js';
import { PR_SEARCH_KEY, PR_SERVICES } from '../../../shared/mapi/tags.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { sourceIdOf, type ProfileStore, type StoreTx } from '../store/profileStore.js';
import { resolveProfileRef } from './profileRef.js';
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
      {
        path: SECTION.profileInstance,
        values: [{ name: valueNameOfTag(PR_SEARCH_KEY), type: REG_BINARY, data: randomBytes(16).toString('hex') }],
      },
    ],
  };
}

/** Where a profile lives: its source and registry root. */
export interface Place {
  sourceId: string;
  root: string;
}

export const placeOf = (doc: ProfileDoc): Place => ({ sourceId: sourceIdOf(doc), root: doc.origin.root });

/** The profile of that name in that source and root (names compare case-insensitively). */
export function findIn(docs: readonly ProfileDoc[], place: Place, name: string): ProfileDoc | undefined {
  const n = name.toLowerCase();
  const r = place.root.toLowerCase();
  return docs.find((d) => sourceIdOf(d) === place.sourceId && d.origin.root.toLowerCase() === r && d.name.toLowerCase() === n);
}

export function checkNewName(tx: Pick<StoreTx, 'list' | 'sources'>, name: string, place: Place, except?: string): void {
  const problem = profileNameProblem(name);
  if (problem) throw new AppError('MAPI_E_INVALID_PARAMETER', NAME_REASONS[problem], { name });
  const existing = findIn(tx.list(), place, name);
  if (existing && existing.id !== except) {
    throw new AppError('MAPI_E_NO_ACCESS', 'profileExistsIn', {
      name,
      root: place.root,
      source: tx.sources()[place.sourceId]?.name ?? place.sourceId,
    });
  }
}

/** A profile by id, or by name (`SOURCE:NAME` where two sources hold the name: profileRef.ts). */
export function requireProfile(tx: Pick<StoreTx, 'get' | 'list' | 'sources'>, idOrName: string, sourceHint?: string): ProfileDoc {
  const byId = sourceHint === undefined ? tx.get(idOrName) : undefined;
  return byId ?? resolveProfileRef(tx.list(), tx.sources(), idOrName, sourceHint);
}

const isDefaultIn = (tx: StoreTx, doc: ProfileDoc): boolean =>
  tx.defaults()[rootKey(sourceIdOf(doc), doc.origin.root)]?.toLowerCase() === doc.name.toLowerCase();

/**
 * `root` as the source already spells it: registry names are case-insensitive, so the sample hive's
 * `HKEY_CURRENT_USER\SOFTWARE\…\Profiles` and PROFILE_ROOTS' `…\Software\…` are one key, and must be one
 * root (one default per root: a second spelling would hold a second DefaultProfile for the same key).
 */
export function rootAsSpelled(docs: readonly ProfileDoc[], sourceId: string, root: string): string {
  const r = root.toLowerCase();
  return docs.find((d) => sourceIdOf(d) === sourceId && d.origin.root.toLowerCase() === r)?.origin.root ?? root;
}

/** A new profile in the source and root given (default: the "new profiles" source, Office 16.0). */
export function createProfile(
  store: ProfileStore,
  name: string,
  wanted: string = PROFILE_ROOTS.office16,
  sourceId: string = NEW_SOURCE.id,
): ProfileDoc {
  return store.transact({ key: 'createProfile', params: { name } }, (tx) => {
    if (sourceId !== NEW_SOURCE.id && !tx.sources()[sourceId])
      throw new AppError('MAPI_E_NOT_FOUND', 'sourceNotFound', { source: sourceId });
    const root = rootAsSpelled(tx.list(), sourceId, wanted);
    checkNewName(tx, name, { sourceId, root });
    const doc = emptyProfile(name, root);
    doc.origin.sourceId = sourceId;
    tx.put(doc);
    return doc;
  });
}

export function deleteProfile(store: ProfileStore, idOrName: string): ProfileDoc {
  const name = store.get(idOrName)?.name ?? idOrName;
  return store.transact({ key: 'deleteProfile', params: { name } }, (tx) => {
    const doc = requireProfile(tx, idOrName);
    if (isDefaultIn(tx, doc)) tx.setDefault(sourceIdOf(doc), doc.origin.root, null);
    tx.delete(doc.id);
    return doc;
  });
}

export function renameProfile(store: ProfileStore, idOrName: string, newName: string): ProfileDoc {
  const oldName = store.get(idOrName)?.name ?? idOrName;
  return store.transact({ key: 'renameProfile', params: { from: oldName, to: newName } }, (tx) => {
    const doc = requireProfile(tx, idOrName);
    checkNewName(tx, newName, placeOf(doc), doc.id);
    const renamed = { ...doc, name: newName };
    if (isDefaultIn(tx, doc)) tx.setDefault(sourceIdOf(doc), doc.origin.root, newName);
    tx.put(renamed);
    return renamed;
  });
}

export { copyProfile, planCopyProfile } from './copyProfile.js';

/** SetDefaultProfile, per source and registry root (Office 16.0 keeps it on `…\Outlook`, the messaging subsystem on `…\Profiles`). */
export function setDefaultProfile(store: ProfileStore, idOrName: string, isDefault: boolean): ProfileDoc {
  const name = store.get(idOrName)?.name ?? idOrName;
  return store.transact({ key: isDefault ? 'setDefaultProfile' : 'clearDefaultProfile', params: { name } }, (tx) => {
    const doc = requireProfile(tx, idOrName);
    if (isDefault) tx.setDefault(sourceIdOf(doc), doc.origin.root, doc.name);
    else if (isDefaultIn(tx, doc)) tx.setDefault(sourceIdOf(doc), doc.origin.root, null);
    return doc;
  });
}

export { importProfiles, type Imported, type OpenedFile, type OnReopen } from './importProfiles.js';
