/**
 * `mpe web`: the browser mode. Starts the HTTP bridge on 127.0.0.1 at a free port over the built
 * renderer and prints the URL with this run's token; runs until interrupted.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startWebServer } from '../../ipc/web/webServer.js';
import type { Command } from '../cliTypes.js';
import { UsageError } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { EXIT } from '../exitCodes.js';

/** out/cli/mpe.js → out/renderer. */
export const builtRendererDir = (): string => resolve(import.meta.dirname, '../renderer');

export const webCommand: Command = {
  name: 'web',
  usage: 'mpe web [--store DIR] [--port N]',
  summary: 'browser mode: serve the editor on 127.0.0.1 and print its URL',
  async run({ args, io, open }) {
    const { values } = parseCommandArgs(args, { port: { type: 'string' } }, 0);
    const portArg = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(portArg) || portArg < 0 || portArg > 65535) throw new UsageError('--port takes a number from 0 to 65535');
    const rendererDir = builtRendererDir();
    if (!existsSync(join(rendererDir, 'index.html'))) {
      io.stderr(`The renderer is not built (${rendererDir}); run: npm run build\n`);
      return EXIT.usage;
    }
    const { handlers, context } = open('web');
    const server = await startWebServer({ handlers, rendererDir, port: portArg });
    io.stdout(`MAPI Profile Editor — browser mode\nStore: ${context.storeDir}\nOpen: ${server.url}\n`);
    await new Promise<void>((resolveStop) => {
      const stop = () => void server.close().then(resolveStop);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT.ok;
  },
};
