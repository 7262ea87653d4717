import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../shared/wire/base64';

describe('base64 in chunks', () => {
  it('round-trips 20 MB without a call stack overflow', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024 + 7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
    const b64 = bytesToBase64(bytes);
    expect(b64.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(/^[A-Za-z0-9+/]*={0,2}$/.test(b64)).toBe(true);
    const back = base64ToBytes(b64);
    expect(back.length).toBe(bytes.length);
    let same = true;
    for (let i = 0; i < bytes.length && same; i++) same = back[i] === bytes[i];
    expect(same).toBe(true);
  });
  it('matches the standard encoding on known vectors', () => {
    const enc = (s: string) => bytesToBase64(new TextEncoder().encode(s));
    expect(enc('')).toBe('');
    expect(enc('f')).toBe('Zg==');
    expect(enc('foobar')).toBe('Zm9vYmFy');
    expect([...base64ToBytes('//4=')]).toEqual([0xff, 0xfe]);
  });
});
