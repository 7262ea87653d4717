/**
 * Registry keys (from a .reg file or a hive) ↔ stored profiles (docs/file-formats.md §1, §2).
 *
 * A profiles root is any key path ending, case-insensitively, in
 * `Software\Microsoft\Office\<ver>\Outlook\Profiles` or
 * `Software\Microsoft\Windows NT\CurrentVersion\Windows Messaging Subsystem\Profiles`, under any hive
 * root (`HKEY_CURRENT_USER`, `HKEY_USERS\<sid>`, a hive reader's own prefix…). Each direct child of a root
 * is a profile; its subtree is stored verbatim with paths relative to the profile key.
 *
 * The default profile is the REG_SZ `DefaultProfile` on `…\<ver>\Outlook` (Office 15/16) or on the
 * `…\Profiles` key itself (Windows Messaging Subsystem).
 */
import { randomUUID } from 'node:crypto';
import type { ImportWarning } from '../../../shared/i18n/importWarnings.js';
import type { ProfileDoc, KeyDoc } from '../../../shared/profileDoc.js';
import { RegType, type RegKey } from '../formats/registry.js';
import { decodeUtf16, encodeUtf16, fromHex, toHex } from './bytes.js';
import { isRegString } from './ptypes.js';

const OFFICE_ROOT = /(?:^|\\)Software\\Microsoft\\Office\\[^\\]+\\Outlook\\Profiles(?=\\|$)/i;
const WMS_ROOT = /(?:^|\\)Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles(?=\\|$)/i;
/** The REG_SZ naming the default profile, beside the profiles (docs/file-formats.md §1). */
export const DEFAULT_VALUE = 'DefaultProfile';

export interface RegistrySource {
  source: 'reg' | 'hive';
  file?: string;
}

export interface ProfilesFromRegistry {
  profiles: ProfileDoc[];
  /** The DefaultProfile found for each root (the profile may be absent: see warnings). */
  defaults: { root: string; name: string }[];
  warnings: ImportWarning[];
}

/** Where a key sits: its profiles root, as spelled in the first key seen under it, and the rest. */
function splitRoot(path: string): { root: string; rest: string; office: boolean } | null {
  for (const [re, office] of [
    [OFFICE_ROOT, true],
    [WMS_ROOT, false],
  ] as const) {
    const m = re.exec(path);
    if (m) {
      const end = m.index + m[0].length;
      return { root: path.slice(0, end), rest: path.slice(end + 1), office };
    }
  }
  return null;
}

/** `{root, name}` when `path` is a profile key itself (`…\Profiles\NAME`), else null. */
export function profileKeyOf(path: string): { root: string; name: string } | null {
  const at = splitRoot(path);
  if (!at || at.rest === '' || at.rest.includes('\\')) return null;
  return { root: at.root, name: at.rest };
}

/** A key at or below `…\Profiles\NAME`. */
export function insideProfile(path: string): boolean {
  const at = splitRoot(path);
  return at !== null && at.rest !== '';
}

/** The key holding DefaultProfile for a root: `…\Outlook` for Office, the root itself for WMS. */
export function defaultProfileKeyOf(root: string): string {
  return OFFICE_ROOT.test(root) ? root.slice(0, root.lastIndexOf('\\')) : root;
}

interface FoundProfile {
  root: string;
  name: string;
  /** By lowercase relative path. */
  keys: Map<string, KeyDoc>;
}

/** A key inside a profile, its path relative to the profile key. */
interface PlacedKey {
  profile: FoundProfile;
  relative: string;
  key: RegKey;
}

interface Placed {
  /** Profiles by lowercase `root\name`, in first-seen order. */
  byProfile: Map<string, FoundProfile>;
  /** Roots by lowercase path → spelling. */
  roots: Map<string, string>;
  placed: PlacedKey[];
}

/** The profiles and roots the keys belong to, and each key's place. */
function placeKeys(keys: readonly RegKey[]): Placed {
  const byProfile = new Map<string, FoundProfile>();
  const roots = new Map<string, string>();
  const placed: PlacedKey[] = [];
  let last: LastProfile | undefined;
  for (const key of keys) {
    const relative = last && relativeTo(last.prefix, key.path);
    if (relative !== undefined) {
      placed.push({ profile: last!.profile, relative, key });
      continue;
    }
    last = undefined;
    const at = splitRoot(key.path);
    if (!at) continue;
    const rootId = at.root.toLowerCase();
    if (!roots.has(rootId)) roots.set(rootId, at.root);
    const root = roots.get(rootId)!;
    if (at.rest === '') continue;
    const sep = at.rest.indexOf('\\');
    const name = sep < 0 ? at.rest : at.rest.slice(0, sep);
    const profileId = rootId + '\\' + name.toLowerCase();
    let profile = byProfile.get(profileId);
    if (!profile) {
      profile = { root, name, keys: new Map() };
      byProfile.set(profileId, profile);
    }
    if (at.office) last = { prefix: at.root + '\\' + name, profile };
    placed.push({ profile, relative: sep < 0 ? '' : at.rest.slice(sep + 1), key });
  }
  return { byProfile, roots, placed };
}

/**
 * The profile of the last key placed under an Office root, and its path as spelled there.
 *
 * Performance (test/bench, .reg import): a profile's keys come one after the other; a key whose path
 * starts with the same `root\name\` lies in the same profile — splitRoot would find the same root
 * there (its match is the leftmost one, and a match starting further left would have ended within the
 * root too) — so its regexes, lower-casing and lookups are skipped. Not for Windows Messaging Subsystem
 * roots: the Office pattern, tried first, might match further down such a path.
 */
interface LastProfile {
  prefix: string;
  profile: FoundProfile;
}

/** `path` relative to `prefix` when it is `prefix` or below it; undefined otherwise. */
function relativeTo(prefix: string, path: string): string | undefined {
  if (!path.startsWith(prefix)) return undefined;
  if (path.length === prefix.length) return '';
  return path.charCodeAt(prefix.length) === 0x5c ? path.slice(prefix.length + 1) : undefined;
}

/** Adds a key to its profile; a key met again (in another spelling) has its values merged into the first. */
function addKey(profile: FoundProfile, doc: KeyDoc, fullPath: string, warnings: ImportWarning[]): void {
  const existing = profile.keys.get(doc.path.toLowerCase());
  if (!existing) {
    profile.keys.set(doc.path.toLowerCase(), doc);
    return;
  }
  warnings.push({ reason: 'keyMerged', params: { key: fullPath } });
  for (const v of doc.values) {
    const i = existing.values.findIndex((e) => e.name.toLowerCase() === v.name.toLowerCase());
    if (i >= 0) existing.values[i] = v;
    else existing.values.push(v);
  }
}

/**
 * Every profile found among the keys, with each root's default profile. Keys outside any profiles root
 * are ignored (except the keys holding DefaultProfile). Never throws on odd input: it warns.
 */
export function profilesFromRegistry(keys: readonly RegKey[], source: RegistrySource): ProfilesFromRegistry {
  const warnings: ImportWarning[] = [];
  const { byProfile, roots, placed } = placeKeys(keys);
  // A registry value is a stored value (RegValue ≡ ValueDoc: lowercase hex data, unsigned type), so the
  // readers' values become the profile's as they are. Performance (test/bench, .reg import of 1,000
  // profiles): a copy of each of 150,000 values was ≈ 12% of the import, most of it in the garbage
  // collector moving them.
  for (const { profile, relative, key } of placed) addKey(profile, { path: relative, values: key.values }, key.path, warnings);

  const profiles: ProfileDoc[] = [];
  for (const p of byProfile.values()) {
    let profileKey = p.keys.get('');
    if (!profileKey) {
      warnings.push({ reason: 'profileKeyMissing', params: { name: p.name } });
      profileKey = { path: '', values: [] };
    }
    const rest = [...p.keys.entries()].filter(([k]) => k !== '').map(([, v]) => v);
    profiles.push({
      id: randomUUID(),
      name: p.name,
      origin: { source: source.source, ...(source.file !== undefined ? { file: source.file } : {}), root: p.root },
      keys: [profileKey, ...rest],
    });
  }

  const defaults: { root: string; name: string }[] = [];
  for (const root of roots.values()) {
    const holder = defaultProfileKeyOf(root).toLowerCase();
    const key = keys.find((k) => k.path.length === holder.length && k.path.toLowerCase() === holder);
    const value = key?.values.find((v) => v.name.toLowerCase() === DEFAULT_VALUE.toLowerCase());
    if (!value) continue;
    const name = registryString(value.type, value.data);
    if (name === null) {
      warnings.push({ reason: 'defaultProfileNotString', params: { value: `${key!.path}\\${value.name}` } });
      continue;
    }
    if (name === '') continue;
    defaults.push({ root, name });
    if (!profiles.some((p) => p.origin.root === root && p.name.toLowerCase() === name.toLowerCase())) {
      warnings.push({ reason: 'defaultProfileMissing', params: { name, root } });
    }
  }
  return { profiles, defaults, warnings };
}

/** The text of a REG_SZ (or REG_BINARY UTF-16) value without its NUL; null when it is not text. */
function registryString(type: number, hex: string): string | null {
  if (!isRegString(type) && type !== RegType.BINARY) return null;
  // Whole UTF-16 code units: a byte count (half the hex digits) that is even.
  if (hex.length % 4 !== 0) return null;
  const s = decodeUtf16(fromHex(hex));
  const nul = s.indexOf('\0');
  return nul >= 0 ? s.slice(0, nul) : s;
}

/**
 * The registry keys of a stored profile, with full paths under `doc.origin.root`, in stored order. With
 * `isDefault`, the key holding DefaultProfile comes first, with the profile's name as REG_SZ
 * (UTF-16LE + NUL). The profiles root key itself is not written (a .reg import creates it).
 */
export function profileToRegistry(doc: ProfileDoc, opts: { isDefault?: boolean } = {}): RegKey[] {
  const base = doc.origin.root + '\\' + doc.name;
  const out: RegKey[] = [];
  if (opts.isDefault) {
    out.push({
      path: defaultProfileKeyOf(doc.origin.root),
      values: [{ name: DEFAULT_VALUE, type: RegType.SZ, data: toHex(encodeUtf16(doc.name + '\0')) }],
    });
  }
  for (const k of doc.keys) {
    out.push({
      path: k.path === '' ? base : base + '\\' + k.path,
      // A stored value is a registry value (ValueDoc ≡ RegValue): the writers only read them.
      values: k.values,
    });
  }
  return out;
}
