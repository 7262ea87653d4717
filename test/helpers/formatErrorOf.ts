import { FormatError } from '../../electron/core/formats/formatError.js';

/** The FormatError `f` throws; any other outcome fails the test. */
export function formatErrorOf(f: () => unknown): FormatError {
  try {
    f();
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error('expected a FormatError');
}
