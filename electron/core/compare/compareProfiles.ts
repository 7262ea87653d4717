/**
 * Compare two profiles (or two sections) key by key and value by value — e.g. a profile before and
 * after an import, or the same profile from two machines. Keys are matched by meaning (matchSections.ts:
 * services by service name and display name, providers by type, extra sections by place, fixed
 * sections by UID), so two profiles with the same services compare equal although their section UIDs
 * differ; values by property, a UID of a matched section reading as its counterpart. Unchanged keys are
 * counted, not listed.
 */
import type { KeyDoc, ProfileDoc } from '../../../shared/profileDoc.js';
import type { Comparison, KeyDiff, ValueDiff } from '../../../shared/searchCompare.js';
import { tagOfValueName } from '../../../shared/mapi/propTag.js';
import { tagName } from '../../../shared/mapi/tagTable.js';
import { smartText } from '../../../shared/smartView/index.js';
import { PT } from '../../../shared/mapi/tags.js';
import { decodeProperty, fromHex } from '../model/index.js';
import { plainText } from '../search/searchProfiles.js';
import { meaningsOf, remapUids, uidMap } from './matchSections.js';

export function compareProfiles(left: ProfileDoc, right: ProfileDoc, section?: { left: string; right: string }): Comparison {
  const pick = (doc: ProfileDoc, path: string | undefined) =>
    path === undefined ? doc.keys : doc.keys.filter((k) => k.path.toLowerCase() === path.toLowerCase());
  const l = pick(left, section?.left);
  const r = pick(right, section?.right);
  const lm = meaningsOf(left);
  const rm = meaningsOf(right);
  const map = uidMap(lm, rm);
  if (section) map.set(section.left.toLowerCase(), section.right.toLowerCase());
  // Comparing two sections: match them with each other whatever they are.
  const norm = (k: KeyDoc, m: typeof lm) => (section ? '' : (m.byPath.get(k.path.toLowerCase()) ?? `path:${k.path.toLowerCase()}`));
  const rightByMeaning = new Map(r.map((k) => [norm(k, rm), k]));
  // Keys with no counterpart by meaning still meet one at the same path (a provider whose service is gone).
  const pairs = new Map<KeyDoc, KeyDoc>();
  for (const lk of l) {
    const rk = rightByMeaning.get(norm(lk, lm));
    if (rk) pairs.set(lk, rk);
  }
  const pairedRight = new Set(pairs.values());
  const freeRight = new Map(r.filter((k) => !pairedRight.has(k)).map((k) => [k.path.toLowerCase(), k]));
  for (const lk of l) {
    if (pairs.has(lk) || section) continue;
    const rk = freeRight.get(lk.path.toLowerCase());
    if (rk) {
      pairs.set(lk, rk);
      pairedRight.add(rk);
    }
  }
  const keys: KeyDiff[] = [];
  let sameKeys = 0;
  for (const lk of l) {
    const rk = pairs.get(lk);
    if (!rk) {
      keys.push({ path: lk.path, state: 'onlyLeft', values: lk.values.map((v) => diffValue(v.name, v, undefined)) });
      continue;
    }
    const values = diffValues(lk, rk, map);
    const paths = rk.path.toLowerCase() === lk.path.toLowerCase() ? {} : { rightPath: rk.path };
    if (values.length === 0) sameKeys++;
    else keys.push({ path: lk.path, ...paths, state: 'changed', values });
  }
  for (const rk of r)
    if (!pairedRight.has(rk))
      keys.push({ path: rk.path, state: 'onlyRight', values: rk.values.map((v) => diffValue(v.name, undefined, v)) });
  return { keys, sameKeys };
}

/**
 * The same profile at two moments (one step of the history): keys paired by path, as the store keeps
 * them, never by meaning — a service copied into its own profile would otherwise pair with its original.
 */
export function compareByPath(before: ProfileDoc, after: ProfileDoc): Comparison {
  const afterByPath = new Map(after.keys.map((k) => [k.path.toLowerCase(), k]));
  const beforePaths = new Set(before.keys.map((k) => k.path.toLowerCase()));
  const keys: KeyDiff[] = [];
  let sameKeys = 0;
  const none = new Map<string, string>();
  for (const bk of before.keys) {
    const ak = afterByPath.get(bk.path.toLowerCase());
    if (!ak) keys.push({ path: bk.path, state: 'onlyLeft', values: bk.values.map((v) => diffValue(v.name, v, undefined)) });
    else {
      const values = diffValues(bk, ak, none);
      if (values.length === 0) sameKeys++;
      else keys.push({ path: bk.path, state: 'changed', values });
    }
  }
  for (const ak of after.keys)
    if (!beforePaths.has(ak.path.toLowerCase()))
      keys.push({ path: ak.path, state: 'onlyRight', values: ak.values.map((v) => diffValue(v.name, undefined, v)) });
  return { keys, sameKeys };
}

function diffValues(l: KeyDoc, r: KeyDoc, map: ReadonlyMap<string, string>): ValueDiff[] {
  const rv = new Map(r.values.map((v) => [v.name.toLowerCase(), v]));
  const out: ValueDiff[] = [];
  for (const v of l.values) {
    const other = rv.get(v.name.toLowerCase());
    if (!other) out.push(diffValue(v.name, v, undefined));
    // A UID of a matched section is the same as its counterpart's (PR_SERVICE_UID, provider lists…).
    else if (other.type !== v.type || remapUids(v.data, map) !== other.data) out.push(diffValue(v.name, v, other));
  }
  const lv = new Set(l.values.map((v) => v.name.toLowerCase()));
  for (const v of r.values) if (!lv.has(v.name.toLowerCase())) out.push(diffValue(v.name, undefined, v));
  return out;
}

type Raw = { name: string; type: number; data: string };

function diffValue(name: string, left: Raw | undefined, right: Raw | undefined): ValueDiff {
  const tag = tagOfValueName(name);
  return {
    valueName: name,
    tagName: tag === null ? null : tagName(tag),
    state: left && right ? 'changed' : left ? 'onlyLeft' : 'onlyRight',
    left: left ? side(left) : null,
    right: right ? side(right) : null,
  };
}

function side(v: Raw): { type: number; data: string; text: string } {
  const d = decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) });
  if (d.secure) return { type: v.type, data: '', text: '(secure)' };
  if (d.value === undefined) return { type: v.type, data: v.data, text: v.data };
  // Entry IDs compare as what they name (DLL, data-file path, server, DN), not as a line of hex.
  const binary = d.ptype === PT.BINARY || d.ptype === PT.MV_BINARY || (d.ptype === null && v.type === 3);
  const items: unknown[] = Array.isArray(d.value) ? d.value : [d.value];
  const longer = items.some((x) => typeof x === 'string' && x.length > 32); // not a bare 16-byte UID
  const smart = binary && longer ? smartText({ tag: d.tag, ptype: d.ptype, regType: v.type, value: d.value }) : '';
  return { type: v.type, data: v.data, text: smart || plainText(d.value) };
}
