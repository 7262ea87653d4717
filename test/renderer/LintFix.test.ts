/**
 * The Check tab's Fix: a finding with a safe repair shows "Fix…", its preview lists every change, and
 * "Apply fix" sends exactly that fix on lint.fix; a finding without one shows no button; no rule id is shown.
 * (The engine's own fixes are proved in test/core/lint/fixes.test.ts; the findings here are parsed with the
 * contract's schema.)
 */
import { answer, calls, changed } from './fakeApi';
import { describe, expect, it } from 'vitest';
import LintPanel from '../../renderer/components/lint/LintPanel.vue';
import { LintFinding } from '../../shared/copyPlan';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { withTwoProfiles } from './copyFlows';
import { mountApp, settle } from './mountApp';

const ORPHAN = '5a835b5131048343a7e9c42aba1a2940';
const $ = (sel: string) => document.querySelector<HTMLElement>(sel);
const text = (sel: string) => $(sel)?.textContent ?? '';

withTwoProfiles();

describe('Check fixes in the window', () => {
  it('previews the fix, applies it on request through lint.fix, and checks again', async () => {
    const orphan = LintFinding.parse({
      severity: 'info',
      code: 'lintOrphanSection',
      section: ORPHAN,
      params: { section: ORPHAN },
      message: `Section ${ORPHAN} is not referenced by any service, provider or account: MAPI never reads it.`,
      fix: { changes: [{ section: ORPHAN, value: '', property: '', type: 0, before: null, after: null, removeKey: true }] },
    });
    const master = '9207f3e0a3b11019908b08002b2a56c2';
    const list = LintFinding.parse({
      severity: 'error',
      code: 'lintProviderListDangling',
      section: master,
      value: '01023d00',
      params: { section: master, property: 'PR_STORE_PROVIDERS', value: '01023d00', target: 'ab'.repeat(16) },
      message: 'm',
      fix: {
        changes: [
          {
            section: master,
            value: '01023d00',
            property: 'PR_STORE_PROVIDERS',
            type: 3,
            before: 'cd'.repeat(16) + 'ab'.repeat(16),
            after: 'cd'.repeat(16),
            removeKey: false,
          },
        ],
      },
    });
    const withoutFix = LintFinding.parse({ severity: 'info', code: 'lintNoPrimaryIdentity', params: { service: 'X' }, message: 'x' });
    const findings = [orphan, list];
    answer('lint.run', () => ({
      ok: true,
      value: { profiles: [{ id: 'p1', name: 'Outlook', findings: [...findings, withoutFix] }], workspace: [] },
    }));
    answer('lint.fix', () => ({ ok: true, value: { findings: [], change: changed() } }));
    const w = mountApp(LintPanel);
    const ws = useWorkspaceStore();
    await ws.refreshAll();
    await ws.openProfile('p1');
    await settle();
    expect(document.querySelectorAll('[data-testid="lint-fix"]')).toHaveLength(2);
    expect(text('[data-testid="lint-findings"]')).not.toMatch(/lint[A-Z]/);
    // The property is named by its PR_ name, not its registry value name.
    expect(text('[data-testid="lint-error"]')).toContain('value PR_STORE_PROVIDERS');
    document.querySelectorAll<HTMLElement>('[data-testid="lint-fix"]')[0]!.click();
    await settle();
    expect(text('[data-testid="lint-fix-preview"]')).toContain(`PR_STORE_PROVIDERS of ${master}: ${'cd'.repeat(16)}${'ab'.repeat(4)}`);
    document.querySelectorAll<HTMLElement>('[data-testid="lint-fix"]')[1]!.click();
    await settle();
    expect(text('[data-testid="lint-fix-preview"]')).toContain(`Removes the empty section ${ORPHAN}`);
    expect(text('[data-testid="lint-fix-preview"]')).toContain('Undo reverts it');
    expect(calls.some((c) => c.channel === 'lint.fix')).toBe(false);
    $('[data-testid="lint-fix-apply"]')!.click();
    await settle();
    expect(calls.filter((c) => c.channel === 'lint.fix').map((c) => c.request)).toEqual([{ id: 'p1', fix: orphan.fix }]);
    w.unmount();
  });
});
