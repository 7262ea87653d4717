/**
 * SERVICE on the command line (DESIGN.md): a section UID (32 hex), a display name, or a service name
 * (PR_SERVICE_NAME) when only one service has it. Unknown → MAPI_E_NOT_FOUND, as CopyMsgService reports.
 */
import type { ProfileDoc } from '../../shared/profileDoc.js';
import { AppError } from '../../shared/errors.js';
import { profileView } from '../core/model/index.js';
import { UsageError } from './cliTypes.js';

export function resolveService(doc: ProfileDoc, arg: string): string {
  if (/^[0-9a-fA-F]{32}$/.test(arg)) return arg.toLowerCase();
  const services = profileView(doc).services.filter((s) => s.exists);
  const lower = arg.toLowerCase();
  for (const field of ['displayName', 'serviceName'] as const) {
    const matches = services.filter((s) => s[field]?.toLowerCase() === lower);
    if (matches.length === 1) return matches[0]!.uid;
    if (matches.length > 1)
      throw new UsageError(
        `"${arg}" names ${matches.length} services of '${doc.name}'; give its UID: ${matches.map((s) => s.uid).join(', ')}`,
      );
  }
  throw new AppError('MAPI_E_NOT_FOUND', 'serviceNotFound', { service: arg, profile: doc.name });
}
