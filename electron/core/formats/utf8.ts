/** Strict UTF-8: the text, or undefined when the bytes are not valid UTF-8 (then callers try ANSI). */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
