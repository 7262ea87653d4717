/** Property edits: each one store transaction, one undo step. */
import { deleteValue, setProperty, setRawValue } from '../../core/edit/editProperty.js';
import { requireProfile } from '../../core/admin/profileAdmin.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export function propertyHandlers({ store }: HandlerContext): Pick<Handlers, 'properties.set' | 'properties.setRaw' | 'properties.delete'> {
  const edit = (profileId: string, what: string, change: (doc: ReturnType<typeof requireProfile>) => ReturnType<typeof requireProfile>) => {
    const name = store.get(profileId)?.name ?? profileId;
    store.transact(`${what} in profile '${name}'`, (tx) => tx.put(change(requireProfile(tx, profileId))));
    return { ok: true as const };
  };
  return {
    'properties.set': ({ profileId, section, valueName, value }) =>
      edit(profileId, `Set ${valueName} of section ${section}`, (doc) => setProperty(doc, section, valueName, value)),
    'properties.setRaw': ({ profileId, section, valueName, type, data }) =>
      edit(profileId, `Set ${valueName} of section ${section} (raw)`, (doc) => setRawValue(doc, section, valueName, { type, data })),
    'properties.delete': ({ profileId, section, valueName }) =>
      edit(profileId, `Delete ${valueName} of section ${section}`, (doc) => deleteValue(doc, section, valueName)),
  };
}
