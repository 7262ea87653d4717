/** Human text for `mpe copy-service`: the same plan object the preview dialog shows. */
import type { CopyPlan } from '../../../shared/copyPlan.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';

export function formatPlan(plan: CopyPlan, applied: boolean): string {
  const out: string[] = [];
  const name = plan.service.newDisplayName ?? plan.service.displayName ?? plan.service.uid;
  out.push(
    `${applied ? 'Copied' : 'Would copy'} service '${plan.service.displayName ?? plan.service.uid}' [${plan.service.serviceName ?? '?'}] from '${plan.source.name}' to '${plan.target.name}' as '${name}' (${plan.service.newUid}).`,
  );
  out.push('', `Sections created (${plan.sections.length}):`);
  for (const s of plan.sections)
    out.push(
      `  ${s.role.padEnd(11)} ${s.from} -> ${s.uid}${s.displayName ? `  ${s.displayName}` : ''}${s.fixedUid ? '  (fixed UID)' : ''}`,
    );
  if (plan.rewrites.length) {
    out.push('', `References rewritten (${plan.rewrites.length}):`);
    for (const r of plan.rewrites)
      out.push(`  ${r.section}  ${r.value}${r.tagName && r.tagName !== r.value ? ` ${r.tagName}` : ''}  (${r.kind})`);
  }
  if (plan.masterChanges.changes.length) {
    out.push('', `Registered in the master section${plan.masterChanges.createMaster ? ' (created)' : ''}:`);
    for (const c of plan.masterChanges.changes) out.push(`  ${c.value}${c.tagName ? ` ${c.tagName}` : ''}`);
  }
  if (plan.accountEntry)
    out.push('', `Account entry: ${plan.accountEntry.path} (account ${plan.accountEntry.accountId}, from ${plan.accountEntry.from})`);
  if (plan.droppedFlags.length) {
    out.push('', 'Flags dropped (the target already has them):');
    for (const f of plan.droppedFlags) out.push(`  ${f.flag} on ${f.section} (held by ${f.heldBy})`);
  }
  if (plan.warnings.length) {
    out.push('', 'Warnings:');
    for (const w of plan.warnings) out.push(`  ${errorText('en', w.code, w.params)}`);
  }
  return out.join('\n') + '\n';
}
