/**
 * The hex of a file's values, written digit by digit one value after the other into one buffer; every
 * value's `hex` is a slice of one string made per batch of digits.
 *
 * Performance (test/bench, .reg import of 1,000 profiles, 150,000 values): a `.reg` file already holds
 * the hex, so the reader copies the digits (lower-cased) instead of building a byte array per value and
 * hexing it again; one TextDecoder call turns up to 1 MB of digits into a string, and V8 shares the
 * characters of a slice of 13 characters or more instead of copying them. A slice keeps its batch's
 * string alive as long as it lives — as the stored document does.
 */
import { HEX_DIGITS } from '../hex.js';
import type { RegValue } from '../registry.js';
import { decodeAscii } from '../utf8.js';

const FIRST_BYTES = 16 * 1024;
const BATCH_BYTES = 1024 * 1024;

export class HexBatch {
  /** The buffer; the value being written is `digits[start..length)`. */
  digits = new Uint8Array(FIRST_BYTES);
  length = 0;
  private start = 0;
  /** Finished values waiting for their hex, and where each one's digits end. */
  private readonly waiting: RegValue[] = [];
  private readonly ends: number[] = [];

  /** Starts a new value, dropping any digits written since the last finish(). */
  reset(): void {
    this.length = this.start;
  }

  /**
   * Makes room for `n` more digits of the current value, so that callers can write `digits[length++]`
   * without a check each. The buffer doubles up to 1 MB (small files stay small); a full 1 MB buffer
   * hands out its finished values' hex and starts again, keeping the current value's digits.
   */
  reserve(n: number): void {
    if (this.length + n <= this.digits.length) return;
    if (this.digits.length >= BATCH_BYTES) this.flush();
    if (this.length + n <= this.digits.length) return;
    const grown = new Uint8Array(Math.max(Math.min(BATCH_BYTES, 2 * this.digits.length), 2 * (this.length + n)));
    grown.set(this.digits.subarray(0, this.length));
    this.digits = grown;
  }

  /** Appends the two digits of a byte; room must have been reserved. */
  byte(b: number): void {
    this.digits[this.length++] = HEX_DIGITS[b >> 4]!;
    this.digits[this.length++] = HEX_DIGITS[b & 15]!;
  }

  /** Appends a UTF-16LE code unit (4 digits); room must have been reserved. */
  unit(u: number): void {
    this.byte(u & 0xff);
    this.byte(u >> 8);
  }

  /** The digits of the value being written, as a string. */
  current(): string {
    return decodeAscii(this.digits.subarray(this.start, this.length));
  }

  /** The current value is complete: `value.data` gets its digits at the next flush(). */
  finish(value: RegValue): void {
    this.waiting.push(value);
    this.ends.push(this.length);
    this.start = this.length;
  }

  /** Gives every finished value its hex. The current value's digits move to the front of the buffer. */
  flush(): void {
    const text = decodeAscii(this.digits.subarray(0, this.start));
    let from = 0;
    for (let i = 0; i < this.waiting.length; i++) {
      const to = this.ends[i]!;
      this.waiting[i]!.data = text.slice(from, to);
      from = to;
    }
    this.waiting.length = 0;
    this.ends.length = 0;
    this.digits.copyWithin(0, this.start, this.length);
    this.length -= this.start;
    this.start = 0;
  }
}
