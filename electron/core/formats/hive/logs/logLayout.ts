/**
 * The transaction log records (docs/file-formats.md §6.4, msuhanov/regf "Format of transaction log files") as
 * tables of named offsets and constants, like the primary file's in ../regfLayout.ts.
 */

/** A log's first sector: a partial copy of the hive's base block (the fields of BASE below 512). */
export const LOG_BASE = {
  /** Only the first 512 bytes of the base block are copied (clustering factor 1, as of Windows 8 always). */
  SIZE: 512,
  /** File type of an old-format log (Windows XP on; 2 in NT up to Windows 2000) and of a new-format one. */
  FILE_TYPE_OLD: 1,
  FILE_TYPE_OLD_NT: 2,
  FILE_TYPE_NEW: 6,
  /** The base block's Flags (Windows Vista on); only bit 0 (KTM locked) travels in log entries. */
  FLAGS: 144,
  FLAG_KTM_LOCKED: 0x1,
} as const;

/** New format: log entries `HvLE`, from offset 512, each at a multiple of 512 bytes. */
export const HVLE = {
  SIGNATURE: 0, // "HvLE"
  SIZE: 4, // u32, bytes of this entry, a multiple of 512
  FLAGS: 8, // u32, bit 0 = the base block's KTM-locked flag
  SEQUENCE: 12, // u32, the base block's sequence numbers once this entry is applied
  HBINS_SIZE: 16, // u32, the hive bins data size once this entry is applied
  PAGE_COUNT: 20, // u32, dirty pages of this entry
  HASH1: 24, // u64 Marvin32 of bytes 40..SIZE
  HASH2: 32, // u64 Marvin32 of bytes 0..32 (HASH1 included)
  PAGE_REFS: 40, // PAGE_COUNT × {u32 offset relative to the bins, u32 size}, then the pages' bytes
  HEADER_SIZE: 40,
  HASH2_LENGTH: 32,
  REF_SIZE: 8,
  REF_OFFSET: 0,
  REF_SIZE_FIELD: 4,
  ALIGN: 512,
  MAGIC: 'HvLE',
} as const;

/** Old format: the dirty vector `DIRT` at 512, its bitmap (one bit per 512-byte page of the bins), then the pages. */
export const DIRT = {
  AT: 512,
  SIGNATURE: 0, // "DIRT"
  BITMAP: 4,
  MAGIC: 'DIRT',
  /** Bytes of bins data each bit stands for, and the size of each page stored after the vector. */
  PAGE: 512,
  /** Pages are stored from the sector after the vector. */
  SECTOR: 512,
} as const;

/** Windows grows and checks hives in bins of this size (a dirty hive bin must be at least this big). */
export const BIN_ALIGN = 4096;
