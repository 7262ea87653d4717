/**
 * Marvin32, the keyed 64-bit hash Windows puts in each new-format log entry (docs/file-formats.md §6.4:
 * msuhanov/regf "Log entries", notes 1–3). Written from Microsoft's published algorithm (SymCrypt's
 * Marvin32.c, .NET's Marvin.cs): the state (lo, hi) starts as the seed's low and high dwords; each
 * little-endian dword of the input is added to lo and mixed; the 0–3 bytes left, followed by 0x80, make one
 * last dword; two more mixes (the second with 0) end it. The hash is hi:lo.
 */

/** The seed of log entry hashes: bytes 82 EF 4D 88 7A 4E 55 C5 (msuhanov/regf "Log entries", note 3). */
export const LOG_ENTRY_SEED = 0x82ef4d887a4e55c5n;

/** The 64-bit hash as its two dwords, the order they are stored in (low dword first). */
export interface Marvin32Hash {
  lo: number;
  hi: number;
}

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

/** Marvin32 of `data` under `seed`. */
export function marvin32(data: Uint8Array, seed: bigint = LOG_ENTRY_SEED): Marvin32Hash {
  let lo = Number(seed & 0xffffffffn);
  let hi = Number((seed >> 32n) & 0xffffffffn);
  const mix = (v: number): void => {
    lo = (lo + v) >>> 0;
    hi = (hi ^ lo) >>> 0;
    lo = (rotl(lo, 20) + hi) >>> 0;
    hi = (rotl(hi, 9) ^ lo) >>> 0;
    lo = (rotl(lo, 27) + hi) >>> 0;
    hi = rotl(hi, 19);
  };
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const whole = data.length & ~3;
  for (let i = 0; i < whole; i += 4) mix(view.getUint32(i, true));
  let last = 0x80;
  for (let i = data.length - 1; i >= whole; i--) last = ((last << 8) | data[i]!) >>> 0;
  mix(last);
  mix(0);
  return { lo, hi };
}
