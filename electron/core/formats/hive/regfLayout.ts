/**
 * The regf records as tables of named offsets and constants (hivex `lib/hivex-internal.h` style).
 *
 * Offsets inside a cell record are relative to the start of the cell's data, i.e. just after the cell's
 * int32 size field. Cell offsets stored in the file are relative to the first hbin ({@link BASE.SIZE}).
 *
 * @see docs/file-formats.md §6.1 (msuhanov/regf spec, libregf, hivex)
 */

/** Base block ("regf" header), 4096 bytes at file offset 0. */
export const BASE = {
  SIGNATURE: 0, // "regf"
  SEQ1: 4, // primary sequence number
  SEQ2: 8, // secondary sequence number
  TIMESTAMP: 12, // FILETIME
  MAJOR: 20, // = 1
  MINOR: 24, // 2..6
  FILE_TYPE: 28, // 0 = primary file; 1, 2, 6 = transaction logs
  FORMAT: 32, // 1 = direct memory load
  ROOT_CELL: 36, // cell offset of the root nk
  HBINS_SIZE: 40, // bytes of hive bins data, a multiple of 4096
  CLUSTERING: 44,
  FILE_NAME: 48, // UTF-16LE, 64 bytes
  CHECKSUM: 508, // XOR of the 127 dwords at 0..507
  CHECKSUM_DWORDS: 127,
  SIZE: 4096, // also the file offset cell offsets are relative to
  MAGIC: 'regf',
  MAJOR_VERSION: 1,
  FILE_TYPE_PRIMARY: 0,
  FORMAT_DIRECT: 1,
  /** Minor versions seen in the wild (NT 3.5 … Windows 10/11). */
  MINOR_MIN: 2,
  MINOR_MAX: 6,
} as const;

/** Hive bin header, 32 bytes; cells follow. */
export const HBIN = {
  SIGNATURE: 0, // "hbin"
  OFFSET: 4, // this bin's offset relative to the first bin
  SIZE: 8, // bin size, a multiple of 4096
  TIMESTAMP: 20, // FILETIME, first bin only
  HEADER_SIZE: 32,
  MAGIC: 'hbin',
  ALIGN: 4096,
} as const;

/** Cell: int32 size (negative = allocated, includes these 4 bytes), then the record. */
export const CELL = {
  SIZE_FIELD: 4,
  /** Smallest cell: size field + a 2-byte signature, rounded. */
  MIN_SIZE: 8,
  /** Cell sizes are multiples of 8 on Windows; hivex accepts multiples of 4, so do we. */
  ALIGN: 4,
  /** What the writer allocates: multiples of 8, as Windows and hivex do. */
  WRITE_ALIGN: 8,
  /** A cell offset meaning "none" (empty list, no class name…). */
  NONE: 0xffffffff,
} as const;

/** Key node `nk`. */
export const NK = {
  SIGNATURE: 0, // "nk"
  FLAGS: 2, // u16
  TIMESTAMP: 4, // FILETIME, last written
  ACCESS_BITS: 12,
  PARENT: 16,
  SUBKEY_COUNT: 20, // u32, stable subkeys
  VOLATILE_SUBKEY_COUNT: 24,
  SUBKEY_LIST: 28, // cell offset of lf/lh/li/ri
  VOLATILE_SUBKEY_LIST: 32,
  VALUE_COUNT: 36, // u32
  VALUE_LIST: 40, // cell offset of the value list
  SECURITY: 44,
  CLASS_NAME: 48,
  MAX_SUBKEY_NAME: 52, // u16 in bytes (UTF-16); the two bytes after it hold flags (virtualization, user, debug)
  MAX_SUBKEY_CLASS: 56,
  MAX_VALUE_NAME: 60,
  MAX_VALUE_DATA: 64,
  WORK_VAR: 68,
  NAME_LENGTH: 72, // u16, bytes
  CLASS_LENGTH: 74, // u16
  NAME: 76,
  FIXED_SIZE: 76,
  MAGIC: 'nk',
  /** KEY_COMP_NAME: the name is stored one byte per character (Latin-1), else UTF-16LE. */
  FLAG_COMP_NAME: 0x0020,
  /** KEY_HIVE_ENTRY: the root key of the hive. */
  FLAG_HIVE_ENTRY: 0x0004,
  /** Longest key name Windows accepts, in characters. */
  NAME_MAX_CHARS: 255,
} as const;

/** Value key `vk`. */
export const VK = {
  SIGNATURE: 0, // "vk"
  NAME_LENGTH: 2, // u16, bytes; 0 = the default value
  DATA_SIZE: 4, // u32; MSB set = data stored inline in DATA_OFFSET
  DATA_OFFSET: 8, // cell offset of the data, or the data itself (≤ 4 bytes)
  TYPE: 12, // u32 REG_*
  FLAGS: 16, // u16
  SPARE: 18,
  NAME: 20,
  FIXED_SIZE: 20,
  MAGIC: 'vk',
  /** VALUE_COMP_NAME: the name is stored one byte per character (Latin-1), else UTF-16LE. */
  FLAG_COMP_NAME: 0x0001,
  DATA_INLINE: 0x80000000,
  INLINE_MAX: 4,
} as const;

/** Subkey lists `li`, `lf`, `lh`, `ri`: signature, u16 count, entries. */
export const LIST = {
  SIGNATURE: 0,
  COUNT: 2, // u16
  ENTRIES: 4,
  FIXED_SIZE: 4,
  /** Entry size per list kind: li/ri hold offsets, lf/lh offset + 4-byte hint or hash. */
  ENTRY_SIZE: { li: 4, ri: 4, lf: 8, lh: 8 },
  /**
   * Most entries the writer puts in one lf/lh leaf, so that a leaf fits a 4 KB bin: (4096 − 32-byte bin
   * header − 4-byte cell size − 4-byte list header) / 8 (Windows' CM_MAX_FAST_LEAF_SIZE); longer lists are
   * split into leaves under an `ri` root.
   */
  LEAF_MAX: 507,
  /** An `ri` root or leaf counts its entries in a u16. */
  COUNT_MAX: 0xffff,
  /** lh (hashes) is written from minor version 5 on; before, lf (4-character hints). */
  LH_FROM_MINOR: 5,
} as const;

export type ListKind = keyof typeof LIST.ENTRY_SIZE;

/** Security `sk`: one descriptor shared by every key whose nk SECURITY points at it. */
export const SK = {
  SIGNATURE: 0, // "sk"
  RESERVED: 2,
  FLINK: 4, // cell offset of the next sk of the hive's doubly linked list
  BLINK: 8, // cell offset of the previous one
  REFCOUNT: 12, // u32: how many nk records point here
  DESCRIPTOR_SIZE: 16,
  DESCRIPTOR: 20,
  FIXED_SIZE: 20,
  MAGIC: 'sk',
} as const;

/** Big data `db` (format ≥ 1.4): segment count + offset of a list of segment cells. */
export const DB = {
  SIGNATURE: 0, // "db"
  COUNT: 2, // u16 segments
  SEGMENT_LIST: 4, // cell offset of an array of u32 segment cell offsets
  FIXED_SIZE: 8,
  MAGIC: 'db',
  /** Each segment holds up to this many bytes of the value (the last one: what remains). */
  SEGMENT_MAX: 16344,
  /** Big data exists from minor version 4 on (earlier hives keep any value in one cell). */
  FROM_MINOR: 4,
} as const;

/** Value list: an array of u32 vk cell offsets, `nk.VALUE_COUNT` long. */
export const VALUE_LIST = { ENTRY_SIZE: 4 } as const;

/** Hard caps, applied before anything is allocated or followed. */
export const LIMITS = {
  /** Key nesting depth (Windows allows 512 levels). */
  MAX_DEPTH: 512,
  /** Default `openHive` size limit. */
  DEFAULT_MAX_BYTES: 1 << 30,
  /**
   * Value names and data one open hive may hand out: READ_FACTOR × its bins + READ_SLACK. A full walk of a
   * sound hive reads each value's cells once (less than 1×); the slack covers small hives read repeatedly.
   */
  READ_FACTOR: 2,
  READ_SLACK: 16 << 20,
  /** Smallest possible nk cell (size field + fixed part), to bound subkey counts by the file size. */
  MIN_NK_CELL: 4 + 76,
} as const;
