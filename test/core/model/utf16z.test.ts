import { describe, expect, it } from 'vitest';
import { decodeUtf16z, encodeUtf16z } from '../../../electron/core/model/utf16z.js';

// Node's own UTF-16LE codec is the oracle (docs/file-formats.md §3.2: PT_UNICODE and REG_SZ end with 00,00).
const nodeHex = (s: string) => Buffer.from(s + '\0', 'utf16le').toString('hex');

describe('NUL-terminated UTF-16LE, both directions in one module', () => {
  it('encodes as Node does, with the terminator', () => {
    for (const s of ['', 'Outlook', 'Carnet d’adresses', '日本', '😀']) expect(encodeUtf16z(s), s).toBe(nodeHex(s));
  });
  it('decodes what it encodes', () => {
    for (const s of ['', 'Outlook', 'Carnet d’adresses', '😀'])
      expect(decodeUtf16z(Buffer.from(encodeUtf16z(s), 'hex'))).toEqual({ value: s });
  });
  it('refuses an odd length, a missing terminator and an empty buffer', () => {
    expect(decodeUtf16z(Uint8Array.of(0x41, 0x00, 0x00))).toEqual({ error: 'valueNoTerminator' });
    expect(decodeUtf16z(Uint8Array.of(0x41, 0x00))).toEqual({ error: 'valueNoTerminator' });
    expect(decodeUtf16z(new Uint8Array(0))).toEqual({ error: 'valueNoTerminator' });
  });
});
