/**
 * Subtrees of an open hive as `RegKey`s, and the keys where Outlook keeps its profiles (docs/file-formats.md §1).
 */
import type { RegKey } from '../registry.js';
import type { Hive, HiveKey } from './hive.js';
import { hiveError } from './cells.js';

/** Follows `relPath` (backslash-separated, case-insensitive) from the root; returns the key and its stored path. */
export function findKey(hive: Hive, relPath: string): { key: HiveKey; path: string[] } | undefined {
  let key = hive.root;
  const path: string[] = [];
  for (const part of relPath.split('\\')) {
    if (part === '') continue;
    const next = key.child(part);
    if (!next) return undefined;
    key = next;
    path.push(next.name);
  }
  return { key, path };
}

const join = (prefix: string, parts: string[]): string => [prefix, ...parts].filter((p) => p !== '').join('\\');

/**
 * The key at `relPath` and every key below it, depth-first pre-order, subkeys in subkey-list order and
 * values in value-list order, each with the full path `prefix\<stored names>`. `[]` when the key is absent.
 * A key reached twice (a cycle or a shared list) is a FormatError.
 */
export function readSubtree(hive: Hive, relPath: string, prefix: string): RegKey[] {
  const found = findKey(hive, relPath);
  if (!found) return [];
  const out: RegKey[] = [];
  const visited = new Set<number>();
  const stack: { key: HiveKey; path: string }[] = [{ key: found.key, path: join(prefix, found.path) }];
  while (stack.length > 0) {
    const { key, path } = stack.pop()!;
    if (visited.has(key.offset)) {
      throw hiveError(new Uint8Array(0), key.offset + 4096, 'hiveKeyReachedTwice', { path: String(path) });
    }
    visited.add(key.offset);
    out.push({ path, values: key.values() });
    const subkeys = key.subkeys();
    for (let i = subkeys.length - 1; i >= 0; i--) {
      const sub = subkeys[i]!;
      stack.push({ key: sub, path: path === '' ? sub.name : path + '\\' + sub.name });
    }
  }
  return out;
}

const OFFICE = 'Software\\Microsoft\\Office';
const WMS_PROFILES = 'Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles';
/** Office version keys: `15.0`, `16.0`… (not `Common`, `Outlook`, `ClickToRun`). */
const VERSION = /^\d+\.\d+$/;

/**
 * Every key of an NTUSER.DAT-style hive that holds Outlook profiles: for each
 * `Software\Microsoft\Office\<version>\Outlook`, that key alone (its `DefaultProfile`) then its whole
 * `Profiles` subtree; then the pre-2013 `Windows Messaging Subsystem\Profiles` subtree.
 */
export function collectProfileKeys(hive: Hive, prefix = 'HKEY_CURRENT_USER'): RegKey[] {
  const out: RegKey[] = [];
  const office = findKey(hive, OFFICE);
  if (office) {
    for (const version of office.key.subkeys()) {
      if (!VERSION.test(version.name)) continue;
      const outlook = version.child('Outlook');
      if (!outlook) continue;
      const outlookPath = [...office.path, version.name, outlook.name];
      out.push({ path: join(prefix, outlookPath), values: outlook.values() });
      out.push(...readSubtree(hive, [...outlookPath, 'Profiles'].join('\\'), prefix));
    }
  }
  out.push(...readSubtree(hive, WMS_PROFILES, prefix));
  return out;
}
