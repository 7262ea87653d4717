/**
 * Round trip of every input a reader accepts (issue 16 §4): what it read is written back with our writer
 * and read again, and must give the same model. A writer may refuse a model with a FormatError (something
 * the format cannot carry, e.g. a REGEDIT4 string outside windows-1252): that is counted, not failed, and
 * each suite checks most accepted inputs were written. Anything else — the writer throwing another error,
 * its output not reading back, or reading back different — throws a plain Error, which the fuzz harness
 * reports as a failure with the case that caused it.
 */
import { isDeepStrictEqual } from 'node:util';
import { FormatError } from '../../electron/core/formats/formatError.js';

export interface RoundTrips {
  /** Accepted inputs written back and read again to the same model. */
  same: number;
  /** Accepted inputs whose model the writer refused with a FormatError. */
  refusedByWriter: number;
}

export const roundTrips = (): RoundTrips => ({ same: 0, refusedByWriter: 0 });

/** The first path where two values differ, for the failure message. */
function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [x, y] = [(a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]];
    if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}.${k}`);
  }
  return path;
}

export function checkRoundTrip<W, M>(stats: RoundTrips, model: M, write: (model: M) => W, read: (written: W) => M): void {
  let written: W;
  try {
    written = write(model);
  } catch (e) {
    if (e instanceof FormatError) {
      stats.refusedByWriter++;
      return;
    }
    throw new Error(`the writer threw ${e instanceof Error ? e.stack : String(e)}`);
  }
  let back: M;
  try {
    back = read(written);
  } catch (e) {
    throw new Error(`what the writer wrote does not read back: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isDeepStrictEqual(back, model)) throw new Error(`write → read changed the model at ${firstDifference(back, model)}`);
  stats.same++;
}
