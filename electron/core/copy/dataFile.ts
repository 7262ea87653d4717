/**
 * `--data-file PATH`: a copied PST service that opens a file of its own. MAPI's CopyMsgService cannot do this
 * — it never calls the service's entry point, so "the copied message service has the same configuration
 * settings as its original" and opens the same data file (docs/mapi-profiles.md §6.4, §6.8). The copy sets
 * PR_PST_PATH / PR_PST_PATH_W (0x6700, docs/mapi-profiles.md §11.3) of its sections to the new path, and
 * rewrites the path where an entry ID of those sections embeds it: a PST store entry ID ends with the
 * wrapped EIDMS (ANSI path, NUL) or EIDMSW ("" then the UTF-16LE path, NUL) (§14.2), so the old path and its
 * terminator are replaced by the new one in the same encoding. Outlook opens the file, or creates it when
 * it does not exist.
 */
import type { CopyWarning, PlannedSection, Rewrite } from '../../../shared/copyPlan.js';
import { tagOfValueName } from '../../../shared/mapi/propTag.js';
import { tagName } from '../../../shared/mapi/tagTable.js';
import { PR_ENTRYID, PR_PST_PATH, PR_PST_PATH_W, PR_STORE_ENTRYID } from '../../../shared/mapi/tags.js';
import { decodeProperty, encodeProperty, fromHex, toHex } from '../model/index.js';
import type { ServiceView } from '../../../shared/profileView.js';

const ansiZ = (s: string) => toHex(Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff).concat(0)));
const utf16Z = (s: string) => toHex(Uint8Array.from([...(s + '\0')].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])));

/** Replaces the trailing NUL-terminated `from` path (ANSI or UTF-16LE) of an entry ID by `to`. */
function rewriteEntryIdPath(hex: string, from: string, to: string): string {
  const lower = hex.toLowerCase();
  for (const [enc, encTo] of [
    [utf16Z(from), utf16Z(to)],
    [ansiZ(from), ansiZ(to)],
  ] as const) {
    const at = lower.lastIndexOf(enc.toLowerCase());
    if (at >= 0 && at % 2 === 0 && at + enc.length === lower.length) return lower.slice(0, at) + encTo;
  }
  return hex;
}

/** Sets the new data file on the copied PST sections; null when the service has no PST path. */
export function setDataFile(
  service: ServiceView,
  sections: PlannedSection[],
  path: string,
  state: { rewrites: Rewrite[]; warnings: CopyWarning[] },
): { path: string; previous: string } | null {
  const pst = service.dataFiles.find((d) => d.kind === 'pst');
  if (!pst) return null;
  for (const s of sections) {
    s.values = s.values.map((v) => {
      const tag = tagOfValueName(v.name);
      let after = v.data;
      if (tag === PR_PST_PATH_W || tag === PR_PST_PATH) {
        const like = decodeProperty({ name: v.name, type: v.type, data: fromHex(v.data) });
        if (like.value === pst.path) after = toHex(encodeProperty(path, like).data);
      } else if (tag === PR_ENTRYID || tag === PR_STORE_ENTRYID) {
        after = rewriteEntryIdPath(v.data, pst.path, path);
      }
      if (after === v.data) return v;
      state.rewrites.push({
        section: s.uid,
        value: v.name,
        tagName: tag === null ? null : tagName(tag),
        kind: 'dataFile',
        before: v.data,
        after,
      });
      return { ...v, data: after };
    });
  }
  state.warnings.push({ code: 'ownDataFile', params: { path, previous: pst.path } });
  return { path, previous: pst.path };
}
