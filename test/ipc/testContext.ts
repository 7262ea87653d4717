/** Real handlers over a real store in a fresh temp dir. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/ipc/handlers/index.js';
import { openContext } from '../../electron/ipc/handlers/context.js';

export function realHandlers(shell: 'electron' | 'web' = 'web') {
  const storeDir = mkdtempSync(join(tmpdir(), 'mpe-test-'));
  const context = openContext({ shell, storeDir });
  return { storeDir, context, handlers: createHandlers(context) };
}
