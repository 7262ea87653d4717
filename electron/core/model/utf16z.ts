/**
 * NUL-terminated UTF-16LE text, the layout of PT_UNICODE values and of REG_SZ data (docs/file-formats.md
 * §3.2): both directions in one place, so that what the writer adds the reader expects.
 */
import { decodeUtf16, encodeUtf16, toHex } from './bytes.js';

/** Text → its UTF-16LE bytes and one NUL, as the lowercase hex of a ValueDoc's data. */
export const encodeUtf16z = (text: string): string => toHex(encodeUtf16(text + '\0'));

/** UTF-16LE bytes ending in one NUL → the text; `valueNoTerminator` for an odd length or a missing NUL. */
export function decodeUtf16z(data: Uint8Array): { value: string } | { error: 'valueNoTerminator' } {
  if (data.length < 2 || data.length % 2 !== 0 || data[data.length - 1] !== 0 || data[data.length - 2] !== 0) {
    return { error: 'valueNoTerminator' };
  }
  return { value: decodeUtf16(data.subarray(0, -2)) };
}
