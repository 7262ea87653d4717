/**
 * Rewriting old section UIDs to new ones inside value bytes. A MAPIUID is 16 raw bytes (docs/mapi-profiles.md
 * §14.1); replacing one by another keeps every length and offset, so lists, MV layouts and entry IDs
 * stay well-formed.
 */
import { fromHex, toHex } from '../model/index.js';

export type UidMap = ReadonlyMap<string, string>;

/** Single UIDs and concatenated UID lists (PR_SERVICE_UID, PR_STORE_PROVIDERS…): 16-byte aligned chunks. */
export function remapAligned(hex: string, map: UidMap): string {
  if (hex.length === 0 || hex.length % 32 !== 0) return hex;
  let out = '';
  for (let at = 0; at < hex.length; at += 32) {
    const chunk = hex.slice(at, at + 32);
    out += map.get(chunk) ?? chunk;
  }
  return out;
}

/** UIDs embedded at any offset (AB entry IDs in PR_AB_SEARCH_PATH, PR_AB_DEFAULT_DIR: §14.4). */
export function remapAnywhere(hex: string, map: UidMap): string {
  const bytes = fromHex(hex);
  let changed = false;
  for (const [oldUid, newUid] of map) {
    const needle = fromHex(oldUid);
    for (let at = indexOf(bytes, needle, 0); at >= 0; at = indexOf(bytes, needle, at + 16)) {
      bytes.set(fromHex(newUid), at);
      changed = true;
    }
  }
  return changed ? toHex(bytes) : hex;
}

/**
 * The old UIDs that occur anywhere in the bytes, in any encoding a value may hold a UID in: the 16 raw bytes,
 * or as text — the 32 hex digits of the key name, or the GUID string form `{C8B0DB13-05AA-1A10-…}` (the
 * MAPIUID read as a GUID, docs/mapi-profiles.md §12) — in ASCII or UTF-16LE, either case.
 */
export function uidsFound(hex: string, map: UidMap): string[] {
  const bytes = fromHex(hex);
  return [...map.keys()].filter((uid) => uidSpellings(uid).some((needle) => indexOf(bytes, needle, 0) >= 0));
}

const guidText = (uid: string): string => {
  const b = uid.match(/../g)!;
  const le = (from: number, to: number) => b.slice(from, to).reverse().join('');
  return `${le(0, 4)}-${le(4, 6)}-${le(6, 8)}-${b.slice(8, 10).join('')}-${b.slice(10).join('')}`;
};

function uidSpellings(uid: string): Uint8Array[] {
  const texts = [uid, guidText(uid)].flatMap((t) => [t, t.toUpperCase()]);
  const ascii = (t: string) => Uint8Array.from(t, (c) => c.charCodeAt(0));
  const utf16 = (t: string) => Uint8Array.from([...t].flatMap((c) => [c.charCodeAt(0), 0]));
  return [fromHex(uid), ...texts.flatMap((t) => [ascii(t), utf16(t)])];
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
