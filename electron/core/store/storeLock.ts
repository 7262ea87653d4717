/**
 * One writer at a time across processes (the app, a second window, `mpe`): a lock file created with
 * O_EXCL holding `<pid> <nonce>`. A lock whose pid no longer runs is stale and is taken over.
 *
 * Taking over is careful about two waiters that both saw the same dead holder: the stale file is first
 * renamed to a name of our own (only one rename of it can succeed), and deleted only if it still is the
 * dead holder's file; had we grabbed a live lock instead, it is linked back. Release removes the file
 * only while it is still ours. A file with no content yet is a lock being created, not a stale one,
 * until it is a second old.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { AppError } from '../../../shared/errors.js';

const WAIT_MS = 5000;
const EMPTY_GRACE_MS = 1000;

export function withLock<R>(path: string, fn: () => R): R {
  const token = acquire(path);
  try {
    return fn();
  } finally {
    release(path, token);
  }
}

function acquire(path: string): string {
  const token = `${process.pid} ${randomBytes(8).toString('hex')}`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, token);
      } finally {
        closeSync(fd);
      }
      return token;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const held = read(path);
    if (held !== undefined && isStale(path, held)) {
      takeOver(path, held);
      continue;
    }
    if (Date.now() > deadline) throw new AppError('E_STORE', 'storeBusy', { path });
    // A little jitter, so waiters do not wake in lockstep behind a busy writer.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + Math.floor(Math.random() * 20));
  }
}

function release(path: string, token: string): void {
  if (read(path) === token) rmSync(path, { force: true });
}

function takeOver(path: string, stale: string): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it first
  }
  if (read(aside) !== stale) {
    try {
      linkSync(aside, path); // a live lock: put it back (fails harmlessly if a new one exists)
    } catch {
      /* the path was taken meanwhile */
    }
  }
  rmSync(aside, { force: true });
}

function isStale(path: string, content: string): boolean {
  if (content === '') return ageMs(path) > EMPTY_GRACE_MS;
  const pid = Number(content.split(' ')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
