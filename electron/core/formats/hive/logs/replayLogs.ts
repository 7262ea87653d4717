/**
 * Recovering a dirty hive from its transaction logs, as Windows does when it loads one (docs/file-formats.md
 * §6.4; msuhanov/regf "Dirty state of a hive", "Multiple transaction log files"; the spec author's
 * implementation, yarp's RegistryFile.py / Registry.recover_auto, for what the spec leaves open).
 *
 * - A hive is dirty when its sequence numbers differ or its base block checksum is wrong; a clean hive's logs
 *   are ignored.
 * - New format (LOG1/LOG2, or a single .LOG): with a valid base block, the log whose entries come first is
 *   applied, then the other when its first entry follows the last one applied; a log whose first sequence
 *   number is below the hive's secondary one holds only applied entries. With a bad base block only the log
 *   with the latest entries is used.
 * - Old format: the valid log with the latest last-written time that is not older than the hive's — the
 *   base block's, or the first bin's when the base block is bad (yarp's rule; the spec asks for equal times,
 *   which Windows 8.1 no longer keeps up to date).
 * - The result's base block: the hive's own (the log's copy when the hive's checksum is wrong), with the bins
 *   size, root cell and version of the log, equal sequence numbers (the last entry's in the new format) and
 *   file type 0, checksum recomputed (yarp's save_recovered_hive).
 */
import { FormatError } from '../../formatError.js';
import { baseBlockChecksum } from '../baseBlock.js';
import { BASE, HBIN } from '../regfLayout.js';
import { logError, readLogHeader, type LogFormat, type LogHeader } from './logFile.js';
import { LOG_BASE } from './logLayout.js';
import { readNewLogEntries, type DirtyPage, type LogEntry } from './newLog.js';
import { readOldLog } from './oldLog.js';

/** A log file beside the hive: its name (NAME.LOG, NAME.LOG1, NAME.LOG2, any case) and bytes. */
export interface LogInput {
  name: string;
  bytes: Uint8Array;
}

/** What was applied. */
export interface LogReplayReport {
  format: LogFormat;
  /** The logs applied, in order. */
  logs: string[];
  /** New format: entries applied. */
  entriesApplied?: number;
  /** Old format: 512-byte pages applied. */
  pagesApplied?: number;
  /** Where the replay stopped before the end of a log, and why (what came before it was applied). */
  stoppedAt?: { log: string; error: FormatError };
}

export interface LogReplay {
  /** The recovered hive (the input itself when nothing was applied). */
  bytes: Uint8Array;
  /** Set when something was applied: the bytes are then a clean hive. */
  report?: LogReplayReport;
  /** Logs that could not be used, and why (not a log, written half, already applied, stopped at once). */
  unusable: { log: string; error: FormatError }[];
}

interface Primary {
  seq1: number;
  seq2: number;
  valid: boolean;
  hbinsSize: number;
  /** Last written time: the base block's, or the first bin's when the base block is bad (spec, old format note 3). */
  written: bigint;
}

const filetime = ([lo, hi]: readonly [number, number]): bigint => (BigInt(hi) << 32n) | BigInt(lo);

function readPrimary(hive: Uint8Array): Primary | undefined {
  if (hive.length < BASE.SIZE + HBIN.HEADER_SIZE) return undefined;
  const view = new DataView(hive.buffer, hive.byteOffset, hive.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const valid = u32(BASE.CHECKSUM) === baseBlockChecksum(view);
  const at = valid ? BASE.TIMESTAMP : BASE.SIZE + HBIN.TIMESTAMP;
  const bins = u32(BASE.HBINS_SIZE);
  return {
    seq1: u32(BASE.SEQ1),
    seq2: u32(BASE.SEQ2),
    valid,
    hbinsSize: valid ? bins : Math.floor((hive.length - BASE.SIZE) / 4096) * 4096,
    written: filetime([u32(at), u32(at + 4)]),
  };
}

/** Whether sequence number `a` comes before `b`, serial-number style (yarp's is_starting_log: they wrap). */
const before = (a: number, b: number): boolean => a !== b && (b - a) >>> 0 <= 0x7fffffff;

/** Orders a log name's suffix: .LOG1 and .LOG2 (the dual scheme) before a single .LOG. */
const suffixOf = (name: string): string => /\.(log[12]?)$/i.exec(name)?.[1]?.toUpperCase() ?? '';

/**
 * The hive `hive` with its logs applied when it is dirty. Never throws for a bad log: a log that cannot be
 * used is listed in `unusable` with the reason.
 */
export function replayLogs(hive: Uint8Array, logs: readonly LogInput[]): LogReplay {
  const primary = readPrimary(hive);
  const unusable: LogReplay['unusable'] = [];
  if (!primary || (primary.valid && primary.seq1 === primary.seq2) || logs.length === 0) return { bytes: hive, unusable };

  const read: { log: LogInput; header: LogHeader }[] = [];
  for (const log of logs) {
    // Empty logs are common beside a hive (the unused pair of the other logging scheme): nothing to say.
    if (log.bytes.length === 0) continue;
    try {
      read.push({ log, header: readLogHeader(log.bytes) });
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      unusable.push({ log: log.name, error: e });
    }
  }
  const dual = read.filter((r) => r.header.format === 'new' && suffixOf(r.log.name) !== 'LOG');
  const single = read.filter((r) => r.header.format === 'new' && suffixOf(r.log.name) === 'LOG');
  const newLogs = dual.length > 0 ? dual : single;
  if (newLogs.length > 0) return { ...replayNew(hive, primary, newLogs, unusable), unusable };
  const old = read.filter((r) => r.header.format === 'old' && filetime(r.header.written) >= primary.written);
  const latest = (rs: typeof old) =>
    rs.reduce<(typeof old)[number] | undefined>(
      (a, r) => (!a || filetime(r.header.written) > filetime(a.header.written) ? r : a),
      undefined,
    );
  const chosen = latest(old.filter((r) => suffixOf(r.log.name) !== 'LOG')) ?? latest(old);
  for (const r of read)
    if (r.header.format === 'old' && r !== chosen && !old.includes(r)) unusable.push({ log: r.log.name, error: notApplicable(r) });
  if (!chosen) return { bytes: hive, unusable };
  return { ...replayOld(hive, primary, chosen, unusable), unusable };
}

function notApplicable(r: { log: LogInput; header: LogHeader }): FormatError {
  return logError(r.log.bytes, BASE.TIMESTAMP, 'hiveLogOlder');
}

function replayNew(
  hive: Uint8Array,
  primary: Primary,
  logs: { log: LogInput; header: LogHeader }[],
  unusable: LogReplay['unusable'],
): Omit<LogReplay, 'unusable'> {
  const ordered = [...logs].sort((a, b) =>
    before(a.header.sequence, b.header.sequence) ? -1 : before(b.header.sequence, a.header.sequence) ? 1 : 0,
  );
  // A bad base block: only the log with the latest entries (msuhanov/regf "Multiple transaction log files").
  const candidates = primary.valid ? ordered : ordered.slice(-1);
  const applied: { log: LogInput; header: LogHeader; entries: LogEntry[] }[] = [];
  let stoppedAt: LogReplayReport['stoppedAt'];
  let bins = primary.hbinsSize;
  let last: number | undefined;
  for (const c of candidates) {
    const start = c.header.sequence;
    // The first log's entries must not be older than the hive; a next log must continue the last entry.
    if (last === undefined ? primary.valid && before(start, primary.seq2) : start !== (last + 1) >>> 0) {
      unusable.push({
        log: c.log.name,
        error: logError(c.log.bytes, BASE.SEQ1, 'hiveLogStale', {
          sequence: start,
          expected: last === undefined ? primary.seq2 : (last + 1) >>> 0,
        }),
      });
      continue;
    }
    const scan = readNewLogEntries(c.log.bytes, start, bins);
    if (scan.entries.length === 0) {
      unusable.push({ log: c.log.name, error: scan.stop ?? logError(c.log.bytes, LOG_BASE.SIZE, 'hiveLogNoEntries') });
      continue;
    }
    applied.push({ ...c, entries: scan.entries });
    const end = scan.entries[scan.entries.length - 1]!;
    last = end.sequence;
    bins = end.hbinsSize;
    // Where a log stops, recovery resumes with the next one when it continues the sequence (spec, "Multiple
    // transaction log files", new format): a stop is reported only when nothing took over from it.
    stoppedAt = scan.stop ? { log: c.log.name, error: scan.stop } : undefined;
  }
  if (applied.length === 0) return { bytes: hive };
  const lastEntry = applied[applied.length - 1]!.entries.at(-1)!;
  const pages = applied.flatMap((a) => a.entries.flatMap((e) => e.pages.map((p) => ({ ...p, bytes: a.log.bytes }))));
  const header = applied[applied.length - 1]!.header;
  const bytes = rebuild(hive, primary, applied[0]!.log.bytes, pages, {
    hbinsSize: lastEntry.hbinsSize,
    sequence: lastEntry.sequence,
    rootCell: header.rootCell,
    minorVersion: header.minorVersion,
    flags: lastEntry.flags,
  });
  const entriesApplied = applied.reduce((n, a) => n + a.entries.length, 0);
  return { bytes, report: { format: 'new', logs: applied.map((a) => a.log.name), entriesApplied, ...(stoppedAt ? { stoppedAt } : {}) } };
}

function replayOld(
  hive: Uint8Array,
  primary: Primary,
  chosen: { log: LogInput; header: LogHeader },
  unusable: LogReplay['unusable'],
): Omit<LogReplay, 'unusable'> {
  let scan;
  try {
    scan = readOldLog(chosen.log.bytes, hive, chosen.header.hbinsSize);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    unusable.push({ log: chosen.log.name, error: e });
    return { bytes: hive };
  }
  if (scan.pages.length === 0) {
    unusable.push({ log: chosen.log.name, error: scan.stop ?? logError(chosen.log.bytes, LOG_BASE.SIZE, 'hiveLogNoEntries') });
    return { bytes: hive };
  }
  const h = chosen.header;
  const bytes = rebuild(
    hive,
    primary,
    chosen.log.bytes,
    scan.pages.map((p) => ({ ...p, bytes: chosen.log.bytes })),
    {
      hbinsSize: scan.hbinsSize,
      sequence: primary.valid ? primary.seq1 : h.sequence,
      rootCell: h.rootCell,
      minorVersion: h.minorVersion,
      flags: h.flags & LOG_BASE.FLAG_KTM_LOCKED,
    },
  );
  return {
    bytes,
    report: {
      format: 'old',
      logs: [chosen.log.name],
      pagesApplied: scan.pages.length,
      ...(scan.stop ? { stoppedAt: { log: chosen.log.name, error: scan.stop } } : {}),
    },
  };
}

interface NewBase {
  hbinsSize: number;
  sequence: number;
  rootCell: number;
  minorVersion: number;
  flags: number;
}

/** The hive with `pages` written over it, grown to the new bins size, under a clean base block. */
function rebuild(
  hive: Uint8Array,
  primary: Primary,
  firstLog: Uint8Array,
  pages: (DirtyPage & { bytes: Uint8Array })[],
  base: NewBase,
): Uint8Array {
  // Grown to the new bins (whose pages the log holds); data past them, if any, stays as it was.
  const out = new Uint8Array(Math.max(hive.length, BASE.SIZE + base.hbinsSize));
  out.set(hive);
  if (!primary.valid) {
    // The hive's own base block cannot be trusted: start from the log's copy (msuhanov/regf, old format note 4).
    out.fill(0, 0, BASE.SIZE);
    out.set(firstLog.subarray(0, LOG_BASE.SIZE), 0);
  }
  for (const p of pages) out.set(p.bytes.subarray(p.from, p.from + p.size), p.to);
  const view = new DataView(out.buffer);
  view.setUint32(BASE.SEQ1, base.sequence, true);
  view.setUint32(BASE.SEQ2, base.sequence, true);
  view.setUint32(BASE.FILE_TYPE, BASE.FILE_TYPE_PRIMARY, true);
  view.setUint32(BASE.MINOR, base.minorVersion, true);
  view.setUint32(BASE.ROOT_CELL, base.rootCell, true);
  view.setUint32(BASE.HBINS_SIZE, base.hbinsSize, true);
  const flags = view.getUint32(LOG_BASE.FLAGS, true);
  view.setUint32(LOG_BASE.FLAGS, ((flags & ~LOG_BASE.FLAG_KTM_LOCKED) | base.flags) >>> 0, true);
  view.setUint32(BASE.CHECKSUM, baseBlockChecksum(view), true);
  return out;
}
