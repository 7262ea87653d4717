/** The copy engine (DESIGN.md "The copy engine"): a pure plan, then a pure apply of it. */
export { planCopy, type PlanOptions } from './planCopy.js';
export { randomUid, uniqueUids } from './newUids.js';
export { heldFlags, UNIQUE_FLAGS, type UniqueFlag } from './uniqueFlags.js';
export { applyCopy } from './applyCopy.js';
export { targetFingerprint } from './fingerprint.js';
export { copyRefusals } from './copyTargets.js';
