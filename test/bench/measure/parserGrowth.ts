/**
 * How each reader's time grows with its input: the time for an input 8× bigger over the time for the
 * smaller, measured interleaved, best of several runs (the minimum is the run least disturbed by other
 * processes on a shared machine, which a ratio of two sizes needs). Linear work gives about 8; on the shared
 * 2-core machines the garbage collector alone pushes it to 11–15 (a bigger live heap costs more per byte),
 * so the budget is the geometric middle of linear (8) and quadratic (64): √(8·64) ≈ 22.6. Every quadratic
 * path the fuzz suites found measured 60–75. (These were timed unit tests; timing belongs here.)
 */
import { openHive, readSubtree } from '../../../electron/core/formats/hive/index.js';
import { parseMapiSvc } from '../../../electron/core/formats/mapisvc/index.js';
import { parsePrf, resolvePrf } from '../../../electron/core/formats/prf/index.js';
import { parseReg, toSnapshot } from '../../../electron/core/formats/reg/index.js';
import { bigHive, bigMapiSvc, bigPrf, bigReg } from '../generate/bigFiles.js';
import { verdict, type Row } from '../report.js';
import { gc, timeOnce } from './timing.js';

export const GROWTH_RATIO_BUDGET = Math.sqrt(8 * 64);

/** Time of `f(big)` over time of `f(small)`, best of `runs` each, interleaved so both sizes see the same load. */
export function sizeRatio(f: (input: Uint8Array) => unknown, small: Uint8Array, big: Uint8Array, runs: number): number {
  f(small);
  let bestSmall = Infinity;
  let bestBig = Infinity;
  for (let i = 0; i < runs; i++) {
    gc();
    bestSmall = Math.min(
      bestSmall,
      timeOnce(() => f(small)),
    );
    gc();
    bestBig = Math.min(
      bestBig,
      timeOnce(() => f(big)),
    );
  }
  return bestBig / bestSmall;
}

const MB = 1 << 20;

export function parserGrowth(runs: number): Row[] {
  const hiveSmall = bigHive(450_000).bytes;
  const hiveBig = bigHive(3_600_000).bytes;
  const cases: [string, (b: Uint8Array) => unknown, Uint8Array, Uint8Array][] = [
    ['.reg parseReg + toSnapshot', (b) => toSnapshot(parseReg(b)), bigReg(MB), bigReg(8 * MB)],
    ['PRF parsePrf + resolvePrf', (b) => resolvePrf(parsePrf(b)), bigPrf(MB), bigPrf(8 * MB)],
    ['MAPISVC.INF parseMapiSvc', (b) => parseMapiSvc(b), bigMapiSvc(MB), bigMapiSvc(8 * MB)],
    ['hive openHive + whole walk', (b) => readSubtree(openHive(b), '', 'HKCU'), hiveSmall, hiveBig],
  ];
  return cases.map(([name, f, small, big]) => {
    const ratio = sizeRatio(f, small, big, runs);
    return {
      metric: `growth: ${name}, ${(big.length / 1e6).toFixed(1)} MB / ${(small.length / 1e6).toFixed(1)} MB`,
      median: `${ratio.toFixed(2)}× the time (best of ${runs} each)`,
      ratio: `${(big.length / small.length).toFixed(1)}× the bytes`,
      budget: `< ${GROWTH_RATIO_BUDGET.toFixed(1)}× (linear ≈ 8, quadratic 64)`,
      verdict: verdict(ratio < GROWTH_RATIO_BUDGET),
    };
  });
}
