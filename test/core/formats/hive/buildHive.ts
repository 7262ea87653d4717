/**
 * A tiny regf writer for tests: builds a valid hive from a tree so tests can cover what the sample lacks
 * (li/ri/lh lists, big data, UTF-16 names, inline data), and reports where each record landed so tests
 * can corrupt exactly one field. Uses the reader's layout tables, so a wrong offset there would be shared by
 * both: buildHive.test.ts has libhivex read what it builds.
 */
import { baseBlockChecksum } from '../../../../electron/core/formats/hive/baseBlock.js';
import { BASE, DB, HBIN, LIST, NK, SK, VK } from '../../../../electron/core/formats/hive/regfLayout.js';

export interface BValue {
  name: string;
  type: number;
  data: Uint8Array;
}

export interface BKey {
  name: string;
  values?: BValue[];
  subkeys?: BKey[];
  /** Subkey list kind (default lf). `ri` splits the subkeys into `riOf` lists of `riChunk` entries. */
  list?: 'lf' | 'lh' | 'li' | 'ri';
  riOf?: 'lf' | 'lh' | 'li';
  riChunk?: number;
  /**
   * A security descriptor of its own (an `sk` cell); keys without one share their parent's. Only used
   * with `BuildOptions.security`, which gives the root a descriptor when it names none.
   */
  sd?: Uint8Array;
  /** A class name (UTF-16LE in a cell of its own). */
  className?: string;
}

export interface BuildOptions {
  minor?: number;
  seq?: [number, number];
  /** Bytes of free space left after the last cell (inside the last bin). */
  slack?: number;
  /** Write `sk` cells (shared, reference-counted, in one circular list), as every Windows hive has. */
  security?: boolean;
  /** Bytes reserved for the hive (default 4 MB). */
  capacity?: number;
}

export interface Built {
  bytes: Uint8Array;
  /** Absolute offset of each key's nk record data (after the cell size), by key. */
  nk: Map<BKey, number>;
  /** Absolute offset of each key's subkey list record data, by key. */
  subkeyList: Map<BKey, number>;
  /** Absolute offset of each value's vk record data, by value. */
  vk: Map<BValue, number>;
  /** Cell offset (as stored in the file) of the cell whose record data starts at absolute offset `abs`. */
  cellOff: (abs: number) => number;
}

const isLatin1 = (s: string) => [...s].every((c) => c.charCodeAt(0) <= 0xff && c.length === 1);

function encodeName(name: string): { bytes: Uint8Array; compressed: boolean } {
  if (isLatin1(name)) return { bytes: Uint8Array.from(name, (c) => c.charCodeAt(0)), compressed: true };
  const b = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) new DataView(b.buffer).setUint16(i * 2, name.charCodeAt(i), true);
  return { bytes: b, compressed: false };
}

/** lh hash: H = 37·H + upper(c). */
function lhHash(name: string): number {
  let h = 0;
  for (const c of name.toUpperCase()) h = (Math.imul(h, 37) + c.charCodeAt(0)) >>> 0;
  return h;
}

export function buildHive(root: BKey, opts: BuildOptions = {}): Built {
  const minor = opts.minor ?? 5;
  const buf = new Uint8Array(opts.capacity ?? 4 << 20);
  const dv = new DataView(buf.buffer);
  let top = BASE.SIZE + HBIN.HEADER_SIZE;
  // Cell offsets point at the cell's size field, 4 bytes before the record data.
  const rel = (dataAt: number) => dataAt - 4 - BASE.SIZE;

  /** Allocates a cell holding `len` bytes; returns the absolute offset of its data. */
  const alloc = (len: number): number => {
    const size = (len + 4 + 7) & ~7;
    dv.setInt32(top, -size, true);
    const at = top + 4;
    top += size;
    return at;
  };
  const nkAt = new Map<BKey, number>();
  const listAt = new Map<BKey, number>();
  const vkAt = new Map<BValue, number>();

  const writeData = (data: Uint8Array, minor: number): number => {
    if (data.length > DB.SEGMENT_MAX && minor >= 4) {
      const segs: number[] = [];
      for (let i = 0; i < data.length; i += DB.SEGMENT_MAX) {
        const chunk = data.subarray(i, i + DB.SEGMENT_MAX);
        // A segment gives cell_len − 8 bytes (docs/file-formats.md §6.1, hivex and libregf alike): its cell has
        // 4 bytes beyond the data. Sized to the data alone, a last segment of 1–4 bytes read as empty.
        const at = alloc(chunk.length + 4);
        buf.set(chunk, at);
        segs.push(rel(at));
      }
      const list = alloc(segs.length * 4);
      segs.forEach((s, i) => dv.setUint32(list + i * 4, s, true));
      const db = alloc(DB.FIXED_SIZE);
      buf.set([0x64, 0x62], db);
      dv.setUint16(db + DB.COUNT, segs.length, true);
      dv.setUint32(db + DB.SEGMENT_LIST, rel(list), true);
      return rel(db);
    }
    const at = alloc(data.length);
    buf.set(data, at);
    return rel(at);
  };

  const writeValue = (v: BValue, minor: number): number => {
    const name = encodeName(v.name);
    const at = alloc(VK.FIXED_SIZE + name.bytes.length);
    vkAt.set(v, at);
    buf.set([0x76, 0x6b], at);
    dv.setUint16(at + VK.NAME_LENGTH, name.bytes.length, true);
    dv.setUint32(at + VK.TYPE, v.type, true);
    dv.setUint16(at + VK.FLAGS, name.compressed ? VK.FLAG_COMP_NAME : 0, true);
    buf.set(name.bytes, at + VK.NAME);
    if (v.data.length <= VK.INLINE_MAX) {
      dv.setUint32(at + VK.DATA_SIZE, (v.data.length | VK.DATA_INLINE) >>> 0, true);
      buf.set(v.data, at + VK.DATA_OFFSET);
    } else {
      dv.setUint32(at + VK.DATA_SIZE, v.data.length, true);
      dv.setUint32(at + VK.DATA_OFFSET, writeData(v.data, minor), true);
    }
    return rel(at);
  };

  const writeLeafList = (kind: 'lf' | 'lh' | 'li', keys: BKey[]): number => {
    const size = LIST.ENTRY_SIZE[kind];
    const at = alloc(LIST.FIXED_SIZE + keys.length * size);
    buf.set([kind.charCodeAt(0), kind.charCodeAt(1)], at);
    dv.setUint16(at + LIST.COUNT, keys.length, true);
    keys.forEach((k, i) => {
      const e = at + LIST.ENTRIES + i * size;
      dv.setUint32(e, rel(nkAt.get(k)!), true);
      if (kind === 'lh') dv.setUint32(e + 4, lhHash(k.name), true);
      if (kind === 'lf')
        buf.set(
          Uint8Array.from(k.name.slice(0, 4), (c) => c.charCodeAt(0) & 0xff),
          e + 4,
        );
    });
    return at;
  };

  /** sk cells written so far (record data offsets), in list order; each descriptor's refcount. */
  const skCells: number[] = [];
  const writeSk = (sd: Uint8Array): number => {
    const at = alloc(SK.FIXED_SIZE + sd.length);
    buf.set([0x73, 0x6b], at);
    dv.setUint32(at + SK.DESCRIPTOR_SIZE, sd.length, true);
    buf.set(sd, at + SK.DESCRIPTOR);
    skCells.push(at);
    return at;
  };
  const DEFAULT_SD = Uint8Array.from([1, 0, 4, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

  const writeKey = (key: BKey, parent: number, minor: number, parentSk = 0): number => {
    const name = encodeName(key.name);
    const at = alloc(NK.FIXED_SIZE + name.bytes.length);
    nkAt.set(key, at);
    buf.set([0x6e, 0x6b], at);
    dv.setUint16(at + NK.FLAGS, name.compressed ? NK.FLAG_COMP_NAME : 0, true);
    dv.setUint32(at + NK.TIMESTAMP, 0x256d4000, true); // 2000-01-01T00:00:00Z
    dv.setUint32(at + NK.TIMESTAMP + 4, 0x01bf53eb, true);
    dv.setUint32(at + NK.PARENT, parent, true);
    dv.setUint16(at + NK.NAME_LENGTH, name.bytes.length, true);
    buf.set(name.bytes, at + NK.NAME);
    for (const f of [NK.VOLATILE_SUBKEY_LIST, NK.SECURITY, NK.CLASS_NAME, NK.SUBKEY_LIST, NK.VALUE_LIST]) {
      dv.setUint32(at + f, 0xffffffff, true);
    }
    let sk = parentSk;
    if (opts.security) {
      if (key.sd || parentSk === 0) sk = writeSk(key.sd ?? DEFAULT_SD);
      dv.setUint32(sk + SK.REFCOUNT, dv.getUint32(sk + SK.REFCOUNT, true) + 1, true);
      dv.setUint32(at + NK.SECURITY, rel(sk), true);
    }
    if (key.className !== undefined) {
      const cls = encodeName(key.className + '\u0100').bytes.subarray(0, key.className.length * 2);
      const c = alloc(cls.length);
      buf.set(cls, c);
      dv.setUint32(at + NK.CLASS_NAME, rel(c), true);
      dv.setUint16(at + NK.CLASS_LENGTH, cls.length, true);
    }
    const values = key.values ?? [];
    if (values.length > 0) {
      const offs = values.map((v) => writeValue(v, minor));
      const list = alloc(offs.length * 4);
      offs.forEach((o, i) => dv.setUint32(list + i * 4, o, true));
      dv.setUint32(at + NK.VALUE_COUNT, values.length, true);
      dv.setUint32(at + NK.VALUE_LIST, rel(list), true);
    }
    const subkeys = key.subkeys ?? [];
    for (const s of subkeys) writeKey(s, rel(at), minor, sk);
    if (subkeys.length > 0) {
      let list: number;
      if (key.list === 'ri') {
        const chunk = key.riChunk ?? 2;
        const subs: number[] = [];
        for (let i = 0; i < subkeys.length; i += chunk) {
          subs.push(rel(writeLeafList(key.riOf ?? 'li', subkeys.slice(i, i + chunk))));
        }
        list = alloc(LIST.FIXED_SIZE + subs.length * 4);
        buf.set([0x72, 0x69], list);
        dv.setUint16(list + LIST.COUNT, subs.length, true);
        subs.forEach((s, i) => dv.setUint32(list + LIST.ENTRIES + i * 4, s, true));
      } else {
        list = writeLeafList(key.list ?? 'lf', subkeys);
      }
      listAt.set(key, list);
      dv.setUint32(at + NK.SUBKEY_COUNT, subkeys.length, true);
      dv.setUint32(at + NK.SUBKEY_LIST, rel(list), true);
    }
    return at;
  };

  const rootAt = writeKey(root, 0xffffffff, minor);
  // The descriptors form one circular doubly linked list (msuhanov/regf "Key security").
  skCells.forEach((at, i) => {
    dv.setUint32(at + SK.FLINK, rel(skCells[(i + 1) % skCells.length]!), true);
    dv.setUint32(at + SK.BLINK, rel(skCells[(i + skCells.length - 1) % skCells.length]!), true);
  });
  // One bin holding every cell, closed by a free cell.
  top += opts.slack ?? 0;
  const binSize = Math.ceil((top + 8 - BASE.SIZE) / HBIN.ALIGN) * HBIN.ALIGN;
  const end = BASE.SIZE + binSize;
  dv.setInt32(top, end - top, true);
  buf.set([0x68, 0x62, 0x69, 0x6e], BASE.SIZE);
  dv.setUint32(BASE.SIZE + HBIN.OFFSET, 0, true);
  dv.setUint32(BASE.SIZE + HBIN.SIZE, binSize, true);

  buf.set([0x72, 0x65, 0x67, 0x66], 0);
  const [seq1, seq2] = opts.seq ?? [1, 1];
  dv.setUint32(BASE.SEQ1, seq1, true);
  dv.setUint32(BASE.SEQ2, seq2, true);
  dv.setUint32(BASE.MAJOR, 1, true);
  dv.setUint32(BASE.MINOR, minor, true);
  dv.setUint32(BASE.FORMAT, 1, true);
  dv.setUint32(BASE.ROOT_CELL, rel(rootAt), true);
  dv.setUint32(BASE.HBINS_SIZE, binSize, true);
  dv.setUint32(BASE.CLUSTERING, 1, true);
  dv.setUint32(BASE.CHECKSUM, baseBlockChecksum(dv), true);

  return {
    bytes: buf.slice(0, end),
    nk: nkAt,
    subkeyList: listAt,
    vk: vkAt,
    cellOff: rel,
  };
}

/** Recomputes the base block checksum after a test changed the header. */
export function fixChecksum(bytes: Uint8Array): void {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  dv.setUint32(BASE.CHECKSUM, baseBlockChecksum(dv), true);
}
