/**
 * Saves into generated hives that hold what the samples lack — thousands of keys, lists long enough to
 * need `ri`, values over 16 KB (db), Unicode key names, a 300-level deep tree, class names and many
 * security descriptors — checked by the four independent readers (peerCheck.ts), and the `sk` list walked
 * by hand: every descriptor still in one circular doubly linked list, each reference count equal to the
 * keys that point at it.
 */
import { describe, expect, it } from 'vitest';
import type { HiveEdit, HiveKeyState } from '../../../../electron/core/formats/hive/hiveEdits.js';
import { writeHive } from '../../../../electron/core/formats/hive/hiveWriter.js';
import { BASE, NK, SK } from '../../../../electron/core/formats/hive/regfLayout.js';
import { buildHive, type BKey } from './buildHive.js';
import { checkSaveWithPeers, PEERS } from './peerCheck.js';

const NOW = new Date('2026-12-07T11:00:00Z');
const PROFILES = 'Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
const sd = (n: number) => Uint8Array.from([1, 0, 4, 0x80, n & 0xff, n >> 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const dword = (n: number) => ({ name: `v${n}`, type: 4, data: Uint8Array.from([n & 0xff, n >> 8, 0, 0]) });

/** A hive with `profiles` profiles of 3 keys each (every 10th with a descriptor of its own), a deep chain and Unicode keys. */
function generated(profiles: number, minor: number): Uint8Array {
  const list: BKey[] = [];
  for (let i = 0; i < profiles; i++) {
    list.push({
      name: `P${String(i).padStart(4, '0')}`,
      ...(i % 10 === 0 ? { sd: sd(i) } : {}),
      ...(i % 7 === 0 ? { className: `class ${i}` } : {}),
      values: [dword(i), { name: 'name', type: 1, data: new TextEncoder().encode(`profile ${i}`) }],
      subkeys: [
        { name: '9207f3e0a3b11019908b08002b2a56c2', values: [dword(1)] },
        { name: 'ä-ünïcødé ✓', values: [] },
      ],
    });
  }
  let deep: BKey = { name: 'bottom', values: [dword(7)] };
  for (let i = 0; i < 300; i++) deep = { name: `d${i}`, subkeys: [deep] };
  const root: BKey = {
    name: 'ROOT',
    sd: sd(9999),
    subkeys: [
      { name: 'Deep', subkeys: [deep] },
      path(PROFILES.split('\\'), { name: 'Profiles', list: profiles > 500 ? 'ri' : 'lh', riOf: 'lh', riChunk: 400, subkeys: list }),
    ],
  };
  return buildHive(root, { security: true, minor, capacity: 64 << 20 }).bytes;
}

function path(names: string[], leaf: BKey): BKey {
  return names.length === 1 ? leaf : { name: names[0]!, subkeys: [path(names.slice(1), leaf)] };
}

/** The keys of a new profile with `n` subkeys (enough for ri past 507), a 40 KB value and a Unicode name. */
function bigProfile(n: number): HiveKeyState[] {
  const keys: HiveKeyState[] = [
    {
      path: '',
      values: [
        { name: 'big', type: 3, data: '7e'.repeat(40_000) },
        { name: 'x', type: 7, data: '41004200000000' },
      ],
    },
  ];
  for (let i = 0; i < n; i++)
    keys.push({ path: `k${((n - i) * 7919) % 100_003}`, values: i % 2 ? [] : [{ name: '', type: 1, data: '6100' }] });
  keys.push({ path: 'Ünïcødé ✓\\child', values: [] });
  return keys;
}

/** Every sk reached from the nk cells of the hive: one circular list, refcounts equal to the nks naming them. */
function checkSecurityList(bytes: Uint8Array): void {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const binsEnd = BASE.SIZE + v.getUint32(BASE.HBINS_SIZE, true);
  const refs = new Map<number, number>();
  const sks = new Set<number>();
  for (let bin = BASE.SIZE; bin < binsEnd; bin += v.getUint32(bin + 8, true)) {
    for (let at = bin + 32; at < bin + v.getUint32(bin + 8, true); at += Math.abs(v.getInt32(at, true))) {
      if (v.getInt32(at, true) >= 0) continue;
      const sig = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!);
      if (sig === 'nk') {
        const sk = v.getUint32(at + 4 + NK.SECURITY, true);
        refs.set(sk, (refs.get(sk) ?? 0) + 1);
      } else if (sig === 'sk') sks.add(at - BASE.SIZE);
    }
  }
  expect([...refs.keys()].sort()).toEqual([...sks].sort());
  for (const sk of sks) expect([sk, v.getUint32(BASE.SIZE + sk + 4 + SK.REFCOUNT, true)]).toEqual([sk, refs.get(sk)]);
  const start = [...sks][0]!;
  let at = start;
  const seen = new Set<number>();
  do {
    seen.add(at);
    const next = v.getUint32(BASE.SIZE + at + 4 + SK.FLINK, true);
    expect(v.getUint32(BASE.SIZE + next + 4 + SK.BLINK, true)).toBe(at);
    at = next;
  } while (at !== start && seen.size <= sks.size);
  expect(seen.size).toBe(sks.size);
}

describe.each([5, 3])('saving into a generated minor-%i hive', (minor) => {
  // Four external readers over a 1 MB hive, three saves: minutes on a loaded 2-core machine.
  it.skipIf(!PEERS.hivex)(
    'creates, replaces and deletes profiles among 700; every reader sees the model; the sk list stays whole',
    { timeout: 1_800_000 },
    () => {
      const original = generated(700, minor);
      checkSecurityList(original);
      const edits: HiveEdit[] = [
        {
          path: `${PROFILES}\\P0001`,
          keys: [
            { path: '', values: [{ name: 'v1', type: 4, data: '02000000' }] },
            { path: '9207f3e0a3b11019908b08002b2a56c2', values: [] },
          ],
        },
        { path: `${PROFILES}\\P0010`, keys: null }, // has a descriptor of its own, and a class name
        { path: `${PROFILES}\\P0020`, keys: null },
        { path: `${PROFILES}\\Zz new ø`, keys: bigProfile(1200) },
        { path: 'Deep\\d299\\d298\\d297', keys: [{ path: 'x\\y\\z', values: [{ name: 'q', type: 11, data: '0102030405060708' }] }] },
      ];
      const saved = checkSaveWithPeers(original, edits, { now: NOW });
      checkSecurityList(saved.bytes);
      expect(writeHive(saved.bytes, edits).bytes).toBe(saved.bytes);

      // Every profile changed at once, then all the new ones deleted: the file does not keep growing.
      const all: HiveEdit[] = Array.from({ length: 700 }, (_, i) => ({
        path: `${PROFILES}\\P${String(i).padStart(4, '0')}`,
        keys: i === 10 || i === 20 ? null : [{ path: '', values: [{ name: 'v', type: 1, data: '4100'.repeat(i % 50) + '0000' }] }],
      }));
      const everything = checkSaveWithPeers(saved.bytes, all, { now: NOW });
      checkSecurityList(everything.bytes);
      expect(everything.bytes.length).toBeLessThanOrEqual(saved.bytes.length);
    },
  );
});
