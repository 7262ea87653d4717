/**
 * The names the handlers use: `lintProfile` is {@link lint} without context; `lintDefaults` checks the
 * workspace's default-profile settings (one per registry root) against the profiles of that root.
 */
import type { LintFinding } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import { lint, type LintContext } from './lint.js';
import { LINT_RULES } from './rules.js';

export const lintProfile = (doc: ProfileDoc, ctx: LintContext = {}): LintFinding[] => lint(doc, ctx);

/** A default-profile setting naming no profile of its registry root (docs/check-rules.md E4). */
export function lintDefaults(
  defaults: Readonly<Record<string, string>>,
  profiles: readonly { name: string; origin: { root: string } }[],
): LintFinding[] {
  return Object.entries(defaults)
    .filter(([root, name]) => !profiles.some((p) => p.origin.root === root && p.name.toLowerCase() === name.toLowerCase()))
    .map(([root, name]) => ({
      severity: LINT_RULES.lintDefaultProfileMissing.severity,
      code: 'lintDefaultProfileMissing' as const,
      params: { root, name },
      message: errorText('en', 'lintDefaultProfileMissing', { root, name }),
    }));
}

export const hasErrors = (findings: readonly LintFinding[]): boolean => findings.some((f) => f.severity === 'error');
