import { describe, expect, it } from 'vitest';
import { decodeWindows1252, encodeWindows1252 } from '../../../electron/core/formats/windows1252.js';

describe('windows-1252', () => {
  it('maps 0x80–0x9F to the code page, not to Latin-1 (Node 20 TextDecoder does the latter)', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x92, 0x9c, 0xe9]))).toBe('€’œé');
  });
  it('round-trips all 256 bytes and refuses what it cannot carry', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(encodeWindows1252(decodeWindows1252(all))).toEqual(all);
    expect(encodeWindows1252('€')).toEqual(new Uint8Array([0x80]));
    expect(encodeWindows1252('\u0080')).toBeNull();
    expect(encodeWindows1252('日本')).toBeNull();
  });
});
