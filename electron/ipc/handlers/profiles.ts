/** Profiles: list, read, import, export and IProfAdmin operations, each a store transaction. */
import type { ExportFormat } from '../../../shared/contract.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import * as admin from '../../core/admin/profileAdmin.js';
import { exportProfiles } from '../../core/export/exportProfiles.js';
import { profileView } from '../../core/model/index.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { importFiles, type FileBytes } from './importFiles.js';
import { summarize, unsavedIds } from './summaries.js';

type ProfileHandlers = Pick<
  Handlers,
  | 'profiles.list'
  | 'profiles.get'
  | 'profiles.import'
  | 'profiles.importUploads'
  | 'profiles.export'
  | 'exports.begin'
  | 'profiles.create'
  | 'profiles.delete'
  | 'profiles.rename'
  | 'profiles.copy'
  | 'profiles.planCopy'
  | 'profiles.setDefault'
>;

export function profileHandlers({ store, uploads, downloads, openedHives }: HandlerContext): ProfileHandlers {
  const fresh = () => void store.refresh();
  const summary = (doc: ProfileDoc, unsaved?: Set<string>) =>
    summarize(doc, store.isDefault(doc), unsaved?.has(doc.id) ?? unsavedIds(store).has(doc.id));
  const get = (id: string) => admin.requireProfile(store, id);
  const exported = (ids: string[], format: ExportFormat, redactSecrets: boolean | undefined, rootKey?: string) => {
    fresh();
    const items = ids.map((id) => ({ doc: get(id), isDefault: false })).map((i) => ({ ...i, isDefault: store.isDefault(i.doc) }));
    return exportProfiles(items, format, { redactSecrets, ...(rootKey ? { rootKey } : {}) });
  };

  return {
    'profiles.list': () => {
      fresh();
      const unsaved = unsavedIds(store);
      return store.list().map((d) => summary(d, unsaved));
    },
    'profiles.get': ({ id }) => {
      fresh();
      const doc = get(id);
      return { summary: summary(doc), view: profileView(doc) };
    },
    'profiles.import': ({ files, format, onReopen }) =>
      importFiles(
        store,
        files.map((f) => ({ name: f.name, bytes: f.data })),
        format,
        onReopen,
        openedHives,
      ),
    'profiles.importUploads': ({ uploadIds, format, onReopen }) => {
      // Every upload is taken (and so released) before any is parsed: a bad one must not strand the others.
      const taken = uploadIds.map((id) => {
        try {
          return uploads.take(id);
        } catch (e) {
          return e as Error;
        }
      });
      const failed = taken.find((t) => t instanceof Error);
      if (failed) throw failed;
      return importFiles(store, taken as FileBytes[], format, onReopen, openedHives);
    },
    'profiles.export': ({ ids, format, redactSecrets, rootKey }) => {
      const out = exported(ids, format, redactSecrets, rootKey);
      return { fileName: out.fileName, mime: out.mime, data: out.bytes };
    },
    'exports.begin': ({ ids, format, redactSecrets }) => {
      const out = exported(ids, format, redactSecrets);
      return { exportId: downloads.stage(out.bytes, out.fileName), fileName: out.fileName, mime: out.mime, size: out.bytes.length };
    },
    'profiles.create': ({ name, root, sourceId }) => summary(admin.createProfile(store, name, root, sourceId)),
    'profiles.delete': ({ id }) => {
      admin.deleteProfile(store, id);
      return { ok: true as const };
    },
    'profiles.rename': ({ id, name }) => summary(admin.renameProfile(store, id, name)),
    'profiles.copy': ({ id, name, sourceId, root }) => summary(admin.copyProfile(store, id, name, { sourceId, root })),
    'profiles.planCopy': ({ id, name, sourceId, root }) => {
      fresh();
      return admin.planCopyProfile(store, id, name, { sourceId, root });
    },
    'profiles.setDefault': ({ id, isDefault }) => {
      admin.setDefaultProfile(store, id, isDefault);
      return { ok: true as const };
    },
  };
}
