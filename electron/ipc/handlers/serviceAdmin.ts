/** Service administration (IMsgServiceAdmin offline): each operation one store transaction, one undo step. */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import type { HistoryMessage } from '../../../shared/i18n/historyMessages.js';
import { requireProfile } from '../../core/admin/profileAdmin.js';
import { createService, deleteService, renameService } from '../../core/admin/serviceAdmin.js';
import { setDefaultStore, setPrimaryIdentity } from '../../core/admin/serviceAdminFlags.js';
import { FormatError } from '../../core/formats/formatError.js';
import { loadDefaultCatalog, parseMapiSvc } from '../../core/formats/mapisvc/index.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { answerChange } from './changeAnswer.js';

type ServiceAdminHandlers = Pick<
  Handlers,
  | 'services.catalog'
  | 'services.create'
  | 'services.delete'
  | 'services.rename'
  | 'services.setDefaultStore'
  | 'services.setPrimaryIdentity'
>;

export function serviceAdminHandlers(ctx: HandlerContext): ServiceAdminHandlers {
  const { store } = ctx;
  /** One change to one profile, described for the history; answered with what changed (the profile's view with it). */
  const change = <R extends object>(
    profileId: string,
    describe: (doc: ProfileDoc) => HistoryMessage,
    fn: (doc: ProfileDoc) => { doc: ProfileDoc; result: R },
  ) => {
    const before = requireProfile(store, profileId);
    const transact = () =>
      store.transact(describe(before), (tx) => {
        const { doc, result } = fn(requireProfile(tx, profileId));
        tx.put(doc);
        return result;
      });
    const { result, change } = answerChange(ctx, transact, { profiles: [profileId], view: profileId });
    return { ...result, change };
  };
  return {
    'services.catalog': ({ catalog }) => {
      const c = catalog ? readCatalog(catalog.name, catalog.data) : loadDefaultCatalog();
      return {
        services: c.services.map((s) => ({ name: s.name, displayName: s.displayName, singleCopy: s.singleCopy, isDefault: s.isDefault })),
        warnings: c.warnings.map((w) => `${w.section}:${w.line}: ${w.message}`),
      };
    },
    'services.create': ({ profileId, serviceName, displayName, catalog }) => {
      const services = catalog ? readCatalog(catalog.name, catalog.data) : loadDefaultCatalog();
      const entry = services.services.find((s) => s.name.toLowerCase() === serviceName.toLowerCase());
      if (!entry) throw new AppError('MAPI_E_NOT_FOUND', 'serviceNotInCatalog', { service: serviceName });
      return change(
        profileId,
        (d) => ({ key: 'createService', params: { service: displayName ?? entry.displayName ?? entry.name, profile: d.name } }),
        (doc) => {
          const r = createService(doc, entry, { displayName });
          return { doc: r.doc, result: { serviceUid: r.serviceUid } };
        },
      );
    },
    'services.delete': ({ profileId, serviceUid }) =>
      change(
        profileId,
        (d) => ({ key: 'deleteService', params: { service: serviceUid, profile: d.name } }),
        (doc) => {
          const { doc: next, ...result } = deleteService(doc, serviceUid);
          return { doc: next, result };
        },
      ),
    'services.rename': ({ profileId, serviceUid, displayName }) =>
      change(
        profileId,
        (d) => ({ key: 'renameService', params: { service: serviceUid, profile: d.name, name: displayName } }),
        (doc) => ({ doc: renameService(doc, serviceUid, displayName), result: {} }),
      ),
    'services.setDefaultStore': ({ profileId, providerUid }) =>
      change(
        profileId,
        (d) => ({ key: 'setDefaultStore', params: { profile: d.name } }),
        (doc) => ({ doc: setDefaultStore(doc, providerUid), result: {} }),
      ),
    'services.setPrimaryIdentity': ({ profileId, serviceUid }) =>
      change(
        profileId,
        (d) => ({ key: 'setPrimaryIdentity', params: { profile: d.name } }),
        (doc) => ({ doc: setPrimaryIdentity(doc, serviceUid), result: {} }),
      ),
  };
}

function readCatalog(name: string, bytes: Uint8Array) {
  try {
    return parseMapiSvc(bytes);
  } catch (e) {
    if (e instanceof FormatError) throw e.toAppError(name);
    throw e;
  }
}
