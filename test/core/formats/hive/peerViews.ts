/**
 * Whole-hive views of three more independent readers, each rendered from their own output, and the same
 * view rendered from a model (hiveModel.ts) so the two can be compared:
 * - regfexport (libregf): key paths, value names, types and sizes, and the bytes of REG_BINARY data over
 *   4 bytes (libregf 20201007 prints inline binary data as zeros, for the original hives too);
 * - reglookup: key paths, value names and types, as it quotes them (non-ASCII names as their raw UTF-16
 *   bytes), each key's modification time;
 * - chntpw `reged -x`: key paths, value names and types, and the bytes of every value it writes as hex
 *   (strings and dwords it writes as text, not compared; data over 16,344 bytes by size only); it skips keys stored
 *   with UTF-16 names.
 * Each also reports what it printed on stderr, which a save must not add to.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseReg, toSnapshot } from '../../../../electron/core/formats/reg/index.js';
import type { GroundTruthKey } from '../../../helpers/samples.js';

export interface PeerKey {
  path: string;
  values: string[];
}

export interface PeerView {
  keys: PeerKey[];
  stderr: string[];
}

const TYPE_NAMES = [
  'NONE',
  'SZ',
  'EXPAND_SZ',
  'BINARY',
  'DWORD',
  'DWORD_BE',
  'LINK',
  'MULTI_SZ',
  'RSRC_LIST',
  'RSRC_DESC',
  'RSRC_REQ_LIST',
  'QWORD',
];
const sorted = (keys: PeerKey[]): PeerKey[] => keys.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const lines = (s: string): string[] => s.split('\n').filter((l) => l.trim() !== '');

/**
 * Views by tool and file content: regfexport takes ≈ 40 s on a 6 MB hive on a loaded machine, and the
 * hive a save wrote is the one the next save starts from.
 */
const memo = new Map<string, unknown>();
function remembered<T>(tool: string, file: string, read: () => T): T {
  const id = `${tool}:${createHash('sha1').update(readFileSync(file)).digest('hex')}`;
  if (!memo.has(id)) memo.set(id, read());
  return memo.get(id) as T;
}

// ---------- regfexport ----------

export const regfexportView = (file: string): PeerView => remembered('regfexport', file, () => readRegfexport(file));

function readRegfexport(file: string): PeerView {
  const r = spawnSync('regfexport', [file], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`regfexport failed (${r.status}): ${r.stderr}`);
  const keys: PeerKey[] = [];
  let key: PeerKey | undefined;
  let value: { name: string; type: string; size: string; hex: string } | undefined;
  const flush = () => {
    if (key && value) key.values.push(regfexportValue(value.name, value.type, Number(value.size), value.hex));
    value = undefined;
  };
  for (const line of r.stdout.split('\n')) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^Key path: (.*)$/))) {
      flush();
      // The root's own name ("ROOT", "CMI-CreateHive{…}") is not part of paths.
      const cut = m[1]!.indexOf('\\');
      key = { path: cut < 0 ? '' : m[1]!.slice(cut + 1), values: [] };
      keys.push(key);
    } else if ((m = line.match(/^Value: \d+ (.*)$/))) {
      flush();
      value = { name: m[1] === '(default)' ? '' : m[1]!, type: '', size: '0', hex: '' };
    } else if (value && (m = line.match(/^Type: .*\((REG_[A-Z_]+)\)$|^Type: (.*)$/))) {
      value.type = m[1] ?? m[2]!;
    } else if (value && (m = line.match(/^Data size: (\d+)$/))) {
      value.size = m[1]!;
    } else if (value && value.type === 'REG_BINARY' && (m = line.match(/^[0-9a-f]{8}: ((?:[0-9a-f]{2} {1,2})+)/))) {
      value.hex += m[1]!.replace(/ /g, '');
    }
  }
  flush();
  return { keys: sorted(keys), stderr: lines(r.stderr) };
}

const REGF_TYPES: Record<number, string> = {
  0: 'REG_NONE',
  1: 'REG_SZ',
  2: 'REG_EXPAND_SZ',
  3: 'REG_BINARY',
  4: 'REG_DWORD_LITTLE_ENDIAN',
  5: 'REG_DWORD_BIG_ENDIAN',
  6: 'REG_LINK',
  7: 'REG_MULTI_SZ',
  8: 'REG_RESOURCE_LIST',
  9: 'REG_FULL_RESOURCE_DESCRIPTOR',
  10: 'REG_RESOURCE_REQUIREMENTS_LIST',
  11: 'REG_QWORD_LITTLE_ENDIAN',
};

function regfexportValue(name: string, type: string, size: number, hex: string): string {
  return `${name}|${type}|${size}|${type === 'REG_BINARY' && size > 4 ? hex.slice(0, size * 2) : ''}`;
}

/** The model as regfexport shows it. Types without a REG_ name are compared by whatever regfexport printed. */
export function regfexportModel(model: readonly GroundTruthKey[], peer: PeerView): PeerKey[] {
  const printed = new Map<string, string>();
  for (const k of peer.keys) for (const v of k.values) printed.set(v.split('|')[1]!, '');
  return sorted(
    model.map((k) => ({
      path: k.key,
      values: k.values.map((v) => {
        const type = REGF_TYPES[v.type] ?? [...printed.keys()].find((t) => t.includes(v.type.toString(16))) ?? String(v.type);
        return regfexportValue(v.name, type, v.hex.length / 2, v.hex);
      }),
    })),
  );
}

// ---------- reglookup ----------

/**
 * reglookup's quoting: printable ASCII but its separators as is, the rest %XX; UTF-16 names as raw bytes.
 * A value name keeps its backslashes (the Office 16 sample's `Outlook\Search` values are named by paths).
 */
export function reglookupName(name: string, separators = ',%/\\'): string {
  let bytes: number[] = [];
  if ([...name].every((c) => c.charCodeAt(0) < 0x80)) bytes = [...name].map((c) => c.charCodeAt(0));
  else for (let i = 0; i < name.length; i++) bytes.push(name.charCodeAt(i) & 0xff, name.charCodeAt(i) >>> 8);
  return bytes
    .map((b) =>
      b >= 0x20 && b < 0x7f && !separators.includes(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

export function reglookupView(file: string): PeerView & { mtimes: Map<string, string> } {
  const r = spawnSync('reglookup', ['-H', file], { maxBuffer: 1 << 30, encoding: 'latin1' });
  if (r.status !== 0) throw new Error(`reglookup failed (${r.status}): ${r.stderr}`);
  const keys: PeerKey[] = [];
  const mtimes = new Map<string, string>();
  let key: PeerKey | undefined;
  for (const line of r.stdout.split('\n')) {
    const f = line.split(',');
    if (f.length < 4) continue;
    if (f[1] === 'KEY') {
      key = { path: f[0]!.slice(1).replace(/\//g, '\\'), values: [] };
      keys.push(key);
      mtimes.set(key.path, f[3]!);
    } else if (key) {
      key.values.push(`${f[0]!.slice(f[0]!.lastIndexOf('/') + 1)}|${f[1]}`);
    }
  }
  return { keys: sorted(keys), stderr: lines(r.stderr).map((l) => l.replace(/(NK|VK) offset: 0x[0-9A-F]+/, '$1')), mtimes };
}

export function reglookupModel(model: readonly GroundTruthKey[]): PeerKey[] {
  return sorted(
    model.map((k) => ({
      path: k.key
        .split('\\')
        .map((n) => reglookupName(n))
        .join('\\'),
      values: k.values.map(
        (v) => `${reglookupName(v.name, ',%/')}|${TYPE_NAMES[v.type] ?? `0x${v.type.toString(16).toUpperCase().padStart(8, '0')}`}`,
      ),
    })),
  );
}

// ---------- reged -x ----------

/** reged's export of `key` ('\\' for the whole hive), read back with our .reg parser. */
export function regedView(file: string, dir: string, key = '\\'): PeerView {
  const out = `${dir}/reged-${Math.random().toString(36).slice(2)}.reg`;
  const r = spawnSync('reged', ['-x', file, 'HKEY_CURRENT_USER', key, out], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`reged -x failed (${r.status}): ${r.stderr.slice(-500)}`);
  // chntpw writes an empty binary value as `"a"=hex:` with no line break before the next value.
  const text = readFileSync(out, 'latin1').replace(/=(hex(?:\([0-9a-f]+\))?:)(?=["@])/g, '=$1\r\n');
  const snap = toSnapshot(parseReg(new Uint8Array(Buffer.from(text, 'latin1'))));
  let keys = snap.keys.map((k) => ({
    path: k.path.replace(/^HKEY_CURRENT_USER\\?/, ''),
    values: k.values.map((v) => regedValue(v.name, v.type, v.data)),
  }));
  // Exporting '\\', reged names the root key in paths when the root's name is "ROOT" (hives built by
  // tools), and not for hives Windows made ("CMI-CreateHive{…}"): paths start below the root either way.
  const root = keys[0]?.path ?? '';
  if (key === '\\' && root !== '' && keys.every((k) => k.path === root || k.path.startsWith(root + '\\'))) {
    keys = keys.map((k) => ({ ...k, path: k.path.slice(root.length + 1) }));
  }
  return { keys: sorted(keys), stderr: lines(r.stderr).filter((l) => !l.startsWith('Exporting key')) };
}

/**
 * chntpw 140201 does not follow `db` records: for data over 16,344 bytes it exports that many bytes starting
 * at the db record itself (seen on the Office 16 sample's own big values, which Windows wrote), so only the
 * size of such data is compared.
 */
const regedValue = (name: string, type: number, hex: string) =>
  `${name}|${type}|${TEXT_TYPES.includes(type) ? '' : hex.length > 2 * 16344 ? `${hex.length / 2} bytes` : hex}`;

/**
 * Types reged writes in its own text form, whose data is not compared: REG_SZ as a quoted string, REG_DWORD
 * as `dword:` (for a REG_DWORD whose data is not 4 bytes it prints other bytes: the Windows 7 sample's own
 * 8-byte `lParam` values).
 */
const TEXT_TYPES = [1, 4];

/** The model as reged exports it: keys below `under`, none with a UTF-16 name (or below one). */
export function regedModel(model: readonly GroundTruthKey[], under = ''): PeerKey[] {
  const ascii = (p: string) => [...p].every((c) => c.charCodeAt(0) < 0x80);
  return sorted(
    model
      .filter(
        (k) =>
          (under === '' || k.key.toUpperCase() === under.toUpperCase() || k.key.toUpperCase().startsWith(under.toUpperCase() + '\\')) &&
          ascii(k.key),
      )
      .map((k) => ({ path: k.key, values: k.values.map((v) => regedValue(v.name, v.type, v.hex)) })),
  );
}
