/**
 * Property types (MAPIDefS.h PT_*; docs/mapi-profiles.md §11): the low 16 bits of a tag. Pure, so that the
 * core's codecs and the renderer's editors read one rule for "is this multi-valued" and "what is its
 * element type".
 *
 * @example isMv(PT.MV_UNICODE) // true; baseType(PT.MV_UNICODE) === PT.UNICODE
 */
export const PT = {
  UNSPECIFIED: 0x0000,
  NULL: 0x0001,
  I2: 0x0002,
  LONG: 0x0003,
  R4: 0x0004,
  DOUBLE: 0x0005,
  CURRENCY: 0x0006,
  APPTIME: 0x0007,
  ERROR: 0x000a,
  BOOLEAN: 0x000b,
  OBJECT: 0x000d,
  I8: 0x0014,
  STRING8: 0x001e,
  UNICODE: 0x001f,
  SYSTIME: 0x0040,
  CLSID: 0x0048,
  SVREID: 0x00fb,
  SRESTRICTION: 0x00fd,
  ACTIONS: 0x00fe,
  BINARY: 0x0102,
  MV_FLAG: 0x1000,
  MV_I2: 0x1002,
  MV_LONG: 0x1003,
  MV_R4: 0x1004,
  MV_DOUBLE: 0x1005,
  MV_CURRENCY: 0x1006,
  MV_APPTIME: 0x1007,
  MV_I8: 0x1014,
  MV_STRING8: 0x101e,
  MV_UNICODE: 0x101f,
  MV_SYSTIME: 0x1040,
  MV_CLSID: 0x1048,
  MV_BINARY: 0x1102,
} as const;

/**
 * Types MAPI allows with MV_FLAG: MAPIDefS.h defines PT_MV_* only for these (docs/mapi-profiles.md §11
 * lists PT_MV_STRING8, PT_MV_UNICODE, PT_MV_BINARY, PT_MV_LONG). MV_FLAG on any other type (0x100B) is
 * not a multi-valued property, so neither side may edit or decode it as a list.
 */
export const MV_CAPABLE: ReadonlySet<number> = new Set<number>([
  PT.I2,
  PT.LONG,
  PT.R4,
  PT.DOUBLE,
  PT.CURRENCY,
  PT.APPTIME,
  PT.I8,
  PT.STRING8,
  PT.UNICODE,
  PT.SYSTIME,
  PT.CLSID,
  PT.BINARY,
]);

/** The type carries MV_FLAG over a type MAPI defines a PT_MV_* for. */
export const isMv = (ptype: number): boolean => (ptype & PT.MV_FLAG) !== 0 && MV_CAPABLE.has(ptype & ~PT.MV_FLAG);
/** The element type: MV_FLAG cleared. */
export const baseType = (ptype: number): number => ptype & ~PT.MV_FLAG;
