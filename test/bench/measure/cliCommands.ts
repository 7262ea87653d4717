/**
 * The store path end to end, as a user runs it: the built `mpe` (out/cli/mpe.js) in a child process,
 * process start to exit, store commit included (issue #19 §3).
 *
 *   import  `mpe import FILE --store DIR` of the 1,000-profile regedit export into an empty store
 *   save    `mpe save --store DIR` of the same 1,000 profiles, every one changed, into their source file
 *           (a copy of the export): store open, .reg written, read back and verified, backup, rename
 *
 * Each is a ratio to the read+decode floor of the same file (regFormat.ts), measured interleaved with it,
 * run by run. `node -e 0` is measured in the same runs: Node's own start-up is part of every command and
 * no code of ours can remove it; its row says how much of the command's figure it is.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchInput } from '../generate/inputs.js';
import { ms, times, verdict, type Row } from '../report.js';
import { editAll } from './store.js';
import { stats, timeOnce, type Stats } from './timing.js';

export const CLI_BUDGET = 5;
const MPE = resolve(import.meta.dirname, '../../../out/cli/mpe.js');

const floor = (path: string) => () => new TextDecoder('utf-16le').decode(readFileSync(path));

/** Runs the command to its exit; throws with its stderr when it fails, so a broken command is no figure. */
function run(args: string[]): void {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr.split('\n')[0]}`);
}

interface Timed {
  floor: Stats;
  command: Stats;
  node: Stats;
  ratio: Stats;
  nodeShare: Stats;
}

/**
 * `runs` interleaved triples (floor, command, `node -e 0`); `prepare` (untimed) sets up each command run
 * and returns its arguments.
 */
function interleaved(path: string, prepare: (i: number) => string[], runs: number): Timed {
  const read = floor(path);
  // Warm-up: the page cache holds the file for both, the JIT is warm for the floor.
  read();
  run(prepare(-1));
  const f: number[] = [];
  const c: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < runs; i++) {
    f.push(timeOnce(read));
    const args = prepare(i);
    c.push(timeOnce(() => run(args)));
    n.push(timeOnce(() => run(['-e', '0'])));
  }
  return {
    floor: stats(f),
    command: stats(c),
    node: stats(n),
    ratio: stats(c.map((t, i) => t / f[i]!)),
    nodeShare: stats(n.map((t, i) => t / c[i]!)),
  };
}

function rows(what: string, t: Timed): Row[] {
  return [
    {
      metric: what,
      median: ms(t.command),
      ratio: `${times(t.ratio, 'of floor')}; floor ${ms(t.floor)}`,
      budget: `≤ ${CLI_BUDGET}× read+decode floor`,
      verdict: verdict(t.ratio.median <= CLI_BUDGET),
    },
    {
      metric: `  of which Node's start-up (node -e 0, same runs)`,
      median: ms(t.node),
      ratio: `${(t.nodeShare.median * 100).toFixed(0)}% of the command (${(t.nodeShare.min * 100).toFixed(0)}–${(t.nodeShare.max * 100).toFixed(0)}%)`,
      budget: '— (not ours)',
      verdict: 'info',
    },
  ];
}

export function cliImport(input: BenchInput, runs: number): Row[] {
  if (!existsSync(MPE)) throw new Error('out/cli/mpe.js is not built: npm run build');
  const base = mkdtempSync(join(tmpdir(), 'mpe-bench-cli-import-'));
  try {
    const t = interleaved(input.regPath, (i) => [MPE, 'import', input.regPath, '--store', join(base, `store${i}`)], runs);
    return rows(`mpe import of ${input.count} profiles (.reg, UTF-16LE), process start to exit, store commit included`, t);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** A whole second: a file time the bench can put back exactly (utimes takes seconds as a double). */
const OPENED_AT = 1_700_000_000;

/**
 * `mpe save` of 1,000 changed profiles into their `.reg`, twice: the file as it was opened (the usual
 * case: the save writes the keys outside profiles it remembered with the file's stamp) and the file
 * changed on disk since (a new time: the save reads and parses it again, electron/core/save/fileStamp.ts).
 */
export function cliSave(input: BenchInput, runs: number): Row[] {
  if (!existsSync(MPE)) throw new Error('out/cli/mpe.js is not built: npm run build');
  const base = mkdtempSync(join(tmpdir(), 'mpe-bench-cli-save-'));
  try {
    // One store holding the file's profiles, every one changed (a value added to its profile key); each
    // run saves a fresh copy of it into a fresh copy of the file (the source path the store records).
    const source = join(base, 'profiles.reg');
    const pristine = join(base, 'pristine');
    const freshSource = (changedOnDisk: boolean) => {
      copyFileSync(input.regPath, source);
      if (!changedOnDisk) utimesSync(source, OPENED_AT, OPENED_AT);
      rmSync(`${source}.bak`, { force: true });
    };
    freshSource(false);
    run([MPE, 'import', source, '--store', pristine]);
    editAll(pristine);
    const store = join(base, 'store');
    const measure = (changedOnDisk: boolean) =>
      interleaved(
        input.regPath,
        () => {
          rmSync(store, { recursive: true, force: true });
          cpSync(pristine, store, { recursive: true });
          freshSource(changedOnDisk);
          return [MPE, 'save', '--store', store];
        },
        runs,
      );
    const unchanged = measure(false);
    if (readFileSync(source).equals(readFileSync(input.regPath))) throw new Error('mpe save left the file unchanged');
    const changed = measure(true);
    return [
      ...rows(`mpe save of ${input.count} changed profiles into their .reg, process start to exit, store commit included`, unchanged),
      {
        ...rows(`  the same, the file changed on disk since it was opened (read and parsed again)`, changed)[0]!,
        verdict: 'info',
      },
    ];
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
