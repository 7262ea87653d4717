/**
 * What a plan read from its target, as one SHA-256: every key path and every value (name, type, bytes) of
 * the target. The plan depends on nearly all of it (service names for SERVICE_SINGLE_COPY, flags for the
 * unique flags, data-file paths, master lists, account ids, section names for UID collisions), so any
 * change of the target invalidates a plan: applyCopy then refuses with MAPI_E_OBJECT_CHANGED.
 */
import { createHash } from 'node:crypto';
import type { ProfileDoc } from '../../../shared/profileDoc.js';

export function targetFingerprint(doc: ProfileDoc): string {
  const h = createHash('sha256');
  h.update(doc.id + '\n');
  for (const k of doc.keys) {
    h.update('[' + k.path.toLowerCase() + ']\n');
    for (const v of k.values) h.update(`${v.name.toLowerCase()}=${v.type}:${v.data.toLowerCase()}\n`);
  }
  return h.digest('hex');
}
