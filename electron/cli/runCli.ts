/**
 * `mpe`: parses the global options (`--store DIR`, `--json`, `--help`, `--version`, anywhere on the
 * line), picks the command and runs it over the same handlers the app uses. Returns the exit code;
 * never calls process.exit, so tests run it in-process.
 */
import pkg from '../../package.json' with { type: 'json' };
import { createHandlers } from '../ipc/handlers/index.js';
import { openContext, type HandlerContext } from '../ipc/handlers/context.js';
import type { Handlers } from '../ipc/dispatch.js';
import { resolveStoreDir } from '../core/storeLocation.js';
import { COMMANDS } from './commands/index.js';
import { UsageError, type CliIO, type GlobalOptions } from './cliTypes.js';
import { EXIT } from './exitCodes.js';
import { errorLine, exitCodeOf } from './printEnvelope.js';
import { toAppError } from '../ipc/dispatch.js';

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    `mpe ${pkg.version} — MAPI Profile Editor command line`,
    '',
    'Usage: mpe [--store DIR] [--json] COMMAND [ARGS]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    "  --store DIR   use the store in DIR (default: $MPE_STORE, else the app's own store)",
    '  --source SRC  look PROFILE names up in that open file or source (its name or path); or write SRC:NAME',
    '  --json        machine-readable output on stdout',
    '  --help        this help',
    '  --version     the version',
    '',
    'Exit codes: 0 done, 1 lint found errors, 2 usage, 3 MAPI error, 4 unreadable input file.',
    '',
  ].join('\n');
}

function splitGlobals(argv: string[]): { options: GlobalOptions & { help: boolean; version: boolean }; rest: string[] } {
  const options = {
    json: false,
    help: false,
    version: false,
    store: undefined as string | undefined,
    source: undefined as string | undefined,
  };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') options.json = true;
    else if (a === '--help' || a === '-h') options.help = true;
    else if (a === '--version' || a === '-v') options.version = true;
    else if (a === '--store') {
      const dir = argv[++i];
      if (dir === undefined) throw new UsageError('--store needs a directory');
      options.store = dir;
    } else if (a.startsWith('--store=')) options.store = a.slice('--store='.length);
    else if (a === '--source') {
      const source = argv[++i];
      if (source === undefined) throw new UsageError('--source needs a file name or path');
      options.source = source;
    } else if (a.startsWith('--source=')) options.source = a.slice('--source='.length);
    else rest.push(a);
  }
  return { options, rest };
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const { options, rest } = splitGlobals(argv);
    if (options.version) {
      io.stdout(pkg.version + '\n');
      return EXIT.ok;
    }
    const [name, ...args] = rest;
    if (options.help || name === undefined || name === 'help') {
      io.stdout(helpText());
      return name === undefined && !options.help ? EXIT.usage : EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command: ${name}`);
    let opened: { handlers: Handlers; context: HandlerContext } | undefined;
    // One context per run: an `mpe` command's own ('cli'), or the browser mode's when `mpe web` serves a window.
    const open = (shell: 'cli' | 'web' = 'cli') => {
      if (!opened) {
        const context = openContext({ shell, storeDir: resolveStoreDir(options.store, io.env) });
        opened = { context, handlers: createHandlers(context) };
      }
      return opened;
    };
    try {
      return await command.run({ args, options, io, open });
    } catch (e) {
      if (e instanceof UsageError) throw new UsageError(`${e.message}\nUsage: ${command.usage}`);
      throw e;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`mpe: ${e.message}\nRun 'mpe --help' for the commands.\n`);
      return EXIT.usage;
    }
    const error = toAppError(e).toShape();
    io.stderr(errorLine(error) + '\n');
    return exitCodeOf(error);
  }
}
