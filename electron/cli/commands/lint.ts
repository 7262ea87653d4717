/**
 * `mpe lint [PROFILE] [--fix [--dry-run]]`: Check's findings; exit 1 when any is an error. With `--fix`, every
 * finding with a safe repair (electron/core/lint/fixes.ts) is repaired, each as its own undo step, and the
 * profiles are checked again; with `--dry-run` too, the repairs are printed and nothing is written.
 */
import type { LintFinding, LintFix } from '../../../shared/copyPlan.js';
import type { LintReport } from '../../../shared/contract.js';
import { dispatchEnvelope } from '../../ipc/dispatch.js';
import { resolveProfile } from '../resolveProfile.js';
import type { Command } from '../cliTypes.js';
import { UsageError } from '../cliTypes.js';
import { EXIT } from '../exitCodes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';

const fixLines = (name: string, fix: LintFix): string[] =>
  fix.changes.map((c) =>
    c.removeKey
      ? `${name}  fix      remove empty section ${c.section}`
      : `${name}  fix      ${c.property} of ${c.section}: ${c.before ?? '(none)'} → ${c.after ?? '(removed)'}`,
  );

/** Each profile's fixable findings, fixed one at a time (each fix changes what the next one sees). */
async function fixAll(
  handlers: Parameters<typeof dispatchEnvelope>[0],
  report: LintReport,
): Promise<{ applied: { name: string; finding: LintFinding }[] }> {
  const applied: { name: string; finding: LintFinding }[] = [];
  for (const p of report.profiles) {
    let findings = p.findings;
    for (let guard = 0; guard < 1000; guard++) {
      const next = findings.find((f) => f.fix);
      if (!next) break;
      const r = await dispatchEnvelope(handlers, 'lint.fix', { id: p.id, fix: next.fix! });
      if (!r.ok) throw Object.assign(new Error(r.error.message), { envelope: r });
      applied.push({ name: p.name, finding: next });
      findings = r.value.findings;
    }
  }
  return { applied };
}

export const lintCommand: Command = {
  name: 'lint',
  usage: 'mpe lint [PROFILE] [--fix [--dry-run]]',
  summary: 'check profiles for what stops or upsets MAPI/Outlook; --fix repairs what can safely be; exit 1 on errors',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(args, { fix: { type: 'boolean' }, 'dry-run': { type: 'boolean' } }, 0, 1);
    const fix = values.fix === true;
    const dryRun = values['dry-run'] === true;
    if (dryRun && !fix) throw new UsageError('--dry-run goes with --fix');
    const { handlers, context } = open();
    const id = positionals[0] === undefined ? undefined : resolveProfile(context, options.source, positionals[0]).id;
    let r = await dispatchEnvelope(handlers, 'lint.run', id ? { id } : {});
    const fixed: string[] = [];
    if (fix && r.ok) {
      const first = r.value;
      if (dryRun) {
        for (const p of first.profiles)
          for (const f of p.findings) if (f.fix) fixed.push(`${p.name}  fix      ${f.message}`, ...fixLines(p.name, f.fix));
      } else {
        try {
          const { applied } = await fixAll(handlers, first);
          for (const a of applied) fixed.push(`${a.name}  fixed    ${a.finding.message}`, ...fixLines(a.name, a.finding.fix!));
        } catch (e) {
          const envelope = (e as { envelope?: typeof r }).envelope;
          if (envelope) return printEnvelope(io, options.json, envelope, () => '');
          throw e;
        }
        r = await dispatchEnvelope(handlers, 'lint.run', id ? { id } : {});
      }
    }
    const code = printEnvelope(io, options.json, r, (report) => {
      const lines = [...fixed, ...report.workspace.map((f) => `workspace  ${f.severity.padEnd(7)}  ${f.message}`)];
      for (const p of report.profiles) {
        if (p.findings.length === 0) lines.push(`${p.name}: no problems`);
        for (const f of p.findings)
          lines.push(
            `${p.name}  ${f.severity.padEnd(7)}  ${f.message}${f.section ? `  [${f.section}]` : ''}${f.fix && !fix ? '  (mpe lint --fix repairs it)' : ''}`,
          );
      }
      return lines.join('\n') + '\n';
    });
    if (code !== EXIT.ok || !r.ok) return code;
    const errors = [...r.value.workspace, ...r.value.profiles.flatMap((p) => p.findings)].some((f) => f.severity === 'error');
    return errors ? EXIT.lintErrors : EXIT.ok;
  },
};
