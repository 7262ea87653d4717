/**
 * `openHive`: checks the base block and every bin, then gives lazy access to keys — a key's lists are
 * parsed only when asked, so reading one subtree of a 100 MB NTUSER.DAT touches only that subtree.
 *
 * @example
 * const hive = openHive(bytes);
 * const outlook = hive.root.child('Software')?.child('Microsoft')?.child('Office');
 */
import type { ImportWarning } from '../../../../shared/i18n/importWarnings.js';
import type { RegValue } from '../registry.js';
import { samePath } from '../registry.js';
import { readBaseBlock } from './baseBlock.js';
import { HiveCells, hiveError } from './cells.js';
import { readKeyNode, readSubkeyOffsets, type KeyNode } from './keyNode.js';
import { BASE, LIMITS } from './regfLayout.js';
import { readValues } from './valueNode.js';

export interface HiveKey {
  /** The key's name as stored (the root's is whatever the hive's creator gave it). */
  readonly name: string;
  /** Cell offset of the key's nk record. */
  readonly offset: number;
  readonly lastWritten?: Date;
  /** Subkeys in subkey-list order (for lf/lh lists: sorted by upper-cased name, as Windows keeps them). */
  subkeys(): HiveKey[];
  /** Values in value-list order. */
  values(): RegValue[];
  /** The subkey named `name`, compared case-insensitively. */
  child(name: string): HiveKey | undefined;
}

export interface Hive {
  /** Dirty-hive and unusual-header notes; the hive still reads. */
  warnings: ImportWarning[];
  root: HiveKey;
  minorVersion: number;
}

export interface OpenHiveOptions {
  /** Refuse larger inputs (default 1 GiB). */
  maxBytes?: number;
}

class Key implements HiveKey {
  readonly name: string;
  readonly offset: number;
  readonly lastWritten?: Date;
  private readonly node: KeyNode;

  constructor(
    private readonly hive: HiveCells,
    node: KeyNode,
    private readonly parent: Key | undefined,
    private readonly depth: number,
  ) {
    this.node = node;
    this.name = node.name;
    this.offset = node.cell.off;
    if (node.lastWritten) this.lastWritten = node.lastWritten;
  }

  subkeys(): HiveKey[] {
    const entries = readSubkeyOffsets(this.hive, this.node);
    if (entries.length > 0 && this.depth + 1 > LIMITS.MAX_DEPTH) {
      throw this.hive.error(this.node.cell.abs, 'hiveTooDeep', { limit: LIMITS.MAX_DEPTH });
    }
    const seen = new Set<number>();
    return entries.map(({ off, from }) => {
      if (seen.has(off)) throw this.hive.error(from, 'hiveSubkeyTwice', { key: off.toString(16) });
      seen.add(off);
      const ancestor = this.ancestorAt(off);
      if (ancestor) throw this.hive.error(from, 'hiveCycle', { name: ancestor.name });
      return new Key(this.hive, readKeyNode(this.hive, off, from), this, this.depth + 1);
    });
  }

  /** This key or one of its ancestors, when its nk is at cell offset `off`. */
  private ancestorAt(off: number): Key | undefined {
    if (this.offset === off) return this;
    return this.parent?.ancestorAt(off);
  }

  values(): RegValue[] {
    return readValues(this.hive, this.node);
  }

  child(name: string): HiveKey | undefined {
    return this.subkeys().find((k) => samePath(k.name, name));
  }
}

/** Opens a regf hive held in memory. Throws FormatError (with the file offset) on any structural fault. */
export function openHive(bytes: Uint8Array, opts: OpenHiveOptions = {}): Hive {
  const maxBytes = opts.maxBytes ?? LIMITS.DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw hiveError(bytes, 0, 'hiveTooLarge', { size: bytes.length, limit: maxBytes });
  }
  const base = readBaseBlock(bytes);
  const cells = new HiveCells(bytes, base.binsEnd);
  const root = new Key(cells, readKeyNode(cells, base.rootCell, BASE.ROOT_CELL), undefined, 0);
  return { warnings: base.warnings, root, minorVersion: base.minorVersion };
}
