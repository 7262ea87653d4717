/**
 * `writeHive`: the hive it was read from, plus subtrees to replace or delete and values of kept keys to set or
 * remove (hiveEdits.ts), gives the new hive.
 *
 * The save edits a copy of the file in place, as Windows and hivex do, rather than writing the whole hive
 * anew (docs/hive-writer.md has the figures): every cell outside the keys that change keeps its offset and
 * its bytes, so names, classes, security descriptors, flags, times and values nobody touched stay exactly
 * as they were, whatever this writer knows of them. A key that changes keeps its nk cell; its value list
 * or subkey list is written anew and the old one freed (hivex lib/write.c). A key changes when its values
 * (names, types, bytes or order) or its set of subkeys change; it then gets the time of the save. Values
 * that stay keep their vk cells. A new key takes its parent's security descriptor (one more reference).
 *
 * @example
 * const { bytes, changed } = writeHive(original, [{ path: 'Software\\…\\Profiles\\Outlook', keys }]);
 */
import { FormatError } from '../formatError.js';
import { baseBlockChecksum, readBaseBlock } from './baseBlock.js';
import { HiveCells, hiveError } from './cells.js';
import { CellSpace } from './cellSpace.js';
import { planEdits, withValues, type HiveEdit, type PlanNode, type ValueChange, type WantedKey } from './hiveEdits.js';
import { readKeyNode, readSubkeyOffsets, type KeyNode } from './keyNode.js';
import { compareNames, upperName } from './nameOrder.js';
import { setFiletime, utf16Bytes, writeKeyNode, writeSubkeyList, writeValue, writeValueList, type ListEntry } from './newRecords.js';
import { oldListCells, oldValues, type OldValue } from './oldRecords.js';
import { BASE, CELL, HBIN, LIMITS, LIST, NK, SK } from './regfLayout.js';
import type { RegValue } from '../registry.js';

export interface WriteHiveOptions {
  /** The time of the save (changed keys, base block, first bin). Default: now. */
  now?: Date;
  /** Refuse larger inputs, as openHive does (default 1 GiB). */
  maxBytes?: number;
}

export interface HiveWriteResult {
  /** The new file; the input itself when nothing changes. */
  bytes: Uint8Array;
  /** Paths from the root (stored names, `\`-separated) of the keys created, changed and deleted. */
  added: string[];
  changed: string[];
  removed: string[];
}

interface Child {
  node: KeyNode;
  name: string;
}

const join = (path: string, name: string): string => (path === '' ? name : `${path}\\${name}`);
const sameValue = (a: RegValue, b: RegValue): boolean => a.name === b.name && a.type === b.type && a.data === b.data;

class Writer {
  readonly added: string[] = [];
  readonly changed: string[] = [];
  readonly removed: string[] = [];
  /** nk cells met so far: a key met twice means lists shared or looping (a corrupt hive). */
  private readonly seen = new Set<number>();

  constructor(
    private readonly hive: HiveCells,
    readonly space: CellSpace,
    private readonly minor: number,
    private readonly now: Date,
  ) {}

  /** The key at `node` keeps its values but those `changes` set or remove; only the subkeys `below` names are looked at. */
  keep(node: KeyNode, below: readonly PlanNode[], path: string, depth: number, changes: readonly ValueChange[] = []): void {
    let valuesChanged = false;
    if (changes.length > 0) {
      const old = oldValues(this.hive, node);
      const want = changes.reduce<readonly RegValue[]>(
        (vs, c) => withValues(vs, c),
        old.map((o) => o.value),
      );
      valuesChanged = old.length !== want.length || old.some((o, i) => !sameValue(o.value, want[i]!));
      if (valuesChanged) this.rewriteValues(node, old, want);
    }
    if (this.children(node, path, below, false, depth) || valuesChanged) this.touch(node, path);
  }

  /** The key at `node` becomes `want` (its own name is already right). */
  private replace(node: KeyNode, want: WantedKey, path: string, depth: number): void {
    const old = oldValues(this.hive, node);
    const valuesChanged = old.length !== want.values.length || old.some((o, i) => !sameValue(o.value, want.values[i]!));
    if (valuesChanged) this.rewriteValues(node, old, want.values);
    const plans: PlanNode[] = want.subkeys.map((s) => ({ kind: 'replace', name: s.name, want: s }));
    const subkeysChanged = this.children(node, path, plans, true, depth);
    if (valuesChanged || subkeysChanged) this.touch(node, path);
  }

  /**
   * Applies `plans` to the subkeys of `node` (and deletes the others when `deleteOthers`); rewrites the
   * subkey list when the set of subkeys changed, and says whether it did.
   */
  private children(node: KeyNode, path: string, plans: readonly PlanNode[], deleteOthers: boolean, depth: number): boolean {
    if (depth + 1 > LIMITS.MAX_DEPTH) throw new FormatError('hive', {}, 'hiveTooDeep', { limit: LIMITS.MAX_DEPTH });
    const existing = this.subkeys(node);
    const byName = new Map<string, Child>();
    for (const c of existing) byName.set(upperName(c.name), c);
    const gone = new Set<Child>();
    const mentioned = new Set<Child>();
    const created: ListEntry[] = [];
    const sk = this.u32(node.cell.off, NK.SECURITY);
    for (const p of plans) {
      const c = byName.get(upperName(p.name));
      if (c) mentioned.add(c);
      if (p.kind === 'delete') {
        if (c) this.deleteKey(c, path, gone);
      } else if (c && (p.kind === 'keep' || c.name === p.name)) {
        if (p.kind === 'keep') this.keep(c.node, p.below, join(path, c.name), depth + 1, p.values);
        else this.replace(c.node, p.want, join(path, c.name), depth + 1);
      } else {
        // A different spelling of an existing name is a new key in place of the old one.
        if (c) this.deleteKey(c, path, gone);
        const want = p.kind === 'keep' ? keepAsWanted(p) : p.want;
        if (want) created.push({ off: this.create(want, node.cell.off, sk, path, depth + 1), name: want.name });
      }
    }
    if (deleteOthers) for (const c of existing) if (!mentioned.has(c)) this.deleteKey(c, path, gone);
    if (gone.size === 0 && created.length === 0) return false;

    const kept: ListEntry[] = existing.filter((c) => !gone.has(c)).map((c) => ({ off: c.node.cell.off, name: c.name }));
    for (const off of oldListCells(this.hive, node)) this.space.free(off);
    this.setSubkeys(
      node.cell.off,
      merge(
        kept,
        created.sort((a, b) => compareNames(a.name, b.name)),
      ),
    );
    return true;
  }

  /** A new key `want` (and all below it) under the nk at `parent`; returns its nk's cell offset. */
  private create(want: WantedKey, parent: number, sk: number, parentPath: string, depth: number): number {
    if (depth > LIMITS.MAX_DEPTH) throw new FormatError('hive', {}, 'hiveTooDeep', { limit: LIMITS.MAX_DEPTH });
    const path = join(parentPath, want.name);
    this.added.push(path);
    const off = writeKeyNode(this.space, want.name, parent, sk, this.now);
    if (sk !== CELL.NONE) this.addRef(sk, parent);
    const subkeys = want.subkeys.map((s) => ({ off: this.create(s, off, sk, path, depth + 1), name: s.name }));
    this.setSubkeys(off, subkeys);
    this.setValues(off, want.values);
    return off;
  }

  /** Deletes the key `c` and everything below it, freeing every cell they own. */
  private deleteKey(c: Child, parentPath: string, gone: Set<Child>): void {
    gone.add(c);
    const path = join(parentPath, c.name);
    this.removed.push(path);
    const node = c.node;
    for (const sub of this.subkeys(node)) this.deleteKey(sub, path, new Set());
    for (const off of oldListCells(this.hive, node)) this.space.free(off);
    for (const v of oldValues(this.hive, node)) this.freeValue(v);
    if (node.valueCount > 0) this.space.free(node.valueList);
    const classCell = this.u32(node.cell.off, NK.CLASS_NAME);
    if (classCell !== CELL.NONE) {
      this.hive.cell(classCell, 'className', node.cell.abs + NK.CLASS_NAME, 0);
      this.space.free(classCell);
    }
    const sk = this.u32(node.cell.off, NK.SECURITY);
    if (sk !== CELL.NONE) this.release(sk, node.cell.abs + NK.SECURITY);
    this.space.free(node.cell.off);
  }

  private freeValue(v: OldValue): void {
    for (const off of v.dataCells) this.space.free(off);
    this.space.free(v.vk);
  }

  /** New value list for `node`: values equal to an old one (name, type, bytes) keep its vk cell. */
  private rewriteValues(node: KeyNode, old: OldValue[], values: readonly RegValue[]): void {
    const reusable = new Map<string, OldValue>();
    for (const o of old) reusable.set(`${o.value.name}\0${o.value.type}\0${o.value.data}`, o);
    const vks: number[] = [];
    const reused = new Set<OldValue>();
    for (const v of values) {
      const o = reusable.get(`${v.name}\0${v.type}\0${v.data}`);
      if (o && !reused.has(o)) {
        reused.add(o);
        vks.push(o.vk);
      } else vks.push(writeValue(this.space, v, this.minor).off);
    }
    for (const o of old) if (!reused.has(o)) this.freeValue(o);
    if (node.valueCount > 0) this.space.free(node.valueList);
    this.setValueFields(node.cell.off, vks, values);
  }

  private setValues(nk: number, values: readonly RegValue[]): void {
    const vks = values.map((v) => writeValue(this.space, v, this.minor).off);
    this.setValueFields(nk, vks, values);
  }

  /** Value count, list and the largest-name (UTF-16 bytes) and largest-data fields of the nk. */
  private setValueFields(nk: number, vks: readonly number[], values: readonly RegValue[]): void {
    const list = writeValueList(this.space, vks);
    let maxName = 0;
    let maxData = 0;
    for (const v of values) {
      maxName = Math.max(maxName, utf16Bytes(v.name));
      maxData = Math.max(maxData, v.data.length / 2);
    }
    const at = this.space.abs(nk);
    const view = this.space.view;
    view.setUint32(at + NK.VALUE_COUNT, values.length, true);
    view.setUint32(at + NK.VALUE_LIST, list, true);
    view.setUint32(at + NK.MAX_VALUE_NAME, maxName, true);
    view.setUint32(at + NK.MAX_VALUE_DATA, maxData, true);
  }

  /** Subkey count, list and the largest-name and largest-class fields of the nk (its flag bits kept). */
  private setSubkeys(nk: number, entries: readonly ListEntry[]): void {
    if (entries.length > LIST.LEAF_MAX * LIST.COUNT_MAX) {
      throw new FormatError('hive', {}, 'hiveEditTooManySubkeys', { count: entries.length, max: LIST.LEAF_MAX * LIST.COUNT_MAX });
    }
    const list = writeSubkeyList(this.space, entries, this.minor);
    let maxName = 0;
    let maxClass = 0;
    for (const e of entries) {
      maxName = Math.max(maxName, utf16Bytes(e.name));
      maxClass = Math.max(maxClass, this.space.view.getUint16(this.space.abs(e.off) + NK.CLASS_LENGTH, true));
    }
    const at = this.space.abs(nk);
    const view = this.space.view;
    view.setUint32(at + NK.SUBKEY_COUNT, entries.length, true);
    view.setUint32(at + NK.SUBKEY_LIST, list, true);
    view.setUint16(at + NK.MAX_SUBKEY_NAME, maxName, true);
    view.setUint32(at + NK.MAX_SUBKEY_CLASS, maxClass, true);
  }

  private touch(node: KeyNode, path: string): void {
    this.changed.push(path);
    setFiletime(this.space.view, this.space.abs(node.cell.off) + NK.TIMESTAMP, this.now);
  }

  /** The subkeys of `node` in list order, each nk met only once in the whole save. */
  private subkeys(node: KeyNode): Child[] {
    return readSubkeyOffsets(this.hive, node).map(({ off, from }) => {
      if (this.seen.has(off)) throw this.hive.error(from, 'hiveSubkeyTwice', { key: off.toString(16) });
      this.seen.add(off);
      const sub = readKeyNode(this.hive, off, from);
      return { node: sub, name: sub.name };
    });
  }

  private u32(cellOff: number, field: number): number {
    return this.space.view.getUint32(this.space.abs(cellOff) + field, true);
  }

  /** The sk cell at `sk` (checked in the original hive), named by the nk at cell offset `by`. */
  private skAt(sk: number, from: number): number {
    this.hive.cell(sk, 'securityKey', from, SK.FIXED_SIZE, [SK.MAGIC]);
    return this.space.abs(sk);
  }

  private addRef(sk: number, parentNk: number): void {
    const at = this.skAt(sk, this.space.abs(parentNk) + NK.SECURITY);
    this.space.view.setUint32(at + SK.REFCOUNT, this.space.view.getUint32(at + SK.REFCOUNT, true) + 1, true);
  }

  /** One reference fewer; at none, the sk leaves the hive's list of descriptors and its cell is freed. */
  private release(sk: number, from: number): void {
    const view = this.space.view;
    const at = this.skAt(sk, from);
    const refs = view.getUint32(at + SK.REFCOUNT, true);
    if (refs > 1) {
      view.setUint32(at + SK.REFCOUNT, refs - 1, true);
      return;
    }
    const next = view.getUint32(at + SK.FLINK, true);
    const prev = view.getUint32(at + SK.BLINK, true);
    if (next !== sk && prev !== sk) {
      view.setUint32(this.skAt(prev, at + SK.BLINK) + SK.FLINK, next, true);
      view.setUint32(this.skAt(next, at + SK.FLINK) + SK.BLINK, prev, true);
    }
    this.space.free(sk);
  }
}

/**
 * A key the plan only passes through but the hive lacks: created empty, with what the plan puts below it;
 * `undefined` when nothing below it is to be written (deleting what does not exist creates nothing).
 */
function keepAsWanted(p: Extract<PlanNode, { kind: 'keep' }>): WantedKey | undefined {
  const subkeys: WantedKey[] = [];
  for (const b of p.below) {
    const want = b.kind === 'replace' ? b.want : b.kind === 'keep' ? keepAsWanted(b) : undefined;
    if (want) subkeys.push(want);
  }
  const values = (p.values ?? []).reduce<readonly RegValue[]>((vs, c) => withValues(vs, c), []);
  if (subkeys.length === 0 && values.length === 0) return undefined;
  subkeys.sort((a, b) => compareNames(a.name, b.name));
  return { name: p.name, values, subkeys };
}

/** The kept subkeys in their list order with the new ones (sorted) placed among them in Windows order. */
function merge(kept: readonly ListEntry[], created: readonly ListEntry[]): ListEntry[] {
  const out: ListEntry[] = [];
  let i = 0;
  for (const c of created) {
    while (i < kept.length && compareNames(kept[i]!.name, c.name) < 0) out.push(kept[i++]!);
    out.push(c);
  }
  while (i < kept.length) out.push(kept[i++]!);
  return out;
}

/** The hive `original` with `edits` applied; throws FormatError on a damaged hive or an edit it cannot write. */
export function writeHive(original: Uint8Array, edits: readonly HiveEdit[], opts: WriteHiveOptions = {}): HiveWriteResult {
  const maxBytes = opts.maxBytes ?? LIMITS.DEFAULT_MAX_BYTES;
  if (original.length > maxBytes) throw hiveError(original, 0, 'hiveTooLarge', { size: original.length, limit: maxBytes });
  const plan = planEdits(edits);
  const now = opts.now ?? new Date();
  const base = readBaseBlock(original);
  const hive = new HiveCells(original, base.binsEnd);
  const writer = new Writer(hive, new CellSpace(original, base.binsEnd), base.minorVersion, now);
  writer.keep(readKeyNode(hive, base.rootCell, BASE.ROOT_CELL), plan, '', 0);
  const { added, changed, removed } = writer;
  if (added.length + changed.length + removed.length === 0) return { bytes: original, added, changed, removed };

  const space = writer.space;
  const view = space.view;
  // A clean hive: both sequence numbers equal, past any the file or its logs held (msuhanov/regf "Base block").
  const seq = Math.max(view.getUint32(BASE.SEQ1, true), view.getUint32(BASE.SEQ2, true)) + 1;
  view.setUint32(BASE.SEQ1, seq >>> 0, true);
  view.setUint32(BASE.SEQ2, seq >>> 0, true);
  setFiletime(view, BASE.TIMESTAMP, now);
  // The first bin's timestamp backs up the base block's (msuhanov/regf "Hive bin", note 3).
  setFiletime(view, BASE.SIZE + HBIN.TIMESTAMP, now);
  view.setUint32(BASE.HBINS_SIZE, space.binsEnd - BASE.SIZE, true);
  view.setUint32(BASE.CHECKSUM, baseBlockChecksum(view), true);
  return { bytes: space.finish(original.length), added, changed, removed };
}
