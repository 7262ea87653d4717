/**
 * PROFILE on the command line: an id, a name where one profile has it, `SOURCE:NAME`, or a name with
 * `--source SOURCE` (electron/core/admin/profileRef.ts). Unknown → MAPI_E_NOT_FOUND like the handlers; a
 * name several sources hold is a usage error (exit 2) that lists the candidates.
 */
import type { ProfileDoc } from '../../shared/profileDoc.js';
import { isAppError } from '../../shared/errors.js';
import { requireProfile } from '../core/admin/profileAdmin.js';
import type { HandlerContext } from '../ipc/handlers/context.js';
import { UsageError } from './cliTypes.js';

export function resolveProfile(context: HandlerContext, source: string | undefined, ref: string): ProfileDoc {
  try {
    return requireProfile(context.store, ref, source);
  } catch (e) {
    if (isAppError(e) && e.reason === 'profileAmbiguous') {
      const list = (e.details.candidateList as string[]).map((c) => `  ${c}`).join('\n');
      throw new UsageError(`several profiles are named '${ref}'; name one as SOURCE:NAME or with --source SOURCE:\n${list}`);
    }
    throw e;
  }
}

export const profileId = (context: HandlerContext, source: string | undefined, ref: string): string =>
  resolveProfile(context, source, ref).id;
