/** Lint findings for display: counts by severity and the order they are listed in (errors first). */
import type { LintFinding, LintSeverity } from '../../shared/copyPlan';

export const SEVERITIES: LintSeverity[] = ['error', 'warning', 'info'];

export function countBySeverity(findings: readonly LintFinding[]): Record<LintSeverity, number> {
  const n: Record<LintSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

/** Errors, then warnings, then notes; the main process's order within each. */
export const sortFindings = (findings: readonly LintFinding[]): LintFinding[] =>
  [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
