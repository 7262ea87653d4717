/** A command's own flags and positionals, strictly: an unknown flag or a wrong count is a usage error. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { UsageError } from './cliTypes.js';

export function parseCommandArgs<O extends OptionsConfig>(
  args: string[],
  options: O,
  minPositionals: number,
  maxPositionals = minPositionals,
) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const n = parsed.positionals.length;
  if (n < minPositionals || n > maxPositionals) {
    throw new UsageError(n < minPositionals ? 'missing arguments' : `unexpected argument: ${parsed.positionals[maxPositionals]}`);
  }
  return parsed;
}
