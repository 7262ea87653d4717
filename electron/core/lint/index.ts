/** Profile validation (lint.ts): findings with severity, place and sentence. */
export { lint, lintSummary, type LintContext } from './lint.js';
export { lintProfile, lintDefaults, hasErrors } from './lintProfile.js';
export { applyFix, fixOf } from './fixes.js';
