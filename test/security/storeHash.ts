/** Byte-level fingerprints of folders and files: what "the store is unchanged" and "the source file is unchanged" mean. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** sha256 of every file under `dir` (recursively), by relative path. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = hashFile(p);
    }
  };
  walk(dir);
  return out;
}

export const hashFile = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
