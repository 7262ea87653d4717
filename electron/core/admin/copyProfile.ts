/**
 * CopyProfile (docs/mapi-profiles.md §3), into any source and registry root: the version uplift and
 * machine move administrators script today — a profile of Outlook 2010 (Windows Messaging Subsystem) or
 * 2013 (Office 15.0) copied into Office 16.0's root, or into another user's hive.
 *
 * Every section is copied; the copy gets a new PR_SEARCH_KEY (a new profile, §2.2). It becomes its root's
 * default only when the original is the default of its own root and the target root has none yet: the
 * default then moves with it, and is written where the target root keeps it (`…\Outlook` for Office
 * 15.0/16.0, `…\Profiles` for the messaging subsystem: docs/file-formats.md §1). The plan says all of this
 * before anything is written — and refuses what the copy would refuse (a bad name, a name already taken
 * in the target source and root), so that a preview never promises a copy that cannot happen.
 */
import { randomBytes } from 'node:crypto';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { rootKey, type SourceDoc } from '../../../shared/source.js';
import { PR_SEARCH_KEY } from '../../../shared/mapi/tags.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { defaultProfileKeyOf } from '../model/profilesFromRegistry.js';
import { sourceIdOf, type ProfileStore, type StoreTx } from '../store/profileStore.js';
import { checkNewName, newProfileId, requireProfile, rootAsSpelled } from './profileAdmin.js';

export interface CopyProfileTarget {
  /** Default: the original's source. */
  sourceId?: string;
  /** A full `…\Profiles` path, or a root kind (office16, office15, messaging) spelled as the target source spells its roots. */
  root?: string;
}

export interface CopyProfilePlan {
  from: { id: string; name: string; source: string; root: string };
  to: { name: string; sourceId: string; source: string; root: string };
  keys: number;
  values: number;
  /** The copy becomes the target root's default, written on this key. */
  becomesDefault: boolean;
  defaultHolder: string;
  rootChanges: boolean;
  sourceChanges: boolean;
}

const ROOT_TAILS = {
  office16: 'Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles',
  office15: 'Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles',
  messaging: 'Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles',
} as const;

export function planCopyProfile(
  tx: Pick<StoreTx, 'get' | 'list' | 'sources' | 'defaults'>,
  idOrName: string,
  newName: string,
  target: CopyProfileTarget = {},
): CopyProfilePlan {
  const doc = requireProfile(tx, idOrName);
  const sources = tx.sources();
  const sourceId = target.sourceId ?? sourceIdOf(doc);
  const source = sources[sourceId];
  if (!source) throw new AppError('MAPI_E_NOT_FOUND', 'sourceNotFound', { source: sourceId });
  const root = targetRoot(tx.list(), doc, sourceId, target.root);
  checkNewName(tx, newName, { sourceId, root });
  const defaults = tx.defaults();
  const wasDefault = defaults[rootKey(sourceIdOf(doc), doc.origin.root)]?.toLowerCase() === doc.name.toLowerCase();
  const becomesDefault =
    wasDefault && defaults[rootKey(sourceId, root)] === undefined && !(sourceId === sourceIdOf(doc) && root === doc.origin.root);
  return {
    from: { id: doc.id, name: doc.name, source: sources[sourceIdOf(doc)]?.name ?? sourceIdOf(doc), root: doc.origin.root },
    to: { name: newName, sourceId, source: (source as SourceDoc).name, root },
    keys: doc.keys.length,
    values: doc.keys.reduce((n, k) => n + k.values.length, 0),
    becomesDefault,
    defaultHolder: defaultProfileKeyOf(root),
    rootChanges: root !== doc.origin.root,
    sourceChanges: sourceId !== sourceIdOf(doc),
  };
}

export function copyProfile(store: ProfileStore, idOrName: string, newName: string, target: CopyProfileTarget = {}): ProfileDoc {
  const oldName = store.get(idOrName)?.name ?? idOrName;
  return store.transact({ key: 'copyProfile', params: { from: oldName, to: newName } }, (tx) => {
    const plan = planCopyProfile(tx, idOrName, newName, target);
    const doc = requireProfile(tx, plan.from.id);
    const keys = doc.keys.map((k) =>
      k.path.toLowerCase() === SECTION.profileInstance
        ? {
            ...k,
            values: k.values.map((v) => (v.name === valueNameOfTag(PR_SEARCH_KEY) ? { ...v, data: randomBytes(16).toString('hex') } : v)),
          }
        : k,
    );
    const copy: ProfileDoc = {
      id: newProfileId(),
      name: newName,
      origin: { ...doc.origin, source: 'copy', root: plan.to.root, sourceId: plan.to.sourceId },
      keys,
    };
    delete copy.rev;
    tx.put(copy);
    if (plan.becomesDefault) tx.setDefault(plan.to.sourceId, plan.to.root, newName);
    return copy;
  });
}

/** The target root as a full path: given, or named by kind and spelled like the target source's roots. */
function targetRoot(docs: readonly ProfileDoc[], doc: ProfileDoc, sourceId: string, wanted: string | undefined): string {
  if (wanted === undefined) {
    if (sourceId === sourceIdOf(doc)) return doc.origin.root;
    wanted = kindOf(doc.origin.root) ?? doc.origin.root;
  }
  if (!(wanted in ROOT_TAILS)) return rootAsSpelled(docs, sourceId, wanted);
  const tail = ROOT_TAILS[wanted as keyof typeof ROOT_TAILS];
  const inTarget = docs.filter((d) => sourceIdOf(d) === sourceId).map((d) => d.origin.root);
  const same = inTarget.find((r) => r.toLowerCase().endsWith('\\' + tail.toLowerCase()));
  if (same) return same;
  // The hive prefix the target source uses (HKEY_CURRENT_USER, HKEY_USERS\<sid>…), else the original's.
  const prefixOf = (r: string) => r.slice(0, Math.max(0, r.toLowerCase().indexOf('\\software\\')));
  const prefix = (inTarget.map(prefixOf).find((p) => p !== '') ?? prefixOf(doc.origin.root)) || 'HKEY_CURRENT_USER';
  return `${prefix}\\${tail}`;
}

function kindOf(root: string): keyof typeof ROOT_TAILS | undefined {
  const r = root.toLowerCase();
  return (Object.keys(ROOT_TAILS) as (keyof typeof ROOT_TAILS)[]).find((k) => r.endsWith('\\' + ROOT_TAILS[k].toLowerCase()));
}
