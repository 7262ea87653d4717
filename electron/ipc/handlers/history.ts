import { historyChanges } from '../../core/compare/historyChanges.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export const historyHandlers = ({
  store,
}: HandlerContext): Pick<Handlers, 'history.list' | 'history.undo' | 'history.redo' | 'history.changes'> => ({
  'history.list': () => {
    store.refresh();
    return store.history();
  },
  'history.undo': () => store.undo(),
  'history.redo': () => store.redo(),
  'history.changes': ({ id }) => {
    store.refresh();
    const record = store.historyRecord(id);
    return record ? historyChanges(record) : null;
  },
});
