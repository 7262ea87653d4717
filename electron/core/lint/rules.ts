/**
 * Every Check rule, declared once: its severity and the fact it rests on (a section of docs/check-rules.md,
 * which quotes the Microsoft source). Severity follows what the problem does to MAPI or Outlook:
 *
 * - **error**: MAPI or Outlook stops — a provider list names a missing section, a service has no provider,
 *   two stores are the default store, the default profile does not exist;
 * - **warning**: it works but misbehaves — two stores on one data file, a second legacy Exchange account,
 *   an Exchange account whose settings section is gone, a ghost account…;
 * - **info**: the rest, including references that Outlook or MAPI create on demand (PR_EMSABP_USER_UID, an
 *   account's Preferences UID, PR_SERVICE_EXTRA_UIDS, the Outlook global section's copy of the legacy
 *   emsmdbUID): never an error.
 */
import type { LintCode, LintSeverity } from '../../../shared/copyPlan.js';

export interface LintRule {
  severity: LintSeverity;
  /** The heading of docs/check-rules.md that gives the rule's source. */
  fact: string;
}

export const LINT_RULES: Readonly<Record<LintCode, LintRule>> = {
  lintProviderListDangling: { severity: 'error', fact: 'E1' },
  lintServiceWithoutProvider: { severity: 'error', fact: 'E2' },
  lintSeveralDefaultStores: { severity: 'error', fact: 'E3' },
  lintDefaultProfileMissing: { severity: 'error', fact: 'E4' },
  lintSharedDataFile: { severity: 'warning', fact: 'W1' },
  lintSeveralLegacyExchange: { severity: 'warning', fact: 'W2' },
  lintExchangeSectionMissing: { severity: 'warning', fact: 'W3' },
  lintNoDefaultStore: { severity: 'warning', fact: 'W4' },
  lintServiceListedTwice: { severity: 'warning', fact: 'W5' },
  lintServiceNotInMaster: { severity: 'warning', fact: 'W6' },
  lintNoMasterSection: { severity: 'warning', fact: 'W6' },
  lintSeveralPrimaryIdentities: { severity: 'warning', fact: 'W7' },
  lintSeveralDefaultOutbound: { severity: 'warning', fact: 'W7' },
  lintAccountPointsNowhere: { severity: 'warning', fact: 'W8' },
  lintNextAccountIdStale: { severity: 'warning', fact: 'W9' },
  lintDefaultProfileEmpty: { severity: 'warning', fact: 'W10' },
  lintDanglingReference: { severity: 'info', fact: 'I1' },
  lintAccountReferenceMissing: { severity: 'info', fact: 'I1' },
  lintProviderWithoutService: { severity: 'info', fact: 'I2' },
  lintOrphanSection: { severity: 'info', fact: 'I2' },
  lintAccountOrderDangling: { severity: 'info', fact: 'I3' },
  lintNoPrimaryIdentity: { severity: 'info', fact: 'I4' },
};
