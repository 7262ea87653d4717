/**
 * "This computer" (Windows): import the current user's profiles from the live registry into the
 * workspace, and write changed profiles back (backup first, refused while Outlook runs — see
 * electron/core/liveRegistry).
 */
import { AppError } from '../../../shared/errors.js';
import { THIS_COMPUTER_NAME } from '../../../shared/source.js';
import { reportedWarning } from '../../../shared/i18n/importWarnings.js';
import { importProfiles, requireProfile } from '../../core/admin/profileAdmin.js';
import type { LiveRegistry } from '../../core/liveRegistry/index.js';
import { profilesFromRegistry } from '../../core/model/index.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export const THIS_COMPUTER = THIS_COMPUTER_NAME;

export function liveHandlers({ store, live }: HandlerContext): Pick<Handlers, 'live.import' | 'live.writeBack'> {
  const need = (): LiveRegistry => {
    if (!live?.available) throw new AppError('MAPI_E_NO_SUPPORT', 'liveRegistryUnavailable');
    return live;
  };
  return {
    'live.import': async ({ onReopen }) => {
      const { keys } = await need().read();
      const found = profilesFromRegistry(keys, { source: 'reg', file: THIS_COMPUTER });
      const source = { kind: 'computer' as const, name: THIS_COMPUTER, format: 'reg' as const };
      const imported = importProfiles(
        store,
        [{ file: THIS_COMPUTER, source, ...found }],
        { key: 'importThisComputer', params: {} },
        onReopen,
      );
      return { imported, warnings: found.warnings.map((w) => reportedWarning(THIS_COMPUTER, w)) };
    },
    'live.writeBack': async ({ ids }) => {
      const registry = need();
      const docs = ids.map((id) => requireProfile(store, id));
      return registry.writeBack(docs, (doc) => store.isDefault(doc));
    },
  };
}
