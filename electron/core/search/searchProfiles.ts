/**
 * Search across every profile of the workspace: by property name or tag (`PR_PST_PATH`, `0x6700001F`,
 * `001f6700`), by decoded value text, by hex bytes, or by UID (which also finds the section it names).
 * Binary values are also matched by their Smart View (shared/smartView): the data-file path inside a
 * store's PR_ENTRYID, the DN inside an address-book entry ID. Values are matched and shown as the text a
 * person reads (a path with single backslashes), never as JSON. Secure values are never matched on their
 * content (docs/mapi-profiles.md §8).
 */
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import type { SearchHit, SearchKind, SearchResult } from '../../../shared/searchCompare.js';
import { formatTag, tagOfValueName } from '../../../shared/mapi/propTag.js';
import { tagName } from '../../../shared/mapi/tagTable.js';
import type { PropertyValue } from '../../../shared/profileView.js';
import { smartText } from '../../../shared/smartView/index.js';
import { decodeProperty, fromHex } from '../model/index.js';

export function searchProfiles(docs: ProfileDoc[], query: string, kind: SearchKind = 'any', limit = 500): SearchResult {
  const q = query.trim().toLowerCase();
  const hex = q.replace(/^0x/, '').replace(/[\s,:-]/g, '');
  const hexQuery = /^([0-9a-f]{2})+$/.test(hex) ? hex : null;
  const hits: SearchHit[] = [];
  if (q === '') return { hits, truncated: false };
  for (const doc of docs) {
    for (const key of doc.keys) {
      const base = { profileId: doc.id, profileName: doc.name, section: key.path };
      if ((kind === 'any' || kind === 'name') && key.path.toLowerCase().includes(q))
        hits.push({ ...base, valueName: null, matched: 'section', tagName: null, preview: key.path });
      for (const v of key.values) {
        const tag = tagOfValueName(v.name);
        const name = tag === null ? null : tagName(tag);
        const hit = (matched: SearchHit['matched'], preview: string) =>
          hits.push({ ...base, valueName: v.name, matched, tagName: name, preview });
        if (kind === 'any' || kind === 'name') {
          const labels = [v.name, name ?? '', tag === null ? '' : formatTag(tag)].map((s) => s.toLowerCase());
          if (labels.some((l) => l.includes(q))) {
            hit('name', name ?? v.name);
            continue;
          }
        }
        const decoded = decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) });
        if (decoded.secure) continue;
        if ((kind === 'any' || kind === 'value') && decoded.value !== undefined) {
          const text = plainText(decoded.value);
          const smart = smartText({ tag, ptype: decoded.ptype, regType: v.type, value: decoded.value });
          const found = text.toLowerCase().includes(q) ? text : smart.toLowerCase().includes(q) ? smart : null;
          if (found !== null) {
            hit('value', found.length > 200 ? found.slice(0, 200) + '…' : found);
            continue;
          }
        }
        if ((kind === 'any' || kind === 'hex') && hexQuery && v.data.includes(hexQuery)) hit('hex', previewHex(v.data, hexQuery));
      }
      if (hits.length >= limit) return { hits: hits.slice(0, limit), truncated: true };
    }
  }
  return { hits, truncated: false };
}

/** A window of the bytes around the match. */
function previewHex(data: string, needle: string): string {
  let at = data.indexOf(needle);
  while (at % 2 !== 0 && at >= 0) at = data.indexOf(needle, at + 1);
  const from = Math.max(0, at - 16);
  return (from > 0 ? '…' : '') + data.slice(from, at + needle.length + 16) + (at + needle.length + 16 < data.length ? '…' : '');
}

/** A decoded value as people read it: strings as they are, list items joined by '; '. */
export function plainText(value: PropertyValue): string {
  return Array.isArray(value) ? value.map(String).join('; ') : String(value);
}
