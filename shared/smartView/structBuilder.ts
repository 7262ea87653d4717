/**
 * Builds one SmartStruct while a parser reads it: each field records the bytes it came from; the first
 * field that does not fit stops the structure (later reads are skipped), and whatever is left in the
 * window is shown as hex, so a short or damaged value still shows every byte.
 * @internal
 */
import { type ByteReader, toHex } from './byteReader.js';
import type { SmartFieldKey, SmartItem, SmartStruct, SmartStructKey } from './types.js';

export class StructBuilder {
  readonly items: SmartItem[] = [];
  private failed = false;
  readonly start: number;

  constructor(
    readonly r: ByteReader,
    readonly struct: SmartStructKey,
  ) {
    this.start = r.offset;
  }

  get ok(): boolean {
    return !this.failed;
  }

  /** Reads one field; null (and the structure marked incomplete) when it does not fit. */
  field<T>(key: SmartFieldKey, read: (r: ByteReader) => T | null, text: (v: T) => string, uid?: (v: T) => string): T | null {
    if (this.failed) return null;
    const from = this.r.offset;
    const v = read(this.r);
    if (v === null) {
      this.failed = true;
      this.r.seek(from);
      return null;
    }
    this.items.push({ field: key, offset: from, size: this.r.offset - from, text: text(v), ...(uid ? { uid: uid(v) } : {}) });
    return v;
  }

  /** Adds a nested structure already read (its own completeness carries up). */
  child(s: SmartStruct | null, complete: boolean): void {
    if (s) this.items.push(s);
    if (!complete) this.failed = true;
  }

  /** Marks the structure incomplete without a field (a count or offset that points outside it). */
  fail(): void {
    this.failed = true;
  }

  /** The remaining bytes of the window as one hex field (`unparsed`, or `key` for declared opaque data). */
  rest(key: SmartFieldKey = 'unparsed'): void {
    const n = this.r.remaining;
    if (n <= 0) return;
    const from = this.r.offset;
    const bytes = this.r.take(n)!;
    this.items.push({ field: key, offset: from, size: n, text: toHex(bytes) });
  }

  done(): { struct: SmartStruct; complete: boolean } {
    const complete = !this.failed;
    if (this.failed) this.rest();
    return { struct: { struct: this.struct, offset: this.start, size: this.r.offset - this.start, items: this.items }, complete };
  }
}

export const hex32 = (n: number): string => '0x' + (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
export const hex8 = (n: number): string => '0x' + n.toString(16).toUpperCase().padStart(2, '0');
/** `0x0000000C = OPENSTORE_HOME_LOGON | OPENSTORE_TAKE_OWNERSHIP`, or the number alone when no name applies. */
export const named = (n: number, names: readonly string[] | string | undefined, width: 2 | 8 = 8): string => {
  const list = names === undefined ? [] : typeof names === 'string' ? [names] : names;
  const num = width === 2 ? hex8(n) : hex32(n);
  return list.length ? `${num} = ${list.join(' | ')}` : num;
};
