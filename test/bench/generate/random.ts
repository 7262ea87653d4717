/** A seeded PRNG (mulberry32) and the few random shapes the generator needs: same seed, same bytes. */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** `n` random bytes as lowercase hex. */
  hex(n: number): string;
}

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    hex: (n) => {
      let s = '';
      for (let i = 0; i < n; i++)
        s += Math.floor(next() * 256)
          .toString(16)
          .padStart(2, '0');
      return s;
    },
  };
}
