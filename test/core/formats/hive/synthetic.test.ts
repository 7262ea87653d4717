import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../electron/core/formats/formatError.js';
import { openHive, readSubtree } from '../../../../electron/core/formats/hive/index.js';
import { BASE, HBIN, LIST, NK, VK } from '../../../../electron/core/formats/hive/regfLayout.js';
import { RegType } from '../../../../electron/core/formats/registry.js';
import { importWarningText } from '../../../../shared/i18n/importWarnings.js';
import { toHex } from '../../../helpers/samples.js';
import { buildHive, fixChecksum, type BKey, type BValue } from './buildHive.js';

const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);
const setU32 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(at, v, true);
const setU16 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint16(at, v, true);
const utf16 = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const bytes = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed + (i >> 8)) & 0xff);

/** Runs `f`; returns the FormatError it threw (fails the test on any other outcome). */
function formatError(f: () => unknown): FormatError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    return e as FormatError;
  }
  throw new Error('expected a FormatError');
}

const walk = (b: Uint8Array) => readSubtree(openHive(b), '', 'HKCU');

function tree(): { root: BKey; a: BKey; b: BKey; big: BValue; tiny: BValue } {
  const big: BValue = { name: 'Big', type: RegType.BINARY, data: bytes(40_000) };
  const tiny: BValue = { name: 'Tiny', type: RegType.DWORD, data: Uint8Array.of(1, 2, 3, 4) };
  const b: BKey = { name: 'B', values: [tiny] };
  const a: BKey = { name: 'A', subkeys: [b], values: [big] };
  return { root: { name: 'ROOT', subkeys: [a] }, a, b, big, tiny };
}

describe('synthetic hives: what the sample lacks', () => {
  for (const list of ['lf', 'lh', 'li'] as const) {
    it(`${list} subkey lists, in list order`, () => {
      const names = ['zeta', 'Alpha', 'mid', 'Beta'];
      const root: BKey = { name: 'R', list, subkeys: names.map((name) => ({ name })) };
      const keys = walk(buildHive(root).bytes);
      expect(keys.map((k) => k.path)).toEqual(['HKCU', ...names.map((n) => 'HKCU\\' + n)]);
    });
  }

  for (const riOf of ['li', 'lh', 'lf'] as const) {
    it(`ri list of ${riOf} lists`, () => {
      const names = Array.from({ length: 7 }, (_, i) => `k${i}`);
      const root: BKey = { name: 'R', list: 'ri', riOf, riChunk: 3, subkeys: names.map((name) => ({ name })) };
      const hive = openHive(buildHive(root).bytes);
      expect(hive.root.subkeys().map((k) => k.name)).toEqual(names);
      expect(hive.root.child('K5')?.name).toBe('k5');
    });
  }

  it('big data (db) over 16344 bytes, exact bytes and length; and the same value in one cell on minor 3', () => {
    for (const size of [16_345, 32_688, 40_000, 16_344 * 3 + 1]) {
      const v: BValue = { name: 'Big', type: RegType.BINARY, data: bytes(size, size) };
      const built = buildHive({ name: 'R', values: [v] });
      expect(u32(built.bytes, built.vk.get(v)! + VK.DATA_SIZE)).toBe(size);
      const [key] = walk(built.bytes);
      expect(key!.values[0]!.data).toBe(toHex(v.data));
    }
    const v: BValue = { name: 'Big', type: RegType.BINARY, data: bytes(20_000) };
    const hive = openHive(buildHive({ name: 'R', values: [v] }, { minor: 3 }).bytes);
    expect(hive.minorVersion).toBe(3);
    expect(hive.root.values()[0]!.data).toBe(toHex(v.data));
  });

  it('UTF-16 key and value names; Latin-1 compressed names; the default value', () => {
    const values: BValue[] = [
      { name: 'Ωmega ✓', type: RegType.SZ, data: utf16('x\0') },
      { name: 'café', type: RegType.SZ, data: utf16('y\0') },
      { name: '', type: RegType.SZ, data: utf16('default\0') },
      { name: '\ud800lone', type: RegType.NONE, data: new Uint8Array(0) },
    ];
    const root: BKey = { name: 'R', subkeys: [{ name: 'Ключ', values }, { name: 'naïve' }] };
    const built = buildHive(root);
    expect(u32(built.bytes, built.nk.get(root.subkeys![0]!)!) & (NK.FLAG_COMP_NAME << 16)).toBe(0);
    const keys = walk(built.bytes);
    expect(keys.map((k) => k.path)).toEqual(['HKCU', 'HKCU\\Ключ', 'HKCU\\naïve']);
    expect(keys[1]!.values.map((v) => v.name)).toEqual(values.map((v) => v.name));
    expect(openHive(built.bytes).root.child('КЛЮЧ')?.name).toBe('Ключ');
    expect(openHive(built.bytes).root.child('NAÏVE')?.name).toBe('naïve');
  });

  it('inline data of 0 to 4 bytes', () => {
    const values: BValue[] = [0, 1, 2, 3, 4].map((n) => ({ name: `v${n}`, type: RegType.BINARY, data: bytes(n, n) }));
    const built = buildHive({ name: 'R', values });
    for (const v of values) {
      expect(u32(built.bytes, built.vk.get(v)! + VK.DATA_SIZE)).toBe((v.data.length | 0x80000000) >>> 0);
    }
    expect(walk(built.bytes)[0]!.values.map((v) => v.data)).toEqual(values.map((v) => toHex(v.data)));
  });

  it('value data is read once: changing the hive bytes afterwards changes no value read', () => {
    const { root, big, tiny } = tree();
    const built = buildHive(root);
    const hive = openHive(built.bytes);
    const a = hive.root.child('a')!;
    const [bigRead] = a.values();
    const [tinyRead] = a.child('b')!.values();
    built.bytes.fill(0xee, BASE.SIZE);
    expect(bigRead!.data).toBe(toHex(big.data));
    expect(tinyRead!.data).toBe(toHex(tiny.data));
  });

  it('lastWritten from the nk FILETIME', () => {
    expect(openHive(buildHive(tree().root).bytes).root.lastWritten?.toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });
});

describe('synthetic hives: faults are FormatErrors with their offset', () => {
  it('bad magic, wrong major, a log file, a short file', () => {
    const good = buildHive(tree().root).bytes;
    let b = good.slice();
    b[0] = 0x78;
    expect(formatError(() => openHive(b)).offset).toBe(0);
    b = good.slice();
    setU32(b, BASE.MAJOR, 2);
    expect(formatError(() => openHive(b)).message).toMatch(/major version 1, found 2/);
    b = good.slice();
    setU32(b, BASE.FILE_TYPE, 1);
    expect(formatError(() => openHive(b)).offset).toBe(BASE.FILE_TYPE);
    expect(formatError(() => openHive(good.subarray(0, 100))).message).toMatch(/shorter than the 4096-byte/);
    expect(formatError(() => openHive(good.subarray(0, good.length - 4096))).message).toMatch(/truncated/);
    expect(formatError(() => openHive(good, { maxBytes: 1000 })).message).toMatch(/limit/);
  });

  it('dirty sequence numbers and a bad checksum are warnings; the hive still reads', () => {
    const b = buildHive(tree().root, { seq: [5, 4] }).bytes;
    const hive = openHive(b);
    expect(hive.warnings.map((w) => importWarningText('en', w))).toEqual([
      expect.stringMatching(/dirty hive: sequence numbers differ \(5 ≠ 4\)/),
    ]);
    setU32(b, BASE.CHECKSUM, 0x1234);
    expect(openHive(b).warnings[1]).toEqual({
      reason: 'hiveChecksum',
      params: { stored: '0x1234', computed: expect.stringMatching(/^0x[0-9a-f]+$/) },
    });
    expect(importWarningText('en', openHive(b).warnings[1]!)).toMatch(
      /^dirty or corrupt base block: checksum 0x1234 ≠ computed 0x[0-9a-f]+$/,
    );
    expect(readSubtree(openHive(b), 'A\\B', 'K')).toHaveLength(1);
    const clean = openHive(buildHive(tree().root).bytes);
    expect(clean.warnings).toEqual([]);
  });

  it('bad hbin header: magic, offset field, size', () => {
    const good = buildHive(tree().root).bytes;
    let b = good.slice();
    b[BASE.SIZE] = 0;
    expect(formatError(() => openHive(b)).offset).toBe(BASE.SIZE);
    b = good.slice();
    setU32(b, BASE.SIZE + HBIN.OFFSET, 0x1000);
    expect(formatError(() => openHive(b)).offset).toBe(BASE.SIZE + HBIN.OFFSET);
    b = good.slice();
    setU32(b, BASE.SIZE + HBIN.SIZE, 0x1001);
    expect(formatError(() => openHive(b)).message).toMatch(/multiple of 4096/);
    b = good.slice();
    setU32(b, BASE.SIZE + HBIN.SIZE, u32(b, BASE.SIZE + HBIN.SIZE) + 4096);
    expect(formatError(() => openHive(b)).message).toMatch(/past the end of the bins/);
  });

  it('bad cell sizes inside a bin', () => {
    const { root, a } = tree();
    const built = buildHive(root);
    for (const size of [0, 3, -6, 0x7ffffff8, -0x80000000]) {
      const b = built.bytes.slice();
      new DataView(b.buffer).setInt32(built.nk.get(a)! - 4, size, true);
      const e = formatError(() => openHive(b));
      expect(e.offset).toBe(built.nk.get(a)! - 4);
      expect(e.message).toMatch(/bad cell size/);
    }
  });

  it('a cycle: a subkey list pointing back at an ancestor (no hang)', () => {
    const { root, a, b: keyB } = tree();
    const built = buildHive(root);
    const bytesC = built.bytes.slice();
    // B gets A (its parent) as its only subkey.
    setU32(bytesC, built.nk.get(keyB)! + NK.SUBKEY_COUNT, 1);
    setU32(bytesC, built.nk.get(keyB)! + NK.SUBKEY_LIST, built.cellOff(built.subkeyList.get(root)!));
    const e = formatError(() => walk(bytesC));
    expect(e.message).toMatch(/cycle/);
    expect(e.offset).toBe(built.subkeyList.get(root)! + LIST.ENTRIES);
    // The lazy API detects it too.
    const hive = openHive(bytesC);
    expect(() => hive.root.child('A')!.child('B')!.subkeys()).toThrow(FormatError);
    expect(a.name).toBe('A');
  });

  it('a key listed twice (shared lists) is an error, not exponential work', () => {
    const leaf: BKey = { name: 'x' };
    const root: BKey = { name: 'R', list: 'lf', subkeys: [{ name: 'p', subkeys: [leaf] }, { name: 'q' }] };
    const built = buildHive(root);
    const b = built.bytes.slice();
    // q's subkey list := p's list (both list x).
    const q = built.nk.get(root.subkeys![1]!)!;
    setU32(b, q + NK.SUBKEY_COUNT, 1);
    setU32(b, q + NK.SUBKEY_LIST, built.cellOff(built.subkeyList.get(root.subkeys![0]!)!));
    expect(formatError(() => walk(b)).message).toMatch(/reached twice/);
    // The same key twice in one list.
    const c = built.bytes.slice();
    const list = built.subkeyList.get(root)!;
    setU32(c, list + LIST.ENTRIES + 8, u32(c, list + LIST.ENTRIES));
    expect(formatError(() => walk(c)).message).toMatch(/twice/);
  });

  it('ri inside ri is an error', () => {
    const root: BKey = { name: 'R', list: 'ri', riOf: 'li', riChunk: 2, subkeys: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] };
    const built = buildHive(root);
    const b = built.bytes.slice();
    const ri = built.subkeyList.get(root)!;
    setU32(b, ri + LIST.ENTRIES, built.cellOff(ri));
    expect(formatError(() => walk(b)).message).toMatch(/ri lists cannot nest/);
  });

  it('counts of 0xFFFFFFFF: an error before any allocation', () => {
    const { root, a } = tree();
    const built = buildHive(root);
    for (const field of [NK.SUBKEY_COUNT, NK.VALUE_COUNT]) {
      const b = built.bytes.slice();
      setU32(b, built.nk.get(a)! + field, 0xffffffff);
      const e = formatError(() => walk(b));
      expect(e.offset).toBe(built.nk.get(a)! + field);
    }
    const b = built.bytes.slice();
    setU16(b, built.subkeyList.get(root)! + LIST.COUNT, 0xffff);
    expect(formatError(() => walk(b)).message).toMatch(/overruns/);
  });

  it('value data sizes that lie: huge, larger than the cell, inline over 4', () => {
    const { root, big, tiny } = tree();
    const built = buildHive(root);
    for (const [v, size] of [
      [big, 0x7fffffff],
      [big, 0x40000000],
      [tiny, 0x80000005],
    ] as const) {
      const b = built.bytes.slice();
      setU32(b, built.vk.get(v)! + VK.DATA_SIZE, size);
      expect(formatError(() => walk(b)).offset).toBe(built.vk.get(v)! + VK.DATA_SIZE);
    }
    // A db record with fewer segments than its size needs.
    const b = built.bytes.slice();
    const db = BASE.SIZE + 4 + u32(b, built.vk.get(big)! + VK.DATA_OFFSET);
    setU16(b, db + 2, 2);
    expect(formatError(() => walk(b)).message).toMatch(/cannot fit in 2 segments/);
  });

  it('out-of-bounds and misaligned offsets: root, subkey list, value list, vk, data', () => {
    const { root, a, big } = tree();
    const built = buildHive(root);
    const cases: [number, number][] = [
      [BASE.ROOT_CELL, 0xfffffff0],
      [BASE.ROOT_CELL, built.cellOff(built.nk.get(a)!) + 8],
      [built.nk.get(a)! + NK.SUBKEY_LIST, 0x7ffffff0],
      [built.nk.get(a)! + NK.VALUE_LIST, built.bytes.length],
      [built.nk.get(a)! + NK.VALUE_LIST, 0xffffffff],
      [built.vk.get(big)! + VK.DATA_OFFSET, 0x10],
      [built.subkeyList.get(root)! + LIST.ENTRIES, built.cellOff(built.vk.get(big)!)],
    ];
    for (const [at, value] of cases) {
      const b = built.bytes.slice();
      setU32(b, at, value);
      if (at === BASE.ROOT_CELL) fixChecksum(b);
      const e = formatError(() => walk(b));
      expect(e.format).toBe('hive');
      expect(e.offset).toBeTypeOf('number');
      expect(e.excerpt).toMatch(/^[0-9a-f]*$/);
    }
  });

  it('names longer than their cell', () => {
    const { root, a, big } = tree();
    const built = buildHive(root);
    let b = built.bytes.slice();
    setU16(b, built.nk.get(a)! + NK.NAME_LENGTH, 0xffff);
    expect(formatError(() => walk(b)).offset).toBe(built.nk.get(a)! + NK.NAME_LENGTH);
    b = built.bytes.slice();
    setU16(b, built.vk.get(big)! + VK.NAME_LENGTH, 0x4000);
    expect(formatError(() => walk(b)).offset).toBe(built.vk.get(big)! + VK.NAME_LENGTH);
  });

  it('keys nested deeper than 512 levels', () => {
    let key: BKey = { name: 'leaf' };
    for (let i = 0; i < 520; i++) key = { name: `k${i}`, subkeys: [key] };
    expect(formatError(() => walk(buildHive(key).bytes)).message).toMatch(/deeper than 512/);
    let ok: BKey = { name: 'leaf' };
    for (let i = 0; i < 511; i++) ok = { name: `k${i}`, subkeys: [ok] };
    expect(walk(buildHive(ok).bytes)).toHaveLength(512);
  });
});
