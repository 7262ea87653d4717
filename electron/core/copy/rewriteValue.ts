/**
 * One value of a copied section or account, rewritten as its class says (classifyValue.ts): section UIDs
 * remapped old → new (single or in lists), UIDs embedded in AB entry IDs patched (§14.4), a PR_RECORD_KEY
 * equal to a copied UID remapped (§14.2), everything else kept byte for byte. Each change is recorded for
 * the preview.
 *
 * Unknown-UID policy: a value the tag table does not classify (no "on copy" class) that still holds a
 * copied UID somewhere in its bytes is **kept verbatim and warned about** (`unknownUidReference`): guessing
 * that 16 matching bytes are a section reference could corrupt an opaque blob, while the verbatim value
 * still names the original section, which exists. Only classified values are rewritten.
 */
import type { CopyWarning, Rewrite } from '../../../shared/copyPlan.js';
import type { ValueDoc } from '../../../shared/profileDoc.js';
import { classifyValue } from './classifyValue.js';
import { remapAligned, remapAnywhere, uidsFound, type UidMap } from './uidRewrite.js';

export interface RewriteState {
  rewrites: Rewrite[];
  warnings: CopyWarning[];
  /** PR_SERVICE_NAME of the copied service: names provider-defined tags (0x6600–0x67FF) right. */
  serviceName: string | undefined;
}

export function rewriteValue(v: ValueDoc, path: string, uidMap: UidMap, state: RewriteState): ValueDoc {
  const c = classifyValue(v.name, state.serviceName);
  let after = v.data;
  let kind: Rewrite['kind'] = 'uid';
  if (c.action === 'remap') {
    after = remapAligned(v.data, uidMap);
    kind = c.name === v.name ? 'account' : c.uidList ? 'uidList' : 'uid';
  } else if (c.action === 'scan') {
    after = remapAnywhere(v.data, uidMap);
    kind = 'embedded';
  } else if (c.action === 'recordKey') {
    after = uidMap.get(v.data.toLowerCase()) ?? v.data;
    kind = 'recordKey';
  }
  if (after === v.data && c.action !== 'keep') {
    const found = uidsFound(v.data, uidMap);
    if (found.length > 0) state.warnings.push({ code: 'unknownUidReference', params: { section: path, value: v.name, uid: found[0]! } });
  }
  if (after !== v.data) state.rewrites.push({ section: path, value: v.name, tagName: c.name, kind, before: v.data, after });
  return after === v.data ? v : { ...v, data: after };
}
