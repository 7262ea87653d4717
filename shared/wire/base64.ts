/**
 * Base64 for file bytes on the browser mode's HTTP bridge (wireCodec.ts), at both of its ends: JSON has
 * no bytes. Works in chunks so a 50 MB file never builds a call with millions of arguments (no call stack
 * overflow) nor one giant binary string.
 */
const ENCODE_CHUNK = 3 * 0x8000; // a multiple of 3: chunk encodings concatenate into one valid base64 string
const CHAR_CHUNK = 0x2000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += ENCODE_CHUNK) {
    const slice = bytes.subarray(i, i + ENCODE_CHUNK);
    let bin = '';
    for (let j = 0; j < slice.length; j += CHAR_CHUNK) bin += String.fromCharCode(...slice.subarray(j, j + CHAR_CHUNK));
    parts.push(btoa(bin));
  }
  return parts.join('');
}

const DECODE_CHUNK = 4 * 0x8000; // a multiple of 4

export function base64ToBytes(b64: string): Uint8Array {
  const clean = b64.replace(/\s+/g, '');
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < clean.length; i += DECODE_CHUNK) {
    const bin = atob(clean.slice(i, i + DECODE_CHUNK));
    const out = new Uint8Array(bin.length);
    for (let j = 0; j < bin.length; j++) out[j] = bin.charCodeAt(j);
    chunks.push(out);
    total += out.length;
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}
