/**
 * New-format log entries (`HvLE`, Windows 8.1 on; docs/file-formats.md §6.4, msuhanov/regf "Log entries").
 * Entries follow the base block sector back to back, each a multiple of 512 bytes. An entry is applied only
 * when it is whole and next in line: signature, size inside the file, a hive bins size that is a multiple of
 * 4096, page references and pages inside the entry and the bins, both Marvin32 hashes right (notes 1–3, 8),
 * and the sequence number expected (note 7: the first entry has the log's own sequence number, each next one
 * the previous + 1). The first entry that fails any check ends the log: only the entries before it count.
 */
import type { FormatError } from '../../formatError.js';
import { BASE } from '../regfLayout.js';
import { logError } from './logFile.js';
import { BIN_ALIGN, HVLE, LOG_BASE } from './logLayout.js';
import { LOG_ENTRY_SEED, marvin32 } from './marvin32.js';

/** One dirty page: where its bytes are in the log, where they go in the primary file (absolute offsets). */
export interface DirtyPage {
  from: number;
  to: number;
  size: number;
}

export interface LogEntry {
  /** Offset of the entry in the log. */
  offset: number;
  sequence: number;
  /** The hive bins data size once this entry is applied (the primary file grows to it). */
  hbinsSize: number;
  /** Bit 0: the base block's KTM-locked flag once this entry is applied (note 11). */
  flags: number;
  pages: DirtyPage[];
}

export interface NewLogScan {
  entries: LogEntry[];
  /** Why reading stopped before the end of the file: the first entry that is not applied. */
  stop?: FormatError;
}

/**
 * The entries of `log` to apply, from `firstSequence` on, to a hive whose bins are `hbinsSize` bytes. A
 * new entry may grow the bins, but only as far as its own pages reach (no allocation from a size the file
 * merely states).
 */
export function readNewLogEntries(log: Uint8Array, firstSequence: number, hbinsSize: number): NewLogScan {
  const view = new DataView(log.buffer, log.byteOffset, log.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const entries: LogEntry[] = [];
  let expected = firstSequence >>> 0;
  let bins = hbinsSize;
  for (let at = LOG_BASE.SIZE; at + HVLE.HEADER_SIZE <= log.length;) {
    const stop = (e: FormatError): NewLogScan => ({ entries, stop: e });
    // A sector that is not an entry is where the log ends (zeros, or remnants of earlier writes).
    if (String.fromCharCode(...log.subarray(at, at + 4)) !== HVLE.MAGIC) break;
    const size = u32(at + HVLE.SIZE);
    const left = log.length - at;
    if (size < HVLE.ALIGN || size % HVLE.ALIGN !== 0 || size > left) return stop(logError(log, at, 'hiveLogEntrySize', { size, left }));
    const h1 = marvin32(log.subarray(at + HVLE.HEADER_SIZE, at + size), LOG_ENTRY_SEED);
    const h2 = marvin32(log.subarray(at, at + HVLE.HASH2_LENGTH), LOG_ENTRY_SEED);
    if (h1.lo !== u32(at + HVLE.HASH1) || h1.hi !== u32(at + HVLE.HASH1 + 4))
      return stop(logError(log, at, 'hiveLogEntryHash', { which: 'Hash-1' }));
    if (h2.lo !== u32(at + HVLE.HASH2) || h2.hi !== u32(at + HVLE.HASH2 + 4))
      return stop(logError(log, at, 'hiveLogEntryHash', { which: 'Hash-2' }));
    const sequence = u32(at + HVLE.SEQUENCE);
    if (sequence !== expected) return stop(logError(log, at, 'hiveLogEntrySequence', { found: sequence, expected }));
    const count = u32(at + HVLE.PAGE_COUNT);
    const refsEnd = HVLE.PAGE_REFS + count * HVLE.REF_SIZE;
    // The count is checked against the entry's own size before anything is read or kept for it.
    if (count === 0 || refsEnd > size) return stop(logError(log, at, 'hiveLogEntryPages', { count, size }));
    const newBins = u32(at + HVLE.HBINS_SIZE);
    const pages: DirtyPage[] = [];
    let from = at + refsEnd;
    let reach = 0;
    for (let i = 0; i < count; i++) {
      const ref = at + HVLE.PAGE_REFS + i * HVLE.REF_SIZE;
      const offset = u32(ref + HVLE.REF_OFFSET);
      const pageSize = u32(ref + HVLE.REF_SIZE_FIELD);
      if (pageSize === 0 || pageSize % HVLE.ALIGN !== 0 || offset % HVLE.ALIGN !== 0 || offset + pageSize > newBins) {
        return stop(logError(log, at, 'hiveLogEntryPage', { offset, size: pageSize, binsSize: newBins }));
      }
      if (from + pageSize > at + size) return stop(logError(log, at, 'hiveLogEntryPages', { count, size }));
      pages.push({ from, to: BASE.SIZE + offset, size: pageSize });
      from += pageSize;
      reach = Math.max(reach, offset + pageSize);
    }
    // Note 8: a bins size that is not a multiple of 4096 stops recovery; growing past every page written
    // would claim bins no log holds.
    if (newBins === 0 || newBins % BIN_ALIGN !== 0 || newBins > Math.max(bins, Math.ceil(reach / BIN_ALIGN) * BIN_ALIGN)) {
      return stop(logError(log, at, 'hiveLogEntryBinsSize', { size: newBins }));
    }
    entries.push({ offset: at, sequence, hbinsSize: newBins, flags: u32(at + HVLE.FLAGS) & LOG_BASE.FLAG_KTM_LOCKED, pages });
    bins = newBins;
    expected = (expected + 1) >>> 0;
    at += size;
  }
  return { entries };
}
