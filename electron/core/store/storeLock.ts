/**
 * One writer at a time across processes (the app, a second window, `mpe`): a lock file created with
 * O_EXCL holding the owner's pid. A lock whose pid no longer runs is stale and is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../../../shared/errors.js';

const WAIT_MS = 5000;

export function withLock<R>(path: string, fn: () => R): R {
  acquire(path);
  try {
    return fn();
  } finally {
    rmSync(path, { force: true });
  }
}

function acquire(path: string): void {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (isStale(path)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new AppError('E_STORE', 'storeBusy', { path });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
}

function isStale(path: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
