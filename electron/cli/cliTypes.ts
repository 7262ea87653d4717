/** What every command gets: its arguments, the global options, the output streams and the handlers. */
import type { Handlers } from '../ipc/dispatch.js';
import type { HandlerContext } from '../ipc/handlers/context.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface GlobalOptions {
  store?: string;
  json: boolean;
  /** `--source SOURCE`: where a PROFILE named on the line is looked for. */
  source?: string;
}

export interface CommandRun {
  args: string[];
  options: GlobalOptions;
  io: CliIO;
  /** Opened lazily: `--help` and `--version` never touch the store. `mpe web` opens it as the browser mode's. */
  open(shell?: 'cli' | 'web'): { handlers: Handlers; context: HandlerContext };
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(run: CommandRun): Promise<number>;
}

/** Thrown for bad command lines; printed with the usage, exit 2. */
export class UsageError extends Error {}
