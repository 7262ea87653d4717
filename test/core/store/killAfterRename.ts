/**
 * Crash injection for child processes: SIGKILL this process right after its n-th `fs.renameSync`.
 * Every durable step of a commit is a rename (history record, journal, each document, the index), so
 * walking n over 1, 2, 3… kills a commit at each of its crash points in turn: deterministic, where timed
 * kills are not.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

export function killAfterRename(n: number): void {
  let count = 0;
  const real = fs.renameSync;
  fs.renameSync = ((from: fs.PathLike, to: fs.PathLike) => {
    real(from, to);
    if (++count === n) process.kill(process.pid, 'SIGKILL');
  }) as typeof fs.renameSync;
  // Named imports of node:fs (`import { renameSync } from 'node:fs'`) see the patched function too.
  syncBuiltinESMExports();
}
