/**
 * Files opened recently, newest first, at most RECENT_FILES_MAX. Recorded only from paths the main
 * process or the command line opened themselves (native Open dialog, `mpe import`), never from a path
 * the window sent; the window gets opaque ids.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { RECENT_FILES_MAX, type RecentFile } from '../../../shared/session.js';
import { readJsonFile, writeJsonFile } from './jsonFile.js';

const Entry = z.object({ path: z.string(), openedAt: z.string(), profileCount: z.number().int() });
type Entry = z.infer<typeof Entry>;
const Entries = z.array(Entry);

/** Windows paths compare without case, as its file system does. */
const samePath = (a: string, b: string) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
const idOf = (path: string) => createHash('sha256').update(path).digest('hex').slice(0, 32);

export class RecentFiles {
  private readonly file: string;

  constructor(dir: string) {
    this.file = join(dir, 'recent-files.json');
  }

  list(): RecentFile[] {
    return this.entries().map((e) => ({
      id: idOf(e.path),
      name: basename(e.path),
      path: e.path,
      openedAt: e.openedAt,
      profileCount: e.profileCount,
      exists: existsSync(e.path),
    }));
  }

  /** The path behind an id from list(), or undefined when it is no longer listed. */
  pathOf(id: string): string | undefined {
    return this.entries().find((e) => idOf(e.path) === id)?.path;
  }

  add(path: string, profileCount: number, at = new Date()): void {
    const full = resolve(path);
    const rest = this.entries().filter((e) => !samePath(e.path, full));
    writeJsonFile(this.file, [{ path: full, openedAt: at.toISOString(), profileCount }, ...rest].slice(0, RECENT_FILES_MAX));
  }

  clear(): void {
    writeJsonFile(this.file, []);
  }

  private entries(): Entry[] {
    return readJsonFile(this.file, Entries, []);
  }
}
