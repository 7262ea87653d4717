/**
 * The real answers of the copy, lint, search and compare channels on the sample profile, built by the
 * real handlers in this run (test/helpers/engineAnswers.ts), parsed with the contract's schemas.
 */
import { LintReport, type ProfileSummary } from '../../shared/contract';
import { CopyPlan } from '../../shared/copyPlan';
import { ErrorShape } from '../../shared/errors';
import { Comparison, SearchResult } from '../../shared/searchCompare';
import { afterEach, beforeEach, inject } from 'vitest';
// The type of inject('engineAnswers') (vitest's ProvidedContext).
import type {} from '../helpers/providedContext';
import { answer, resetFake, SUMMARY } from './fakeApi';

const raw = inject('engineAnswers').copyFlows;

export const FLOWS = {
  pstToWork: CopyPlan.parse(raw.pstToWork),
  pstSame: CopyPlan.parse(raw.pstSame),
  singleCopy: ErrorShape.parse(raw.singleCopy.error),
  lintOutlook: LintReport.parse(raw.lintOutlook),
  lintAll: LintReport.parse(raw.lintAll),
  compare: Comparison.parse(raw.compare),
  search: SearchResult.parse(raw.search),
};

export const PST = 'd4eeded2d3c3fc4ca46d35e579df8bcd';
export const WORK: ProfileSummary = { ...SUMMARY, id: 'p2', name: 'Work', isDefault: false, serviceCount: 0, sectionCount: 2 };

/** Each test starts from two profiles (the sample's and an empty "Work") and a clean page and fake. */
export function withTwoProfiles(): void {
  beforeEach(() => {
    localStorage.clear();
    answer('profiles.list', () => ({ ok: true, value: [SUMMARY, WORK] }));
  });
  afterEach(() => {
    resetFake();
    document.body.innerHTML = '';
  });
}
