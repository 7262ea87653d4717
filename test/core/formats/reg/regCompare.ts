/**
 * Keys as comparable data for the reg tests: lowercased paths (registry paths are case-insensitive,
 * docs/file-formats.md §2.1) and each key's values as a list sorted by name, with hex data.
 */
import type { RegKey } from '../../../../electron/core/formats/registry.js';
import { groundTruth } from '../../../helpers/samples.js';

interface ValueView {
  name: string;
  type: number;
  hex: string;
}

function keyView(path: string, values: ValueView[]): { path: string; values: ValueView[] } {
  return { path: path.toLowerCase(), values: [...values].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}

export function snapshotView(keys: RegKey[]): { path: string; values: ValueView[] }[] {
  return keys.map((k) =>
    keyView(
      k.path,
      k.values.map((v) => ({ name: v.name, type: v.type, hex: v.data })),
    ),
  );
}

export function groundTruthView(): { path: string; values: ValueView[] }[] {
  return groundTruth().map((k) => keyView(k.key, k.values));
}

/** The ground truth as RegKeys, values in hive order. */
export function groundTruthKeys(): RegKey[] {
  return groundTruth().map((k) => ({
    path: k.key,
    values: k.values.map((v) => ({ name: v.name, type: v.type, data: v.hex })),
  }));
}
