/**
 * The base block (file header): magic, version, file type, root cell, bins size, sequence numbers and
 * checksum. Structural faults are errors; the signs of a dirty hive (sequence numbers that differ, a bad
 * checksum) are warnings, since real hives copied from a live system carry them.
 */
import type { ImportWarning } from '../../../../shared/i18n/importWarnings.js';
import { hiveError } from './cells.js';
import { BASE } from './regfLayout.js';

export interface BaseBlock {
  /** Cell offset of the root key. */
  rootCell: number;
  /** Absolute end of the bins area. */
  binsEnd: number;
  minorVersion: number;
  warnings: ImportWarning[];
}

/** XOR of the 127 dwords at 0..507, with the two reserved results remapped as Windows does. */
export function baseBlockChecksum(view: DataView): number {
  let sum = 0;
  for (let i = 0; i < BASE.CHECKSUM_DWORDS; i++) sum ^= view.getUint32(i * 4, true);
  sum >>>= 0;
  if (sum === 0xffffffff) return 0xfffffffe;
  if (sum === 0) return 1;
  return sum;
}

export function readBaseBlock(bytes: Uint8Array): BaseBlock {
  if (bytes.length < BASE.SIZE) throw hiveError(bytes, bytes.length, 'hiveTooShort', { size: bytes.length });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== BASE.MAGIC) throw hiveError(bytes, BASE.SIGNATURE, 'hiveSignature', { found: JSON.stringify(magic) });

  const major = u32(BASE.MAJOR);
  if (major !== BASE.MAJOR_VERSION) throw hiveError(bytes, BASE.MAJOR, 'hiveMajorVersion', { found: major });
  const fileType = u32(BASE.FILE_TYPE);
  if (fileType !== BASE.FILE_TYPE_PRIMARY) throw hiveError(bytes, BASE.FILE_TYPE, 'hiveFileType', { found: fileType });
  const hbinsSize = u32(BASE.HBINS_SIZE);
  if (hbinsSize === 0 || hbinsSize % 4096 !== 0) {
    throw hiveError(bytes, BASE.HBINS_SIZE, 'hiveBinsSize', { size: `0x${hbinsSize.toString(16)}` });
  }
  const binsEnd = BASE.SIZE + hbinsSize;
  if (binsEnd > bytes.length) {
    throw hiveError(bytes, BASE.HBINS_SIZE, 'hiveBinsPastEnd', { size: hbinsSize, fileSize: bytes.length });
  }

  const warnings: ImportWarning[] = [];
  const minorVersion = u32(BASE.MINOR);
  if (minorVersion < BASE.MINOR_MIN || minorVersion > BASE.MINOR_MAX) {
    warnings.push({ reason: 'hiveMinorVersion', params: { version: String(minorVersion) } });
  }
  const format = u32(BASE.FORMAT);
  if (format !== BASE.FORMAT_DIRECT) warnings.push({ reason: 'hiveFormat', params: { format: String(format) } });
  const seq1 = u32(BASE.SEQ1);
  const seq2 = u32(BASE.SEQ2);
  if (seq1 !== seq2) {
    warnings.push({ reason: 'hiveDirty', params: { primary: String(seq1), secondary: String(seq2) } });
  }
  const stored = u32(BASE.CHECKSUM);
  const computed = baseBlockChecksum(view);
  if (stored !== computed) {
    warnings.push({ reason: 'hiveChecksum', params: { stored: `0x${stored.toString(16)}`, computed: `0x${computed.toString(16)}` } });
  }
  return { rootCell: u32(BASE.ROOT_CELL), binsEnd, minorVersion, warnings };
}
