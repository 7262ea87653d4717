/** PROFILE on the command line is a name (or an id); unknown → MAPI_E_NOT_FOUND like the handlers. */
import { requireProfile } from '../core/admin/profileAdmin.js';
import type { HandlerContext } from '../ipc/handlers/context.js';

export const profileId = (context: HandlerContext, nameOrId: string): string => requireProfile(context.store, nameOrId).id;
