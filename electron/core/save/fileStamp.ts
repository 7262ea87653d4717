/**
 * What a save remembers of a `.reg` file between an open and the next save (shared/source.ts FileOutside):
 * its stamp (size, modification time in nanoseconds) and the keys it holds outside its profiles. While the
 * stamp is the same, those keys are what the file still holds, and the save writes them back without
 * reading and parsing the whole file again — for a 1,000-profile export that read was a sixth of `mpe
 * save` (issue #19 §3). Any other stamp, or none, and the save reads the file as before.
 *
 * A file system whose times are coarse (FAT keeps 2 s) could let a change of the same size within that
 * window pass for no change; NTFS, ext4, APFS keep 100 ns or better.
 */
import { statSync } from 'node:fs';
import type { FileOutside, FileStamp } from '../../../shared/source.js';
import type { RegKey } from '../formats/registry.js';

/** Keys kept in the store only up to this many characters of names and hex: a whole-registry export
 *  would otherwise be copied into saved.json; beyond it, the save reads the file. */
export const OUTSIDE_LIMIT = 1 << 20;

/** The file's stamp now; undefined when it cannot be read (gone, no access). Taken before reading a file. */
export function stampOf(path: string): FileStamp | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return { size: Number(s.size), mtimeNs: s.mtimeNs.toString() };
  } catch {
    return undefined;
  }
}

export const sameStamp = (a: FileStamp, b: FileStamp | undefined): boolean =>
  b !== undefined && a.size === b.size && a.mtimeNs === b.mtimeNs;

/** What to remember of a file: undefined without a stamp, or when its keys outside profiles are too many. */
export function outsideOf(stamp: FileStamp | undefined, keys: readonly RegKey[]): FileOutside | undefined {
  if (!stamp) return undefined;
  let size = 0;
  for (const k of keys) {
    size += k.path.length;
    for (const v of k.values) size += v.name.length + v.data.length;
    if (size > OUTSIDE_LIMIT) return undefined;
  }
  return { stamp, keys: keys.map((k) => ({ path: k.path, values: k.values.map((v) => ({ ...v })) })) };
}
