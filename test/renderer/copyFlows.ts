/**
 * The real answers of the copy, lint, search and compare channels on the sample profile (fixtures/
 * copyFlows.json, see fixtures/README.md), parsed with the contract's schemas so a stale fixture fails.
 */
import { LintReport, type ProfileSummary } from '../../shared/contract';
import { CopyPlan } from '../../shared/copyPlan';
import { ErrorShape } from '../../shared/errors';
import { Comparison, SearchResult } from '../../shared/searchCompare';
import raw from './fixtures/copyFlows.json';
import { afterEach, beforeEach } from 'vitest';
import { answer, resetFake, SUMMARY } from './fakeApi';

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
