/**
 * The built app under out/ (what `npm run build` writes and what ships): its paths, and the one rule for
 * tests that load it. `npm test` builds before it runs vitest, so a missing build means vitest was
 * started alone: skipped with one message, except in CI, where it is a failure (issue 16 §3).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUILT_MAIN = join(ROOT, 'out/main/index.js');
export const BUILT_PRELOAD = join(ROOT, 'out/preload/index.cjs');
export const BUILT_PAGE = join(ROOT, 'out/renderer/index.html');

let warned = false;

/** True when the build is there; false (with one warning) when it is not; throws in CI. */
export function builtAppPresent(): boolean {
  const missing = [BUILT_MAIN, BUILT_PRELOAD, BUILT_PAGE].filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  const what = missing.map((p) => p.slice(ROOT.length + 1)).join(', ');
  if (process.env.CI) throw new Error(`${what} missing: CI must run \`npm run build\` before the tests`);
  if (!warned) console.warn(`tests of the built app skipped: ${what} missing (run \`npm run build\`)`);
  warned = true;
  return false;
}
