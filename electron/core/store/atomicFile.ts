/**
 * Durable file writes: write a temp file, fsync it, rename it over the target, fsync the folder. A
 * reader sees the old file or the new one, never half of either (POSIX rename is atomic; on Windows
 * fs.renameSync replaces the file with MoveFileEx semantics).
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  syncDir(dirname(path));
}

export function removeFile(path: string): void {
  rmSync(path, { force: true });
}

/** Makes a rename or unlink durable. Folders cannot be opened for fsync on Windows: skipped there. */
export function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
