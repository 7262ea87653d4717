/**
 * Repeated timing: several runs, median with min and max. Side-by-side measurements interleave their
 * runs (A, B, A, B…) so that noise from other processes on the machine hits both alike.
 */

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function timeOnceAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** `runs` timed calls after `warmup` untimed ones. */
export function measure(fn: () => unknown, runs: number, warmup = 1): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    samples.push(timeOnce(fn));
  }
  return stats(samples);
}

/**
 * Interleaved runs of several functions; also the per-run ratio of each to the first (`ratios[name]`:
 * median of the run-by-run ratios, which cancels noise shared by a pair better than a ratio of medians).
 */
export function sideBySide(
  fns: Record<string, () => unknown>,
  runs: number,
  warmup = 2,
): { stats: Record<string, Stats>; ratios: Record<string, Stats> } {
  const names = Object.keys(fns);
  for (let i = 0; i < warmup; i++) for (const n of names) fns[n]!();
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    for (const n of names) {
      gc();
      samples[n]!.push(timeOnce(fns[n]!));
    }
  }
  const base = samples[names[0]!]!;
  return {
    stats: Object.fromEntries(names.map((n) => [n, stats(samples[n]!)])),
    ratios: Object.fromEntries(names.map((n) => [n, stats(samples[n]!.map((t, i) => t / base[i]!))])),
  };
}

/** Megabytes (10^6 bytes) per second for `bytes` in `ms`. */
export const mbPerSecond = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);
