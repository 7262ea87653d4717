/**
 * Small convenience files beside the store (window state, recent files): read leniently — a missing or
 * damaged file is an empty one, since losing a panel width must never stop the editor — and written
 * atomically, so a crash leaves the old file or the new one.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { writeFileAtomic } from '../store/atomicFile.js';

export function readJsonFile<S extends z.ZodType>(path: string, schema: S, empty: z.output<S>): z.output<S> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return empty;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}

export function writeJsonFile(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
