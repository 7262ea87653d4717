/**
 * Turns a handler's envelope into output and an exit code, the same way for every command:
 * `--json` prints the value as JSON; errors go to stderr as `CODE (0xHRESULT): sentence`.
 */
import type { Envelope } from '../../shared/contract.js';
import type { ErrorShape } from '../../shared/errors.js';
import { formatHresult } from '../../shared/mapi/errors.js';
import type { CliIO } from './cliTypes.js';
import { EXIT } from './exitCodes.js';

export function errorLine(error: ErrorShape): string {
  // An unreadable file is printed as the parser located it: `FILE:LINE: sentence` (DESIGN.md).
  if (error.code === 'E_FORMAT') return error.message;
  const hresult = error.hresult !== undefined ? ` (${formatHresult(error.hresult)})` : '';
  return `${error.code}${hresult}: ${error.message}`;
}

export function exitCodeOf(error: ErrorShape): number {
  if (error.code === 'E_FORMAT') return EXIT.badInput;
  if (error.code === 'E_INVALID_REQUEST') return EXIT.usage;
  return EXIT.mapiError;
}

/** Prints the value (JSON or through `human`) or the error; returns the exit code. */
export function printEnvelope<T>(io: CliIO, json: boolean, envelope: Envelope<T>, human: (value: T) => string): number {
  if (!envelope.ok) {
    if (json) io.stdout(JSON.stringify({ error: envelope.error }, null, 2) + '\n');
    io.stderr(errorLine(envelope.error) + '\n');
    return exitCodeOf(envelope.error);
  }
  io.stdout(json ? JSON.stringify(withoutChange(envelope.value), null, 2) + '\n' : human(envelope.value));
  return EXIT.ok;
}

/**
 * What a change answers for the window to apply (contract.ts `Change`: summaries, a whole profile view) is
 * not the command line's output: `--json` prints what the command did, as before answers carried it.
 */
function withoutChange(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('change' in value)) return value;
  const { change: _change, ...rest } = value as Record<string, unknown>;
  return rest;
}
