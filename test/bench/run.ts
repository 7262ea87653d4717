/**
 * `npm run bench`: generates the inputs (cached in os.tmpdir()/mpe-bench), measures, prints a Markdown
 * table (metric, median with min–max, ratio, budget, result) and writes it to out/bench-results.md.
 * Always exits 0: the bench reports, `npm test` judges. It runs bundled, as the app ships
 * (vite.bench.config.ts → out/bench/run.js); `node --expose-gc out/bench/run.js` gives steadier figures.
 * BENCH_RUNS sets the runs per figure (default 7; the 1,000-profile figures use at least 5); BENCH_ONLY runs
 * only the steps whose name holds it, or one of its comma-separated parts
 * (`BENCH_ONLY=".reg import,mpe " node out/bench/run.js`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { readProfilesFile } from '../../electron/core/import/readProfilesFile.js';
import { RENDERER_DIR } from '../e2e/harness.js';
import { CHROMIUM, hasTool } from '../helpers/peerTools.js';
import { BENCH_SEED, benchInput } from './generate/inputs.js';
import { cliImport, cliSave } from './measure/cliCommands.js';
import { copyService } from './measure/copy.js';
import { hiveImport } from './measure/hiveFormat.js';
import { hiveSave } from './measure/hiveSave.js';
import { lintAll } from './measure/lint.js';
import { logReplay } from './measure/logReplay.js';
import { parserGrowth } from './measure/parserGrowth.js';
import { growthRows, regExport, regImport } from './measure/regFormat.js';
import { editAll, storeOpen, storeWith } from './measure/store.js';
import { bigSection, importLongTasks } from './measure/ui.js';
import { editRepaint } from './measure/editRepaint.js';
import { markdown, skipped, writeReport, type Row } from './report.js';

const RESULTS = resolve(import.meta.dirname, '../../out/bench-results.md');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [10, 100, 1000];
const ONLY = process.env.BENCH_ONLY;

async function step(rows: Row[], name: string, fn: () => Row[] | Promise<Row[]>): Promise<void> {
  if (ONLY !== undefined && !ONLY.split(',').some((part) => name.includes(part))) return;
  const t = performance.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    rows.push(...(await fn()));
  } catch (e) {
    rows.push(skipped(name, `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`));
  }
  process.stderr.write(` ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const withHivex = hasTool('hivexregedit');
  const withHivexml = hasTool('hivexml');
  process.stderr.write('bench: generating inputs (cached)…\n');
  const inputs = SIZES.map((n) => benchInput(n, { hive: withHivex }));
  const big = inputs[inputs.length - 1]!;

  // Largest first: the JIT is then warm for the small inputs, whose few milliseconds would otherwise
  // mostly measure compilation (and make the growth ratios meaningless).
  const largestFirst = [...inputs].reverse();
  const growth: Row[] = [];
  await step(rows, '.reg import', () => {
    const r = regImport(largestFirst, RUNS);
    growth.push(...growthRows('.reg import', r.perProfile));
    return r.rows;
  });
  if (withHivex) {
    await step(rows, 'hive import', () => {
      const r = hiveImport(largestFirst, Math.max(5, RUNS), withHivexml);
      growth.push(...growthRows('hive import', r.perProfile));
      return r.rows;
    });
    await step(rows, 'log replay', () => logReplay(big, Math.max(5, RUNS)));
  } else rows.push(skipped('hive import', 'hivexregedit is not installed (apt-get install libhivex-bin)'));
  rows.push(...growth);
  if (withHivex) await step(rows, 'hive save', () => hiveSave(big, Math.max(5, RUNS), withHivex));
  else rows.push(skipped('hive save', 'hivexregedit is not installed (apt-get install libhivex-bin)'));

  const docs = readProfilesFile(new Uint8Array(readFileSync(big.regPath)), 'bench.reg', 'reg').profiles;
  await step(rows, '.reg export', () => [regExport(docs, Math.max(5, RUNS))]);
  await step(rows, 'store open', () => {
    const dir = storeWith(big);
    const imported = storeOpen(big, dir, Math.max(5, RUNS));
    editAll(dir);
    return [imported, storeOpen(big, dir, Math.max(5, RUNS), ', after a change to every one (what mpe save opens)')];
  });
  // Child processes of the built CLI, each a few seconds: at least 5 runs, at most 7.
  const cliRuns = Math.min(7, Math.max(5, RUNS));
  await step(rows, 'mpe import (CLI)', () => cliImport(big, cliRuns));
  await step(rows, 'mpe save (CLI)', () => cliSave(big, cliRuns));
  await step(rows, 'copy-service', () => copyService(BENCH_SEED, Math.max(15, RUNS)));
  await step(rows, 'lint', () => [lintAll(docs, Math.max(3, Math.min(RUNS, 5)))]);
  await step(rows, 'parser growth', () => parserGrowth(Math.max(5, RUNS)));

  if (!existsSync(CHROMIUM)) rows.push(skipped('renderer (Chromium)', `${CHROMIUM} is not installed`));
  else if (!existsSync(resolve(RENDERER_DIR, 'index.html')))
    rows.push(skipped('renderer (Chromium)', 'out/renderer is not built: npm run build'));
  else {
    await step(rows, 'renderer: 10,000-property section', () => bigSection(BENCH_SEED, RUNS));
    await step(rows, 'renderer: property edit to repaint', async () => [await editRepaint(big, RUNS)]);
    await step(rows, 'renderer: long tasks during a 100-profile import', async () => [await importLongTasks(inputs[1]!)]);
    await step(rows, 'renderer: long tasks during a 1,000-profile import', async () => [await importLongTasks(big)]);
  }

  const notes = [
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} shared with other work: compare ratios (measured interleaved, run by run, in this same run) rather than absolute times.`,
    `Inputs: seed ${BENCH_SEED}; profiles cloned from the sample hive's real "Outlook" profile (UIDs, names, PST paths varied, 2 extra PST services with their accounts: 19 sections, 24 keys per profile); .reg written by writeReg (UTF-16LE), hive built by hivexregedit --merge into a copy of the sample NTUSER.DAT; cached in ${big.regPath.replace(/[\\/][^\\/]+[\\/][^\\/]+$/, '')}.`,
    '.reg floor = readFileSync + TextDecoder("utf-16le"), no parsing; .reg import = readFileSync + parseReg + toSnapshot + profilesFromRegistry.',
    'hive budget is checked on our full walk (openHive + every key and value of the whole hive) against hivexml > /dev/null on the same file (a child process: its time includes its start); the profile import is shown against hivexml for scale.',
    "hive save: a fresh copy of the 1,000-profile hive per run (not timed), PR_DISPLAY_NAME_W of every profile's master section changed; saveHiveFile is the whole safe save (NAME.tmp, flush, read back and compared, NAME.bak, rename); the mpe rows are child processes (node out/cli/mpe.js) timed start to exit; hivexregedit --merge applies the same changes as a .reg (each profile key deleted and written again).",
    'mpe import / mpe save: the built out/cli/mpe.js in a child process, process start to exit (store commit, save verification and backup included), interleaved run by run with the .reg floor of the same file and with `node -e 0`, whose share of the command is shown beneath it.',
    'copy-service: planCopy + applyCopy inside ProfileStore.transact (journal, document, history and index written) between two generated ~100-section profiles.',
    'Code measured as it ships: bundled into one ES module by vite (vite.bench.config.ts), as out/main and out/cli are.',
    `MB/s use 10^6 bytes; "median (min–max)" over the runs shown; ${process.execArgv.includes('--expose-gc') ? 'GC forced between runs' : 'run without --expose-gc (no GC between runs)'}.`,
  ];
  const text = `# Benchmark results\n\n${markdown(rows, notes)}`;
  process.stdout.write(text);
  writeReport(RESULTS, text);
  process.stderr.write(`bench: written to ${RESULTS}\n`);
}

await main();
process.exit(0);
