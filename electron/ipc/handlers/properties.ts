/** Property edits: each one store transaction, one undo step. */
import { deleteValue, setProperty, setRawValue } from '../../core/edit/editProperty.js';
import { requireProfile } from '../../core/admin/profileAdmin.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { answerChange } from './changeAnswer.js';

type Doc = ReturnType<typeof requireProfile>;
/** The history sentences of a value edit; all three name the value, its section and its profile. */
type ValueChange = 'setValue' | 'setRawValue' | 'deleteValue';

export function propertyHandlers(ctx: HandlerContext): Pick<Handlers, 'properties.set' | 'properties.setRaw' | 'properties.delete'> {
  const { store } = ctx;
  /** Answers the edited profile's summary, source and view (the window shows it) and the undo step. */
  const edit = (profileId: string, section: string, valueName: string, key: ValueChange, change: (doc: Doc) => Doc) => {
    const profile = store.get(profileId)?.name ?? profileId;
    const transact = () =>
      store.transact({ key, params: { value: valueName, section, profile } }, (tx) => tx.put(change(requireProfile(tx, profileId))));
    return { change: answerChange(ctx, transact, { profiles: [profileId], view: profileId }).change };
  };
  return {
    'properties.set': ({ profileId, section, valueName, value }) =>
      edit(profileId, section, valueName, 'setValue', (doc) => setProperty(doc, section, valueName, value)),
    'properties.setRaw': ({ profileId, section, valueName, type, data }) =>
      edit(profileId, section, valueName, 'setRawValue', (doc) => setRawValue(doc, section, valueName, { type, data })),
    'properties.delete': ({ profileId, section, valueName }) =>
      edit(profileId, section, valueName, 'deleteValue', (doc) => deleteValue(doc, section, valueName)),
  };
}
