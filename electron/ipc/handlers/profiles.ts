/** Profiles: list, read, import, export and IProfAdmin operations, each a store transaction. */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import * as admin from '../../core/admin/profileAdmin.js';
import { exportProfiles } from '../../core/export/exportProfiles.js';
import { FormatError } from '../../core/formats/formatError.js';
import { readProfilesFile } from '../../core/import/readProfilesFile.js';
import { profileView } from '../../core/model/index.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { summarize } from './summaries.js';

type ProfileHandlers = Pick<
  Handlers,
  'profiles.list' | 'profiles.get' | 'profiles.import' | 'profiles.export' | 'profiles.create' | 'profiles.delete' | 'profiles.rename' | 'profiles.copy' | 'profiles.setDefault'
>;

export function profileHandlers({ store }: HandlerContext): ProfileHandlers {
  const fresh = () => void store.refresh();
  const summary = (doc: ProfileDoc) => summarize(doc, store.isDefault(doc));
  const get = (id: string) => admin.requireProfile(store, id);

  return {
    'profiles.list': () => {
      fresh();
      return store.list().map(summary);
    },
    'profiles.get': ({ id }) => {
      fresh();
      const doc = get(id);
      return { summary: summary(doc), view: profileView(doc) };
    },
    'profiles.import': ({ files, format }) => {
      const found = files.map((f) => {
        const bytes = new Uint8Array(Buffer.from(f.data, 'base64'));
        try {
          return { file: f.name, ...readProfilesFile(bytes, f.name, format ?? 'auto') };
        } catch (e) {
          if (e instanceof FormatError) throw new AppError('E_FORMAT', 'badFormat', { file: f.name, message: e.located(f.name) });
          throw e;
        }
      });
      const names = files.map((f) => f.name).join(', ');
      const imported = admin.importProfiles(store, found, `Import ${names}`);
      const warnings = found.flatMap((f) => [
        ...f.warnings.map((message) => ({ file: f.file, message })),
        ...(f.profiles.length === 0 ? [{ file: f.file, message: 'no Outlook profile found in this file' }] : []),
      ]);
      return { imported, warnings };
    },
    'profiles.export': ({ ids, format, redactSecrets }) => {
      fresh();
      const items = ids.map((id) => ({ doc: get(id), isDefault: false })).map((i) => ({ ...i, isDefault: store.isDefault(i.doc) }));
      const out = exportProfiles(items, format, { redactSecrets });
      return { fileName: out.fileName, mime: out.mime, data: Buffer.from(out.bytes).toString('base64') };
    },
    'profiles.create': ({ name, root }) => summary(admin.createProfile(store, name, root)),
    'profiles.delete': ({ id }) => {
      admin.deleteProfile(store, id);
      return { ok: true as const };
    },
    'profiles.rename': ({ id, name }) => summary(admin.renameProfile(store, id, name)),
    'profiles.copy': ({ id, name }) => summary(admin.copyProfile(store, id, name)),
    'profiles.setDefault': ({ id, isDefault }) => {
      admin.setDefaultProfile(store, id, isDefault);
      return { ok: true as const };
    },
  };
}
