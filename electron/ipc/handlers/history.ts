import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export const historyHandlers = ({ store }: HandlerContext): Pick<Handlers, 'history.list' | 'history.undo' | 'history.redo'> => ({
  'history.list': () => {
    store.refresh();
    return store.history();
  },
  'history.undo': () => store.undo(),
  'history.redo': () => store.redo(),
});
