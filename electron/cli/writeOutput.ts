/** Output files are written whole or not at all (temp file + rename), like the store's documents. */
import { renameSync, writeFileSync } from 'node:fs';

export function writeFileAtomicBytes(path: string, bytes: Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}
