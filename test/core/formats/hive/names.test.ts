import { describe, expect, it } from 'vitest';
import { Latin1Names, latin1Name } from '../../../../electron/core/formats/hive/names.js';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('Latin1Names', () => {
  it('hands out the same string for the same bytes, as latin1Name decodes them', () => {
    const bytes = latin1('000b0413\u00e9t\u00e9000b0413');
    const names = new Latin1Names(bytes);
    const first = names.get(0, 8);
    expect(first).toBe('000b0413');
    expect(names.get(11, 8)).toBe(first);
    expect(names.get(8, 3)).toBe(latin1Name(bytes, 8, 3));
    expect(names.get(8, 3)).toBe('\u00e9t\u00e9');
  });

  it('tells apart two names whose hashes collide, and names that are prefixes of others', () => {
    // "ufeury" and "kqykhd" have the same 30-bit hash (found by search).
    const bytes = latin1('ufeurykqykhdufeurykqykhd');
    const names = new Latin1Names(bytes);
    expect([0, 6, 12, 18].map((at) => names.get(at, 6))).toEqual(['ufeury', 'kqykhd', 'ufeury', 'kqykhd']);
    expect([names.get(0, 3), names.get(0, 2), names.get(0, 0)]).toEqual(['ufe', 'uf', '']);
  });
});
