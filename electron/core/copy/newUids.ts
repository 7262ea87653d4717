/** New MAPIUIDs for copied or created sections: 16 random bytes (as IMAPISupport::NewUID gives), never one the profiles already use. */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors.js';
import type { DocIndex } from '../model/index.js';

/** 16 random bytes as 32 lowercase hex digits. */
export const randomUid = (): string => randomBytes(16).toString('hex');

/**
 * A generator of UIDs new to every given profile and to each other. An injected generator (tests, a
 * replayed preview) must give 32 hex digits; one that keeps colliding fails loudly instead of looping.
 */
export function uniqueUids(gen: () => string, ...indexes: DocIndex[]): () => string {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; attempt < 64; attempt++) {
      const uid = gen().toLowerCase();
      if (!/^[0-9a-f]{32}$/.test(uid)) throw new AppError('E_INTERNAL', 'internal', { message: `not a MAPIUID: ${uid}` });
      if (used.has(uid) || indexes.some((i) => i.sections.has(uid))) continue;
      used.add(uid);
      return uid;
    }
    throw new AppError('E_INTERNAL', 'internal', { message: 'no fresh MAPIUID after 64 attempts' });
  };
}
