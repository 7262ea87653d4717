/**
 * Chunked transfers: uploads (uploadStaging.ts), the window's path for opening files of any size, and the
 * reading of exports (downloadStaging.ts; `exports.begin` builds them, in profiles.ts).
 */
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export const uploadHandlers = ({
  uploads,
  downloads,
}: HandlerContext): Pick<Handlers, 'uploads.begin' | 'uploads.append' | 'uploads.discard' | 'exports.read' | 'exports.discard'> => ({
  'uploads.begin': ({ name, size }) => ({ uploadId: uploads.begin(name, size) }),
  'uploads.append': ({ uploadId, data }) => ({ received: uploads.append(uploadId, data) }),
  'uploads.discard': ({ uploadId }) => {
    uploads.discard(uploadId);
    return { ok: true as const };
  },
  'exports.read': ({ exportId, offset }) => ({ data: downloads.read(exportId, offset) }),
  'exports.discard': ({ exportId }) => {
    downloads.discard(exportId);
    return { ok: true as const };
  },
});
