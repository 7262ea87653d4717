/**
 * The registry as every format reader produces it and every writer consumes it: keys with full paths
 * (`HKEY_CURRENT_USER\Software\…`) and typed values holding their exact bytes.
 *
 * Values keep the bytes the registry holds (REG_SZ as UTF-16LE with its NUL, REG_DWORD as 4 LE bytes),
 * so that a value nobody edited is written back byte for byte (docs/file-formats.md §3, §4).
 *
 * Those bytes are carried as lowercase hex, and a RegValue has the very shape of a stored value
 * (shared/profileDoc.ts `ValueDoc`): from file to store a value is written as hex once, by the reader, never
 * goes through a byte array, and the same object ends up in the profile. Performance (test/bench, .reg
 * import of 1,000 profiles): building a byte array per value and then its hex was ≈ 40 ms of a ≈ 150 ms
 * parse (a `.reg` file already holds the hex); copying each value into a ValueDoc, ≈ 12% of the import.
 */

/** Registry value types (winnt.h REG_*). `.reg` files may carry any 32-bit type as `hex(N):`. */
export const RegType = {
  NONE: 0,
  SZ: 1,
  EXPAND_SZ: 2,
  BINARY: 3,
  DWORD: 4,
  DWORD_BIG_ENDIAN: 5,
  LINK: 6,
  MULTI_SZ: 7,
  RESOURCE_LIST: 8,
  FULL_RESOURCE_DESCRIPTOR: 9,
  RESOURCE_REQUIREMENTS_LIST: 10,
  QWORD: 11,
} as const;

/** One value. `name` is '' for the default value (`@` in a .reg file). */
export interface RegValue {
  name: string;
  /** The registry type, an unsigned 32-bit number. */
  type: number;
  /** The data's bytes as lowercase hex (two digits a byte, even length); `fromHex` (formats/hex.ts) reads it. */
  data: string;
}

/** One key with its values, in the order they were read. `path` is the full path, root included. */
export interface RegKey {
  path: string;
  values: RegValue[];
}

/** A set of keys, plus the deletions a .reg file asks for (`[-KEY]`, `"name"=-`), applied when merging. */
export interface RegSnapshot {
  keys: RegKey[];
  deletedKeys: string[];
  deletedValues: { path: string; name: string }[];
}

/** Registry paths compare case-insensitively (docs/file-formats.md §2.1). */
export function samePath(a: string, b: string): boolean {
  return a.length === b.length && a.toLowerCase() === b.toLowerCase();
}
