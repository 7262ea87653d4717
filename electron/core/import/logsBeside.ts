/**
 * The transaction logs beside a hive file: NAME.LOG, NAME.LOG1 and NAME.LOG2 (docs/file-formats.md §6.4).
 * Names are matched without case — Windows names the logs of NTUSER.DAT `ntuser.dat.LOG1`, and a copy on
 * a case-sensitive file system keeps that spelling. Only regular files are read, each within the hive
 * reader's size limit.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LogInput } from '../formats/hive/logs/replayLogs.js';
import { LIMITS } from '../formats/hive/regfLayout.js';

const SUFFIXES = ['.log', '.log1', '.log2'];

/** The paths of the logs beside `hive`, in .LOG, .LOG1, .LOG2 order. */
export function logPathsBeside(hive: string): string[] {
  const dir = dirname(hive);
  const name = basename(hive).toLowerCase();
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const suffix of SUFFIXES) {
    for (const e of entries) {
      if (e.toLowerCase() !== name + suffix) continue;
      const path = join(dir, e);
      try {
        if (statSync(path).isFile()) found.push(path);
      } catch {
        // Gone between the listing and the check: not a log to apply.
      }
    }
  }
  return found;
}

/** The logs beside `hive`, read; one that vanished or is over the size limit (no hive log comes near it) is left out. */
export function logsBeside(hive: string): (LogInput & { path: string })[] {
  const logs: (LogInput & { path: string })[] = [];
  for (const path of logPathsBeside(hive)) {
    try {
      if (statSync(path).size > LIMITS.DEFAULT_MAX_BYTES) continue;
      logs.push({ path, name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
    } catch {
      // Gone or unreadable since the listing: the hive is read without it (and stays dirty if it needed it).
    }
  }
  return logs;
}
