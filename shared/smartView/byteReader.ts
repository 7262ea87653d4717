/**
 * A bounded little-endian reader for Smart View's parsers: every read checks the bytes it needs against
 * the end first and answers `null` instead of reading past it, so a parser can stop at the first short
 * field and show what is left as hex. Nothing here throws.
 *
 * @example const r = new ByteReader(bytes); const flags = r.u32(); // null when fewer than 4 bytes remain
 */
export class ByteReader {
  private at: number;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    /** One past the last byte this reader may read (a nested structure reads a window of its parent). */
    readonly end = bytes.length,
  ) {
    this.at = Math.min(Math.max(0, start), end);
  }

  get offset(): number {
    return this.at;
  }

  get remaining(): number {
    return this.end - this.at;
  }

  /** Moves to `offset` when it lies inside the window; false (and no move) otherwise. */
  seek(offset: number): boolean {
    if (offset < 0 || offset > this.end) return false;
    this.at = offset;
    return true;
  }

  u8(): number | null {
    if (this.remaining < 1) return null;
    return this.bytes[this.at++]!;
  }

  u16(): number | null {
    if (this.remaining < 2) return null;
    const v = this.bytes[this.at]! | (this.bytes[this.at + 1]! << 8);
    this.at += 2;
    return v;
  }

  u32(): number | null {
    if (this.remaining < 4) return null;
    const b = this.bytes;
    const v = (b[this.at]! | (b[this.at + 1]! << 8) | (b[this.at + 2]! << 16) | (b[this.at + 3]! << 24)) >>> 0;
    this.at += 4;
    return v;
  }

  /** The next 4 bytes as a u32 without moving (a magic number that decides what follows). */
  peekU32(): number | null {
    const from = this.at;
    const v = this.u32();
    this.at = from;
    return v;
  }

  take(n: number): Uint8Array | null {
    if (n < 0 || this.remaining < n) return null;
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  /** 16 bytes as 32 lowercase hex digits, in byte order (how MAPIUIDs are written, docs/mapi-profiles.md §12). */
  uid(): string | null {
    const b = this.take(16);
    return b ? toHex(b) : null;
  }

  /**
   * A NUL-terminated 8-bit string (windows-1252, the ANSI code page of MAPI's `CHAR` fields); the NUL must
   * lie inside the window, else null (an unterminated string is not guessed at).
   */
  stringA(): string | null {
    let nul = this.at;
    while (nul < this.end && this.bytes[nul] !== 0) nul++;
    if (nul >= this.end) return null;
    const text = decode('windows-1252', this.bytes.subarray(this.at, nul));
    this.at = nul + 1;
    return text;
  }

  /** A NUL-terminated UTF-16LE string (a `WCHAR` field); the 2-byte NUL must lie inside the window. */
  stringW(): string | null {
    let nul = this.at;
    while (nul + 1 < this.end && (this.bytes[nul] !== 0 || this.bytes[nul + 1] !== 0)) nul += 2;
    if (nul + 1 >= this.end) return null;
    const text = decode('utf-16le', this.bytes.subarray(this.at, nul));
    this.at = nul + 2;
    return text;
  }

  /** Skips to the next multiple of 4 from the window's first byte; null when that is past the end. */
  align4(origin = 0): Uint8Array | null {
    const pad = (4 - ((this.at - origin) % 4)) % 4;
    return this.take(pad);
  }
}

const decoders = new Map<string, TextDecoder>();
function decode(encoding: string, bytes: Uint8Array): string {
  let d = decoders.get(encoding);
  if (!d) decoders.set(encoding, (d = new TextDecoder(encoding)));
  return d.decode(bytes);
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += (b < 16 ? '0' : '') + b.toString(16);
  return s;
}

/** Lowercase hex (as values cross IPC) → bytes; null for odd length or a non-hex digit. */
export function fromHexText(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
