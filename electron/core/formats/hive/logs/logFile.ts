/**
 * A transaction log's first sector: which format it is, and whether it may be used (docs/file-formats.md §6.4;
 * msuhanov/regf "Old format — Base block" and "New format — Base block"). The sector is a partial copy of
 * the hive's base block with the file type set to 1 or 2 (old format) or 6 (new format); a log is valid
 * when that copy is whole: signature, checksum, and equal sequence numbers (note 2 there). A log Windows was
 * writing when it stopped fails these checks and is not used.
 */
import { FormatError } from '../../formatError.js';
import type { FormatErrorArgs, FormatErrorReason } from '../../../../../shared/i18n/formatErrors.js';
import { baseBlockChecksum } from '../baseBlock.js';
import { BASE } from '../regfLayout.js';
import { BIN_ALIGN, LOG_BASE } from './logLayout.js';

export type LogFormat = 'old' | 'new';

/** The fields of a log's base block that replay uses. */
export interface LogHeader {
  format: LogFormat;
  /** Primary sequence number (= secondary: checked). New format: the sequence number of the first entry to apply. */
  sequence: number;
  /** Last written time (FILETIME), as two dwords (low, high): old-format logs are chosen by it. */
  written: [number, number];
  minorVersion: number;
  rootCell: number;
  hbinsSize: number;
  flags: number;
}

/** A FormatError about the log `name` at `offset`, with a hex excerpt of the bytes there. */
export function logError<R extends FormatErrorReason>(
  bytes: Uint8Array,
  offset: number,
  reason: R,
  ...params: FormatErrorArgs<R>
): FormatError<R> {
  let excerpt = '';
  for (const b of bytes.subarray(Math.min(offset, bytes.length), offset + 16)) excerpt += b.toString(16).padStart(2, '0');
  return new FormatError('hive', { offset, excerpt }, reason, ...params);
}

/** The log's header; throws a FormatError saying why the log cannot be used. */
export function readLogHeader(log: Uint8Array): LogHeader {
  if (log.length < LOG_BASE.SIZE) throw logError(log, 0, 'hiveLogTooShort', { size: log.length });
  const view = new DataView(log.buffer, log.byteOffset, log.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const magic = String.fromCharCode(...log.subarray(0, 4));
  if (magic !== BASE.MAGIC) throw logError(log, BASE.SIGNATURE, 'hiveLogSignature', { found: JSON.stringify(magic) });
  const type = u32(BASE.FILE_TYPE);
  const format: LogFormat | undefined =
    type === LOG_BASE.FILE_TYPE_NEW ? 'new' : type === LOG_BASE.FILE_TYPE_OLD || type === LOG_BASE.FILE_TYPE_OLD_NT ? 'old' : undefined;
  if (!format) throw logError(log, BASE.FILE_TYPE, 'hiveLogFileType', { found: type });
  const stored = u32(BASE.CHECKSUM);
  const computed = baseBlockChecksum(view);
  if (stored !== computed) {
    throw logError(log, BASE.CHECKSUM, 'hiveLogChecksum', { stored: `0x${stored.toString(16)}`, computed: `0x${computed.toString(16)}` });
  }
  const seq1 = u32(BASE.SEQ1);
  const seq2 = u32(BASE.SEQ2);
  if (seq1 !== seq2) throw logError(log, BASE.SEQ1, 'hiveLogSequences', { primary: seq1, secondary: seq2 });
  const hbinsSize = u32(BASE.HBINS_SIZE);
  if (hbinsSize === 0 || hbinsSize % BIN_ALIGN !== 0) throw logError(log, BASE.HBINS_SIZE, 'hiveLogBinsSize', { size: hbinsSize });
  return {
    format,
    sequence: seq1,
    written: [u32(BASE.TIMESTAMP), u32(BASE.TIMESTAMP + 4)],
    minorVersion: u32(BASE.MINOR),
    rootCell: u32(BASE.ROOT_CELL),
    hbinsSize,
    flags: u32(LOG_BASE.FLAGS),
  };
}
