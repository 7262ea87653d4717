/**
 * A finding's severity is a drawn icon named for screen readers, in both languages, never a character a
 * font may lack (⛔ showed as an empty box: issue 20).
 */
import { describe, expect, it } from 'vitest';
import LintFindings from '../../renderer/components/lint/LintFindings.vue';
import { LintFinding } from '../../shared/copyPlan';
import { i18n, setLocale } from '../../renderer/i18n';
import { mountApp, settle } from './mountApp';

const findings = (['error', 'warning', 'info'] as const).map((severity) =>
  LintFinding.parse({ severity, code: 'lintNoPrimaryIdentity', params: { service: 'X' }, message: 'x' }),
);

describe('severity icons', () => {
  it('draws each severity as an SVG named in the UI language, with no emoji or symbol character', async () => {
    for (const locale of ['en', 'fr'] as const) {
      const w = mountApp(LintFindings, { props: { findings, label: 'Findings' } });
      setLocale(locale);
      await settle();
      const icons = [...document.querySelectorAll('[data-testid="severity-icon"]')];
      expect(icons.map((i) => i.tagName.toLowerCase())).toEqual(['svg', 'svg', 'svg']);
      const t = i18n.global.t as (k: string) => string;
      expect(icons.map((i) => i.getAttribute('aria-label'))).toEqual(['error', 'warning', 'info'].map((s) => t(`lint.severity.${s}`)));
      expect(icons.every((i) => i.querySelector('circle, path'))).toBe(true);
      const list = document.querySelector('[data-testid="lint-findings"]')!.textContent ?? '';
      expect(list).not.toMatch(/[⛔⚠ℹ]/u);
      w.unmount();
      document.body.innerHTML = '';
    }
  });
});
