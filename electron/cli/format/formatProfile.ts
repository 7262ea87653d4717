/** Human text for `mpe show`, from the ProfileView the renderer also shows. */
import type { ProfileSummary } from '../../../shared/contract.js';
import type { DecodedProperty, ProfileView } from '../../../shared/profileView.js';
import { formatTag } from '../../../shared/mapi/propTag.js';

export function formatProfile({ summary, view }: { summary: ProfileSummary; view: ProfileView }): string {
  const out: string[] = [];
  out.push(`Profile  ${summary.name}${summary.isDefault ? '  (default)' : ''}`);
  out.push(`Origin   ${summary.origin.file ?? summary.origin.source}  ${summary.origin.root}`);
  out.push('', `Services (${view.services.length})`);
  for (const s of view.services) {
    out.push(`  ${s.displayName ?? '(no name)'}  [${s.serviceName ?? '?'}]  ${s.uid}${s.exists ? '' : '  MISSING'}`);
    if (s.flags?.names.length) out.push(`    flags     ${s.flags.names.join(' | ')}`);
    for (const p of s.providers) {
      out.push(
        `    provider  ${p.uid}  ${p.resourceTypeName ?? '?'}  ${p.displayName ?? ''}${p.dll ? `  (${p.dll})` : ''}${p.exists ? '' : '  MISSING'}`,
      );
      if (p.flags?.names.length) out.push(`              ${p.flags.names.join(' | ')}`);
    }
    for (const x of s.extraSections) out.push(`    extra     ${x.uid}${x.exists ? '' : '  MISSING'}`);
    for (const f of s.dataFiles) out.push(`    ${f.kind} file  ${f.path}`);
  }
  out.push('', `Sections (${view.sections.length})`);
  for (const section of view.sections) {
    out.push(`  [${section.path}]  ${section.kind}${section.label ? `  ${section.label}` : ''}`);
    for (const p of [...section.properties, ...section.values]) out.push('    ' + formatProperty(p));
  }
  return out.join('\n') + '\n';
}

export function formatProperty(p: DecodedProperty): string {
  const tag = p.tag !== null ? formatTag(p.tag) : p.valueName;
  const name = p.name ?? (p.tag !== null ? '' : '');
  const head = `${tag.padEnd(10)}  ${(name || '-').padEnd(34)}  ${p.ptypeName.padEnd(14)}`;
  if (p.secure) return `${head}  (secure, ${p.size} bytes, not shown)`;
  if (p.error) return `${head}  (${p.error}) ${p.data ?? ''}`;
  return `${head}  ${formatValue(p.value)}`;
}

function formatValue(value: DecodedProperty['value']): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return '[' + value.map((v) => JSON.stringify(v)).join(', ') + ']';
  if (typeof value === 'number') return `${value} (0x${(value >>> 0).toString(16)})`;
  return JSON.stringify(value);
}
