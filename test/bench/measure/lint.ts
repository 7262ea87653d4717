/** Lint of every profile of a workspace: lintProfile (electron/core/lint) on each of the 1,000 profiles. */
import { lintProfile } from '../../../electron/core/lint/index.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { ms, type Row } from '../report.js';
import { measure } from './timing.js';

export function lintAll(docs: ProfileDoc[], runs: number): Row {
  const s = measure(() => docs.reduce((n, d) => n + lintProfile(d).length, 0), runs);
  return {
    metric: `lint (lintProfile), ${docs.length} profiles`,
    median: `${ms(s)}; ${((s.median / docs.length) * 1000).toFixed(0)} µs/profile`,
    ratio: '—',
    budget: '— (no budget in the issue)',
    verdict: 'info',
  };
}
