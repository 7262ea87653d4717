/** All handlers, one domain per file; the type makes a channel without a handler a compile error. */
import type { Handlers } from '../dispatch.js';
import { appHandlers } from './app.js';
import type { HandlerContext } from './context.js';
import { historyHandlers } from './history.js';
import { liveHandlers } from './live.js';
import { profileHandlers } from './profiles.js';
import { saveAsHandlers } from './saveAs.js';
import { propertyHandlers } from './properties.js';
import { searchCompareHandlers } from './searchCompare.js';
import { serviceAdminHandlers } from './serviceAdmin.js';
import { serviceHandlers } from './services.js';
import { sessionHandlers } from './session.js';
import { sourceHandlers } from './sources.js';
import { uploadHandlers } from './uploads.js';

export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...profileHandlers(ctx),
    ...propertyHandlers(ctx),
    ...historyHandlers(ctx),
    ...serviceHandlers(ctx),
    ...searchCompareHandlers(ctx),
    ...serviceAdminHandlers(ctx),
    ...liveHandlers(ctx),
    ...uploadHandlers(ctx),
    ...saveAsHandlers(ctx),
    ...sessionHandlers(ctx),
    ...sourceHandlers(ctx),
  };
}
