/**
 * One value of a copied section or account, rewritten as its class says (classifyValue.ts): section UIDs
 * remapped old → new, UIDs embedded in entry IDs patched, everything else kept byte for byte. Each change
 * is recorded for the preview.
 */
import type { CopyPlan, CopyWarning } from '../../../shared/copyPlan.js';
import type { ValueDoc } from '../../../shared/profileDoc.js';
import { classifyValue } from './classifyValue.js';
import { remapAligned, remapAnywhere, uidsFound, type UidMap } from './uidRewrite.js';

export interface RewriteState {
  rewrites: CopyPlan['rewrites'];
  warnings: CopyWarning[];
  serviceName: string | undefined;
}

export function rewriteValue(v: ValueDoc, path: string, uidMap: UidMap, state: RewriteState): ValueDoc {
  const c = classifyValue(v.name, state.serviceName);
  let after = v.data;
  let kind: CopyPlan['rewrites'][number]['kind'] = 'uid';
  if (c.action === 'remap') {
    after = remapAligned(v.data, uidMap);
    kind = c.name === v.name ? 'account' : v.data.length === 32 ? 'uid' : 'uidList';
  } else if (c.action === 'scan') {
    after = remapAnywhere(v.data, uidMap);
    kind = 'embedded';
  } else if (c.action === 'recordKey') {
    after = uidMap.get(v.data) ?? v.data;
    kind = 'recordKey';
  } else if (c.action === 'unknown' && uidsFound(v.data, uidMap).length > 0) {
    // Not understood, yet it holds a copied UID: left as is (it still names the original, which exists),
    // and said, so nothing is silently cross-linked.
    state.warnings.push({ code: 'unknownUidReference', params: { section: path, value: v.name } });
  }
  if (after !== v.data) state.rewrites.push({ section: path, valueName: v.name, name: c.name, kind, before: v.data, after });
  return after === v.data ? v : { ...v, data: after };
}

