/**
 * PT type names and sizes (MAPIDefS.h; docs/mapi-profiles.md §11, docs/file-formats.md §3.2).
 */
import { baseType, isMv, PT } from '../../../shared/mapi/propTypes.js';
import { RegType } from '../formats/registry.js';

/** `PT_LONG` for 0x0003: the PT table's names, element types only (MV names are built by ptypeName). */
const BASE_NAMES: Readonly<Record<number, string>> = Object.fromEntries(
  Object.entries(PT)
    .filter(([key]) => !key.startsWith('MV_'))
    .map(([key, value]) => [value, 'PT_' + key]),
);

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

/** `PT_UNICODE`, `PT_MV_BINARY`; `PT_0x1234` for a type MAPI does not define. */
export function ptypeName(ptype: number): string {
  if (isMv(ptype)) return BASE_NAMES[baseType(ptype)]!.replace(/^PT_/, 'PT_MV_');
  return BASE_NAMES[ptype] ?? 'PT_0x' + ptype.toString(16).toUpperCase().padStart(4, '0');
}

const REG_NAMES: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(RegType).map(([k, v]) => [v, 'REG_' + k]));

/** `REG_SZ`, `REG_BINARY`…; `REG_0x…` for other numbers. */
export const regTypeName = (type: number): string => REG_NAMES[type] ?? 'REG_0x' + (type >>> 0).toString(16).toUpperCase();

/** REG_SZ and REG_EXPAND_SZ hold UTF-16LE text. */
export const isRegString = (type: number): boolean => type === RegType.SZ || type === RegType.EXPAND_SZ;
