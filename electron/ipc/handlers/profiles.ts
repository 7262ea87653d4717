import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export const profileHandlers = (_ctx: HandlerContext): Pick<Handlers, 'profiles.list'> => ({
  'profiles.list': () => [],
});
