export { planCopy, randomUid, type PlanOptions } from './planCopy.js';
export { applyCopy } from './applyCopy.js';
