/** Chunked uploads (see uploadStaging.ts): the window's path for opening files of any size. */
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export const uploadHandlers = ({ uploads }: HandlerContext): Pick<Handlers, 'uploads.begin' | 'uploads.append' | 'uploads.discard'> => ({
  'uploads.begin': ({ name, size }) => ({ uploadId: uploads.begin(name, size) }),
  'uploads.append': ({ uploadId, data }) => ({ received: uploads.append(uploadId, data) }),
  'uploads.discard': ({ uploadId }) => {
    uploads.discard(uploadId);
    return { ok: true as const };
  },
});
