import { describe, expect, it } from 'vitest';
import { decodeWindows1252, encodeWindows1252, fitsWindows1252 } from '../../../shared/codecs/windows1252.js';

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

describe('fitsWindows1252 (the editor and the writer share it)', () => {
  // Spelled from the code page's own table (Microsoft's bestfit1252.txt, WHATWG index-windows-1252), not from
  // our tables: ASCII, Latin-1 from U+00A0, the 27 letters of 0x80–0x9F, and the five C1 controls WHATWG
  // keeps at 0x81, 0x8D, 0x8F, 0x90, 0x9D.
  const LETTERS_80_9F = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
  const C1_KEPT = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
  const expected = (unit: number) =>
    unit < 0x80 || (unit >= 0xa0 && unit <= 0xff) || LETTERS_80_9F.includes(String.fromCharCode(unit)) || C1_KEPT.includes(unit);

  it('accepts exactly the characters the code page holds, over all of the BMP', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++)
      if (fitsWindows1252(String.fromCharCode(unit)) !== expected(unit)) wrong.push(unit.toString(16));
    expect(wrong).toEqual([]);
  });
  it('agrees with the encoder on whole strings', () => {
    for (const text of ['Café €', 'Œuvre “quoted” – ok', 'Ωmega', '日本', '😀', '', '\u0081\u009d'])
      expect(fitsWindows1252(text), text).toBe(encodeWindows1252(text) !== null);
  });
  it('refuses an astral character (two surrogates, neither in the code page)', () => {
    expect(fitsWindows1252('a😀')).toBe(false);
  });
});
