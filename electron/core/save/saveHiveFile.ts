/**
 * Saving edits into a hive file without ever modifying the original in place (DESIGN.md "Saving"):
 *
 *   read (and, for a dirty hive, apply the transaction logs beside it) → write NAME.tmp → flush → verify
 *   (our strict reader, every key and value against what was meant) → backup (a copy: NAME.bak, or
 *   NAME.<time>.bak when that exists) → rename NAME.tmp over NAME → move the old transaction logs beside
 *   the backup.
 *
 * A failure at any step before the rename leaves NAME byte for byte as it was, removes NAME.tmp, and says
 * which step failed; the rename itself is atomic (POSIX rename, MoveFileEx on Windows). A hive Windows has
 * loaded, or a share that refuses writing, is refused before anything is written. A dirty hive (sequence
 * numbers differ) is saved from its recovered state when its logs apply (docs/file-formats.md §6.4): the
 * new primary file is clean, so Windows ignores any log left beside it — they are moved beside the backup,
 * which they belong to. A dirty hive with no usable log needs `force`: what Windows had not yet written
 * would be missing.
 */
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { editedView, firstDifference } from '../formats/hive/editedView.js';
import type { HiveEdit } from '../formats/hive/hiveEdits.js';
import { writeHive } from '../formats/hive/hiveWriter.js';
import { openHive, readSubtree } from '../formats/hive/index.js';
import { upperName } from '../formats/hive/nameOrder.js';
import { LIMITS } from '../formats/hive/regfLayout.js';
import { replayLogs, type LogReplayReport } from '../formats/hive/logs/replayLogs.js';
import type { RegKey } from '../formats/registry.js';
import { logPathsBeside } from '../import/logsBeside.js';
import { causeOf, nodeIo, replaceFile, saveStep } from './safeReplace.js';

export { nodeIo, type SaveIo, type SaveStep } from './safeReplace.js';
import type { SaveIo, SaveStep } from './safeReplace.js';

export interface SaveHiveOptions {
  /** Write a dirty hive that has no logs beside it. */
  force?: boolean;
  /** Work out the changes, write nothing. */
  dryRun?: boolean;
  now?: Date;
  io?: SaveIo;
}

export interface SaveHiveReport {
  file: string;
  added: string[];
  changed: string[];
  removed: string[];
  /** Whether NAME was replaced (false on a dry run or when nothing changes). */
  written: boolean;
  backup?: string;
  /** Transaction logs moved beside the backup. */
  movedLogs: string[];
  /** The logs applied before the edits (a dirty hive), and how much of them. */
  replayed?: ReplaySummary;
}

/** A replay as the report shows it (the stop as its English sentence). */
export interface ReplaySummary {
  format: LogReplayReport['format'];
  logs: string[];
  entriesApplied?: number;
  pagesApplied?: number;
  stoppedAt?: string;
}

/** Saves `edits` into the hive at `file`. Throws AppError (E_IO, E_FORMAT) saying what failed and where. */
export function saveHiveFile(file: string, edits: readonly HiveEdit[], opts: SaveHiveOptions = {}): SaveHiveReport {
  const io = opts.io ?? nodeIo;
  const now = opts.now ?? new Date();
  const name = basename(file);
  const step = <T>(s: SaveStep, run: () => T): T => saveStep(name, s, run);

  const size = step('read', () => io.size(file));
  if (size > LIMITS.DEFAULT_MAX_BYTES) throw new AppError('E_IO', 'fileTooLarge', { file: name, size, limit: LIMITS.DEFAULT_MAX_BYTES });
  const onDisk = step('read', () => io.readFile(file));
  const logs = step('read', () => logPathsBeside(file));
  const replay = step('read', () =>
    replayLogs(
      onDisk,
      logs.map((p) => ({ name: basename(p), bytes: io.readFile(p) })),
    ),
  );
  // The hive as Windows would load it: what the edits apply to, and what the verify compares against.
  const original = replay.bytes;
  const hive = step('read', () => openHive(original));
  const dirty = hive.warnings.find((w) => w.reason === 'hiveDirty');
  if (dirty && !opts.force && !opts.dryRun) {
    const seq = { file: name, primary: String(dirty.params.primary), secondary: String(dirty.params.secondary) };
    const why = replay.unusable[0]?.error;
    if (why)
      throw new AppError('E_IO', 'hiveSaveLogs', {
        ...seq,
        logs: logs.map((l) => basename(l)).join(', '),
        cause: why.located(replay.unusable[0]!.log),
      });
    throw new AppError('E_IO', 'hiveSaveDirty', seq);
  }
  const result = step('write', () => writeHive(original, edits, { now }));
  const report: SaveHiveReport = {
    file,
    added: result.added,
    changed: result.changed,
    removed: result.removed,
    written: false,
    movedLogs: [],
  };
  if (replay.report) report.replayed = summary(replay.report);
  if (opts.dryRun || result.bytes === original) return report;

  try {
    io.probeWritable(file);
  } catch (e) {
    throw new AppError('E_IO', 'hiveSaveLocked', { file: name, cause: causeOf(e) });
  }
  report.backup = replaceFile(file, result.bytes, (written) => verify(written, original, edits, name), { io, now }).backup;
  report.written = true;
  // Windows ignores the logs of a clean hive; kept beside the backup they still document the old state.
  for (const log of logs) {
    const to = report.backup + log.slice(file.length);
    step('logs', () => io.rename(log, to));
    report.movedLogs.push(to);
  }
  return report;
}

/** The replay in one English sentence (the CLI's save reports). */
export function replayedSentence(r: ReplaySummary): string {
  const applied = r.format === 'new' ? `${r.entriesApplied} transaction log entries` : `${r.pagesApplied} dirty pages`;
  return `Applied ${applied} of ${r.logs.join(', ')} first (the hive was dirty).${r.stoppedAt ? ` Replay stopped at ${r.stoppedAt}.` : ''}`;
}

function summary(r: LogReplayReport): ReplaySummary {
  return {
    format: r.format,
    logs: r.logs,
    ...(r.entriesApplied !== undefined ? { entriesApplied: r.entriesApplied } : {}),
    ...(r.pagesApplied !== undefined ? { pagesApplied: r.pagesApplied } : {}),
    ...(r.stoppedAt ? { stoppedAt: r.stoppedAt.error.located(r.stoppedAt.log) } : {}),
  };
}

/** The written copy, read by our strict reader, holds exactly the hive before the save with the edits applied. */
function verify(written: Uint8Array, original: Uint8Array, edits: readonly HiveEdit[], name: string): void {
  let actual: RegKey[];
  try {
    actual = byPath(readSubtree(openHive(written), '', ''));
  } catch (e) {
    throw new AppError('E_IO', 'hiveSaveVerify', { file: name, detail: causeOf(e) });
  }
  const expected = editedView(readSubtree(openHive(original), '', ''), edits);
  const diff = firstDifference(expected, actual);
  if (diff) throw new AppError('E_IO', 'hiveSaveVerify', { file: name, detail: diff });
}

const byPath = (keys: RegKey[]): RegKey[] =>
  keys
    .map((k) => [upperName(k.path), k] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, k]) => k);
