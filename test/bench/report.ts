/** The results table: one row per figure, printed as Markdown and written to out/bench-results.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Stats } from './measure/timing.js';

export type Verdict = 'pass' | 'FAIL' | 'info' | 'skipped';

export interface Row {
  metric: string;
  /** Median with min–max, unit included. */
  median: string;
  ratio: string;
  budget: string;
  verdict: Verdict;
}

const num = (n: number, digits = 1): string => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(digits));

/** `12.3 ms (11.9–13.0, 7 runs)` */
export const ms = (s: Stats): string => `${num(s.median)} ms (${num(s.min)}–${num(s.max)}, ${s.runs} runs)`;

/** Throughput from a time: `41.2 MB/s (39.0–43.5)`; the fastest run gives the highest figure. */
export const mbs = (bytes: number, s: Stats): string => {
  const rate = (t: number) => num(bytes / 1e6 / (t / 1000));
  return `${rate(s.median)} MB/s (${rate(s.max)}–${rate(s.min)}, ${s.runs} runs)`;
};

/** `2.41× (2.30–2.60)` */
export const times = (s: Stats, what = ''): string => `${num(s.median, 2)}×${what ? ' ' + what : ''} (${num(s.min, 2)}–${num(s.max, 2)})`;

export const verdict = (ok: boolean): Verdict => (ok ? 'pass' : 'FAIL');

export function skipped(metric: string, why: string): Row {
  return { metric, median: '—', ratio: '—', budget: why, verdict: 'skipped' };
}

export function markdown(rows: Row[], notes: string[]): string {
  const esc = (s: string) => s.replaceAll('|', '\\|');
  const lines = [
    '| metric | median (min–max) | ratio | budget | result |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${esc(r.metric)} | ${esc(r.median)} | ${esc(r.ratio)} | ${esc(r.budget)} | ${r.verdict} |`),
  ];
  return [...lines, '', ...notes.map((n) => `- ${n}`), ''].join('\n');
}

export function writeReport(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
