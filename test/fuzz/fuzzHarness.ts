/**
 * The loop every parser fuzz suite shares: draw cases from fast-check arbitraries in batches (fc.sample,
 * so 100,000 cases cost little more than the parses), run each through the parser and check what the
 * issue asks of every case — only FormatError is ever thrown, it says where (line or offset), no case
 * hangs (HANG_MS), and the heap stays bounded over the whole run.
 *
 * The seed is printed with any failure; `FUZZ_SEED=<n>` replays a run, `FUZZ_SCALE=0.1` shortens one
 * (local runs), `FUZZ_SCALE=10` lengthens it (a nightly soak).
 */
import fc from 'fast-check';
import { FormatError } from '../../electron/core/formats/formatError.js';

export interface FuzzTarget {
  /** FormatError.format values the parser may throw (e.g. `['reg']`, `['prf']`). */
  formats: readonly string[];
  /** Text formats locate errors by line; the hive by byte offset. */
  where: 'line' | 'offset';
  /** Parse and walk: everything the app does with an imported file of this format. */
  run: (bytes: Uint8Array) => unknown;
}

export interface FuzzOptions {
  /** Fails a case that takes longer than this (ms). */
  maxCaseMs: number;
  /** Fails the run when heapUsed + arrayBuffers grow past this (MB) over the run's start. */
  maxGrowthMb: number;
  /** Cases drawn per fc.sample call. */
  batch?: number;
}

export interface FuzzStats {
  cases: number;
  parsed: number;
  refused: number;
  ms: number;
  maxCaseMs: number;
  peakGrowthMb: number;
  /** How often each distinct error message (digits folded) was seen: shows the fuzz reaches deep checks. */
  messages: Map<string, number>;
}

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 0x7fffffff);
export const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);
export const scaled = (n: number): number => Math.max(1, Math.round(n * FUZZ_SCALE));

const MB = 1024 * 1024;
export const memoryNow = (): number => {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / MB;
};

/** Why a thrown value is not an acceptable parser error, or undefined when it is one. */
export function checkError(target: FuzzTarget, e: unknown): string | undefined {
  if (!(e instanceof FormatError)) {
    return `threw ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e)} instead of a FormatError`;
  }
  if (!target.formats.includes(e.format)) return `FormatError of format "${e.format}", expected one of ${target.formats.join(', ')}`;
  if (e.message.trim() === '') return 'FormatError with an empty message';
  if (target.where === 'offset') {
    if (!Number.isInteger(e.offset) || e.offset! < 0) return `hive FormatError without an offset: ${e.message}`;
  } else if (!(Number.isInteger(e.line) && e.line! >= 1)) {
    // The one byte-level fault of a text file: an odd-length UTF-16 file, located by its byte offset.
    if (!(Number.isInteger(e.offset) && /UTF-16/.test(e.message))) return `FormatError without a line: ${e.message}`;
  }
  return undefined;
}

const hexHead = (b: Uint8Array): string => Buffer.from(b.subarray(0, 96)).toString('hex');

/**
 * Runs `count` cases drawn from `arb` (seeded by FUZZ_SEED + `salt`). Throws on the first bad case with
 * the seed, the case's index and its first bytes.
 */
export function fuzz(target: FuzzTarget, arb: fc.Arbitrary<Uint8Array>, count: number, salt: number, opts: FuzzOptions): FuzzStats {
  const batch = opts.batch ?? 2000;
  const stats: FuzzStats = { cases: 0, parsed: 0, refused: 0, ms: 0, maxCaseMs: 0, peakGrowthMb: 0, messages: new Map() };
  const base = memoryNow();
  const started = performance.now();
  for (let b = 0; stats.cases < count; b++) {
    const seed = (FUZZ_SEED + salt * 7919 + b) | 0;
    const inputs = fc.sample(arb, { numRuns: Math.min(batch, count - stats.cases), seed });
    for (let i = 0; i < inputs.length; i++) {
      const bytes = inputs[i]!;
      const where = () =>
        `FUZZ_SEED=${FUZZ_SEED} salt ${salt} batch ${b} (fc seed ${seed}) case ${i}, ${bytes.length} bytes starting ${hexHead(bytes)}`;
      const t0 = performance.now();
      try {
        target.run(bytes);
        stats.parsed++;
      } catch (e) {
        const bad = checkError(target, e);
        if (bad) throw new Error(`${bad}\n  at ${where()}`);
        stats.refused++;
        const key = (e as FormatError).message.replace(/\d+|0x[0-9a-f]+|"[^"]*"|\[[^\]]*\]/gi, '#').slice(0, 60);
        stats.messages.set(key, (stats.messages.get(key) ?? 0) + 1);
      }
      const dt = performance.now() - t0;
      if (dt > stats.maxCaseMs) stats.maxCaseMs = dt;
      if (dt > opts.maxCaseMs) throw new Error(`case took ${dt.toFixed(0)} ms (bound ${opts.maxCaseMs} ms)\n  at ${where()}`);
      stats.cases++;
    }
    const growth = memoryNow() - base;
    if (growth > stats.peakGrowthMb) stats.peakGrowthMb = growth;
    if (growth > opts.maxGrowthMb)
      throw new Error(`memory grew by ${growth.toFixed(0)} MB (bound ${opts.maxGrowthMb} MB) by batch ${b}, FUZZ_SEED=${FUZZ_SEED}`);
  }
  stats.ms = performance.now() - started;
  return stats;
}

/** One case outside the loop (explicit hostile inputs): must finish fast, with bounded allocation. */
export function expectBounded(target: FuzzTarget, bytes: Uint8Array, opts: { maxMs: number; maxGrowthMb: number }): 'parsed' | FormatError {
  const before = memoryNow();
  const t0 = performance.now();
  let outcome: 'parsed' | FormatError = 'parsed';
  let peak = 0;
  try {
    const result = target.run(bytes);
    peak = memoryNow() - before;
    void result;
  } catch (e) {
    peak = memoryNow() - before;
    const bad = checkError(target, e);
    if (bad) throw new Error(bad);
    outcome = e as FormatError;
  }
  const dt = performance.now() - t0;
  if (dt > opts.maxMs) throw new Error(`took ${dt.toFixed(0)} ms (bound ${opts.maxMs} ms)`);
  if (peak > opts.maxGrowthMb) throw new Error(`allocated ${peak.toFixed(0)} MB (bound ${opts.maxGrowthMb} MB)`);
  return outcome;
}

/**
 * The time bound of one case: a hang guard, not a speed test. It must never fire on a loaded machine (the
 * slowest cases, the stress shapes with their round trip, took up to 3 s there); a parser that loops or goes quadratic on a
 * hostile input takes minutes. Speed and growth with size are measured by `npm run bench`
 * (test/bench/measure/parserGrowth.ts).
 */
export const HANG_MS = 30_000;

/** A one-line report of a run, for the test log. */
export function describeStats(name: string, s: FuzzStats): string {
  const top = [...s.messages.entries()].sort((a, b) => b[1] - a[1]).length;
  return `${name}: ${s.cases} cases in ${(s.ms / 1000).toFixed(1)} s (${s.parsed} parsed, ${s.refused} refused with ${top} distinct errors), slowest case ${s.maxCaseMs.toFixed(1)} ms, peak memory growth ${s.peakGrowthMb.toFixed(0)} MB`;
}

// ---- byte mutations shared by the suites ------------------------------------------------------------

export type Mutation = (bytes: Uint8Array) => Uint8Array;

const position = fc.nat({ max: 1 << 30 });
const at = (n: number, len: number) => (len === 0 ? 0 : n % (len + 1));

export const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

export const bitFlip: fc.Arbitrary<Mutation> = fc.tuple(position, fc.nat({ max: 7 })).map(([p, bit]) => (bytes) => {
  if (bytes.length === 0) return bytes;
  const out = bytes.slice();
  out[p % out.length]! ^= 1 << bit;
  return out;
});

export const setByte: fc.Arbitrary<Mutation> = fc
  .tuple(position, fc.constantFrom(0x00, 0x0a, 0x0d, 0x22, 0x2c, 0x3b, 0x3d, 0x5b, 0x5c, 0x5d, 0xff, 0xfe, 0x80))
  .map(([p, v]) => (bytes) => {
    if (bytes.length === 0) return bytes;
    const out = bytes.slice();
    out[p % out.length] = v;
    return out;
  });

export const truncate: fc.Arbitrary<Mutation> = position.map((p) => (bytes) => bytes.slice(0, at(p, bytes.length)));

export const removeRange: fc.Arbitrary<Mutation> = fc.tuple(position, fc.nat({ max: 300 })).map(([p, n]) => (bytes) => {
  const start = at(p, bytes.length);
  return concat(bytes.subarray(0, start), bytes.subarray(start + n));
});

/** A piece of one of `donors` (any sample) inserted anywhere. */
export const splice = (donors: readonly Uint8Array[]): fc.Arbitrary<Mutation> =>
  fc.tuple(fc.nat({ max: donors.length - 1 }), position, fc.nat({ max: 400 }), position).map(([s, from, n, to]) => (bytes) => {
    const donor = donors[s]!;
    const start = at(from, donor.length);
    const where = at(to, bytes.length);
    return concat(bytes.subarray(0, where), donor.subarray(start, start + n), bytes.subarray(where));
  });

/** One line (up to its LF) written `times` times in a row: repeated sections, keys and values. */
export const repeatLine: fc.Arbitrary<Mutation> = fc.tuple(position, fc.integer({ min: 2, max: 50 })).map(([p, times]) => (bytes) => {
  const start = bytes.lastIndexOf(0x0a, at(p, bytes.length) - 1) + 1;
  let end = bytes.indexOf(0x0a, start);
  end = end < 0 ? bytes.length : end + 1;
  const line = bytes.subarray(start, end);
  return concat(bytes.subarray(0, end), ...Array.from({ length: times }, () => line), bytes.subarray(end));
});

/** Applies 1–`max` mutations to one of `samples`. */
export const mutationsOf = (samples: readonly Uint8Array[], ops: fc.Arbitrary<Mutation>, max = 4): fc.Arbitrary<Uint8Array> =>
  fc
    .tuple(fc.nat({ max: samples.length - 1 }), fc.array(ops, { minLength: 1, maxLength: max }))
    .map(([s, mutations]) => mutations.reduce((bytes, mutate) => mutate(bytes), samples[s]!));

export const textMutations = (donors: readonly Uint8Array[]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    { weight: 3, arbitrary: bitFlip },
    { weight: 2, arbitrary: setByte },
    { weight: 1, arbitrary: truncate },
    { weight: 2, arbitrary: removeRange },
    { weight: 2, arbitrary: splice(donors) },
    { weight: 2, arbitrary: repeatLine },
  );

export const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
export const utf16leBom = (s: string): Uint8Array => concat(Uint8Array.of(0xff, 0xfe), new Uint8Array(Buffer.from(s, 'utf16le')));
export const latin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

/** A text in one of the encodings the INI and .reg readers accept. */
export const encoded = (text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> =>
  fc
    .tuple(text, fc.constantFrom('utf8', 'utf8', 'utf8', 'latin1', 'utf16', 'bom8'))
    .map(([t, enc]) =>
      enc === 'utf8'
        ? utf8(t)
        : enc === 'latin1'
          ? latin1(t)
          : enc === 'utf16'
            ? utf16leBom(t)
            : concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(t)),
    );

/** Lines joined with one of the line ends (or a random mix). */
export const joinLines = (lines: fc.Arbitrary<string[]>): fc.Arbitrary<string> =>
  fc
    .tuple(lines, fc.constantFrom('\r\n', '\n', '\r', 'mix'))
    .chain(([ls, eol]) =>
      eol !== 'mix'
        ? fc.constant(ls.join(eol))
        : fc
            .array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: ls.length, maxLength: ls.length })
            .map((eols) => ls.map((l, i) => l + eols[i]).join('')),
    );
