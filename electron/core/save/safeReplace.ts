/**
 * The one way a save replaces a user's file (DESIGN.md "Saving"), whatever its format:
 *
 *   write NAME.tmp → flush → verify (read back byte for byte against what was written, and what was written
 *   read by our reader and compared with what was meant) → backup (a copy: NAME.bak, or NAME.<time>.bak when
 *   that exists) → rename NAME.tmp over NAME
 *
 * A failure at any step before the rename leaves NAME byte for byte as it was, removes NAME.tmp, and says
 * which step failed; the rename itself is atomic (POSIX rename, MoveFileEx on Windows). The backup is a
 * copy, never the original moved away, so no step leaves NAME missing. A file that does not exist yet
 * (Save as) has nothing to back up. Hives (saveHiveFile.ts) and text files (saveSource.ts) both save here.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { FormatError } from '../formats/formatError.js';

export type SaveStep = 'read' | 'write' | 'flush' | 'verify' | 'backup' | 'rename' | 'logs';

/** The file operations a save uses (node:fs by default); tests pass one that fails at a chosen step. */
export interface SaveIo {
  readFile(path: string): Uint8Array;
  /** Reads the file back and compares it with `bytes`: the offset of the first byte that differs (its
   *  length when one is a prefix of the other), or -1 when the file holds exactly `bytes`. */
  compareFile(path: string, bytes: Uint8Array): number;
  /** Opens for writing without changing anything: throws when the file is locked or read-only. */
  probeWritable(path: string): void;
  writeFile(path: string, bytes: Uint8Array): void;
  flush(path: string): void;
  copyFile(from: string, to: string): void;
  rename(from: string, to: string): void;
  exists(path: string): boolean;
  remove(path: string): void;
  size(path: string): number;
}

export const nodeIo: SaveIo = {
  readFile: (p) => new Uint8Array(nodeFs.readFileSync(p)),
  compareFile,
  probeWritable: (p) => nodeFs.closeSync(nodeFs.openSync(p, 'r+')),
  writeFile: (p, b) => nodeFs.writeFileSync(p, b),
  flush: (p) => {
    const fd = nodeFs.openSync(p, 'r+');
    try {
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
  },
  copyFile: (a, b) => nodeFs.copyFileSync(a, b, nodeFs.constants.COPYFILE_EXCL),
  rename: (a, b) => nodeFs.renameSync(a, b),
  exists: (p) => nodeFs.existsSync(p),
  remove: (p) => nodeFs.rmSync(p, { force: true }),
  size: (p) => nodeFs.statSync(p).size,
};

/** Size of the chunks `compareFile` reads into one buffer: a whole 40 MB file read at once costs a fresh
 *  40 MB allocation, which on a virtual machine's page faults took as long as parsing it. */
const COMPARE_CHUNK = 1 << 20;

function compareFile(path: string, bytes: Uint8Array): number {
  const fd = nodeFs.openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(COMPARE_CHUNK);
    for (let at = 0; ;) {
      const n = nodeFs.readSync(fd, chunk, 0, COMPARE_CHUNK, at);
      if (n === 0) return at === bytes.length ? -1 : at;
      const want = bytes.subarray(at, at + n);
      if (want.length < n || !chunk.subarray(0, n).equals(want)) return at + firstDifference(chunk.subarray(0, n), want);
      at += n;
    }
  } finally {
    nodeFs.closeSync(fd);
  }
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

/** Runs one step; anything it throws that is not already ours becomes "failed at step X (why)". */
export function saveStep<T>(name: string, s: SaveStep, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof FormatError) throw e.toAppError(name);
    throw new AppError('E_IO', 'hiveSaveStep', { file: name, step: s, cause: causeOf(e) });
  }
}

export interface ReplaceOptions {
  io?: SaveIo;
  now?: Date;
}

/**
 * Replaces `file` with `bytes` through the steps above. NAME.tmp is read back and must hold exactly
 * `bytes`; `verify` gets those bytes (the file's content, proven equal) and throws (an AppError saying
 * what differs) when our reader does not find in them what was meant. Returns the backup's path (none
 * when the file did not exist).
 */
export function replaceFile(
  file: string,
  bytes: Uint8Array,
  verify: (written: Uint8Array) => void,
  opts: ReplaceOptions = {},
): { backup?: string } {
  const io = opts.io ?? nodeIo;
  const now = opts.now ?? new Date();
  const name = basename(file);
  const existed = io.exists(file);
  const tmp = file + '.tmp';
  let backup: string | undefined;
  try {
    saveStep(name, 'write', () => io.writeFile(tmp, bytes));
    saveStep(name, 'flush', () => io.flush(tmp));
    saveStep(name, 'verify', () => {
      const differs = io.compareFile(tmp, bytes);
      if (differs >= 0)
        throw new AppError('E_IO', 'hiveSaveVerify', { file: name, detail: `the file read back differs at byte ${differs}` });
      verify(bytes);
    });
    if (existed) backup = saveStep(name, 'backup', () => backUp(io, file, now));
    saveStep(name, 'rename', () => io.rename(tmp, file));
  } catch (e) {
    io.remove(tmp);
    throw e;
  }
  return backup === undefined ? {} : { backup };
}

/** Copies `file` to NAME.bak, or NAME.YYYYMMDD-HHMMSS.bak when NAME.bak exists; returns the backup's path. */
export function backUp(io: SaveIo, file: string, now: Date): string {
  let backup = file + '.bak';
  if (io.exists(backup)) {
    const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    backup = join(dirname(file), `${basename(file)}.${stamp}.bak`);
    for (let n = 2; io.exists(backup); n++) backup = join(dirname(file), `${basename(file)}.${stamp}-${n}.bak`);
  }
  io.copyFile(file, backup);
  io.flush(backup);
  return backup;
}

export const causeOf = (e: unknown): string => {
  if (e instanceof AppError || e instanceof FormatError) return e.message;
  if (e instanceof Error) return (e as NodeJS.ErrnoException).code ? `${(e as NodeJS.ErrnoException).code}: ${e.message}` : e.message;
  return String(e);
};
