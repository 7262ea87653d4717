/**
 * PT type names and sizes (MAPIDefS.h; docs/mapi-profiles.md §11, docs/file-formats.md §3.2).
 */
import { PT } from '../../../shared/mapi/tags.js';
import { RegType } from '../formats/registry.js';

const BASE_NAMES: Readonly<Record<number, string>> = {
  0x0000: 'PT_UNSPECIFIED',
  0x0001: 'PT_NULL',
  0x0002: 'PT_I2',
  0x0003: 'PT_LONG',
  0x0004: 'PT_R4',
  0x0005: 'PT_DOUBLE',
  0x0006: 'PT_CURRENCY',
  0x0007: 'PT_APPTIME',
  0x000a: 'PT_ERROR',
  0x000b: 'PT_BOOLEAN',
  0x000d: 'PT_OBJECT',
  0x0014: 'PT_I8',
  0x001e: 'PT_STRING8',
  0x001f: 'PT_UNICODE',
  0x0040: 'PT_SYSTIME',
  0x0048: 'PT_CLSID',
  0x00fb: 'PT_SVREID',
  0x00fd: 'PT_SRESTRICTION',
  0x00fe: 'PT_ACTIONS',
  0x0102: 'PT_BINARY',
};

/** Byte size of each fixed-size scalar type. */
export const FIXED_SIZE: Readonly<Record<number, number>> = {
  [PT.I2]: 2,
  [PT.LONG]: 4,
  [PT.R4]: 4,
  [PT.DOUBLE]: 8,
  [PT.CURRENCY]: 8,
  [PT.APPTIME]: 8,
  [PT.ERROR]: 4,
  [PT.BOOLEAN]: 2,
  [PT.I8]: 8,
  [PT.SYSTIME]: 8,
  [PT.CLSID]: 16,
};

/** Types that MAPI allows with MV_FLAG (MAPIDefS.h PT_MV_*). */
const MV_CAPABLE = new Set<number>([
  PT.I2, PT.LONG, PT.R4, PT.DOUBLE, PT.CURRENCY, PT.APPTIME, PT.I8, PT.STRING8, PT.UNICODE, PT.SYSTIME, PT.CLSID, PT.BINARY,
]);

export const isMv = (ptype: number): boolean => (ptype & PT.MV_FLAG) !== 0 && MV_CAPABLE.has(ptype & ~PT.MV_FLAG);
export const baseType = (ptype: number): number => ptype & ~PT.MV_FLAG;

/** `PT_UNICODE`, `PT_MV_BINARY`; `PT_0x1234` for a type MAPI does not define. */
export function ptypeName(ptype: number): string {
  if (isMv(ptype)) return BASE_NAMES[baseType(ptype)]!.replace(/^PT_/, 'PT_MV_');
  return BASE_NAMES[ptype] ?? 'PT_0x' + ptype.toString(16).toUpperCase().padStart(4, '0');
}

const REG_NAMES: Readonly<Record<number, string>> = Object.fromEntries(
  Object.entries(RegType).map(([k, v]) => [v, 'REG_' + k]),
);

/** `REG_SZ`, `REG_BINARY`…; `REG_0x…` for other numbers. */
export const regTypeName = (type: number): string => REG_NAMES[type] ?? 'REG_0x' + (type >>> 0).toString(16).toUpperCase();

/** REG_SZ and REG_EXPAND_SZ hold UTF-16LE text. */
export const isRegString = (type: number): boolean => type === RegType.SZ || type === RegType.EXPAND_SZ;
