const utf8Decoder = new TextDecoder();

/**
 * ASCII bytes as a string (a one-byte string in V8). ASCII is UTF-8, and V8's UTF-8 decoding is the fastest
 * native path to a string: hex digits and ASCII names go through it a batch at a time.
 */
export function decodeAscii(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes);
}

/** Strict UTF-8: the text, or undefined when the bytes are not valid UTF-8 (then callers try ANSI). */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
