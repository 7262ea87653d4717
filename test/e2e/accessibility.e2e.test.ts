/// <reference lib="dom" />
/**
 * An axe-style audit of the window in Chromium: on each main screen, every visible control (buttons,
 * inputs, selects, tabs, options, links, checkboxes, switches) must have an accessible name, every image a
 * text alternative, and ids must be unique. The name follows the accessible-name rules that matter here:
 * aria-labelledby, aria-label, a <label>, the element's text, title, placeholder.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { openFiles, profileRow } from './helpers.js';
import { sampleHivePath } from '../helpers/samples.js';

async function audit(page: Page, screen: string): Promise<string[]> {
  const problems = await page.evaluate(() => {
    const CONTROLS =
      'button, input:not([type=hidden]), select, textarea, a[href], [role=button], [role=tab], [role=option], [role=checkbox], [role=switch], [role=combobox], [role=menuitem], [role=treeitem]';
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && !el.closest('[aria-hidden=true]');
    };
    const nameOf = (el: Element): string => {
      const by = el.getAttribute('aria-labelledby');
      if (by)
        return by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
      const aria = el.getAttribute('aria-label');
      if (aria?.trim()) return aria.trim();
      if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
        const label = el.labels?.[0]?.textContent?.trim();
        if (label) return label;
        if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button') && el.value) return el.value;
      }
      const text = (el.textContent ?? '').trim();
      if (text) return text;
      const img = el.querySelector('img[alt], svg[aria-label]');
      if (img) return img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? '';
      return (el.getAttribute('title') ?? (el as HTMLInputElement).placeholder ?? '').trim();
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll(CONTROLS)) {
      if (!visible(el)) continue;
      // Element Plus pairs a visually hidden native input with its wrapper; the wrapper carries the name.
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.closest('label')?.textContent?.trim())
        continue;
      if (!nameOf(el))
        out.push(
          `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} has no accessible name`,
        );
    }
    for (const img of document.querySelectorAll('img')) if (visible(img) && !img.hasAttribute('alt')) out.push(`img ${img.src} has no alt`);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) out.push(`id "${id}" is used twice`);
    return out;
  });
  return problems.map((p) => `${screen}: ${p}`);
}

describeWith(['chromium'], 'accessibility audit (browser mode, Chromium)', () => {
  it('every control on the main screens has an accessible name', async () => {
    const s = await openSession({ locale: 'en-US' });
    try {
      const { page } = s;
      const problems: string[] = [];
      problems.push(...(await audit(page, 'empty workspace')));
      await openFiles(page, [sampleHivePath()]);
      const row = await profileRow(page, 'Outlook');
      await row.click();
      await page.getByTestId('services-table').waitFor();
      problems.push(...(await audit(page, 'services')));
      for (const tab of ['Accounts', 'Sections', 'Check']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.waitForTimeout(300);
        problems.push(...(await audit(page, tab)));
      }
      // The History panel, a step expanded.
      await page.getByTestId('history-open').click();
      await page.getByTestId('history-table').waitFor();
      await page.locator('[data-testid="history-table"] .el-table__expand-icon').first().click();
      await page.getByTestId('history-changes').first().waitFor();
      problems.push(...(await audit(page, 'History')));
      await page.keyboard.press('Escape');
      await page.getByTestId('history-drawer').waitFor({ state: 'hidden' });
      // The Copy profile dialog with its preview, and its registry roots listed.
      await page.getByTestId('header-copy').click();
      await page.getByTestId('copy-profile-plan').waitFor();
      await page.getByTestId('copy-profile-root').click();
      await page.getByTestId('copy-profile-root-office15').waitFor();
      problems.push(...(await audit(page, 'Copy profile')));
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.getByTestId('copy-profile-dialog').waitFor({ state: 'hidden' });
      expect(problems).toEqual([]);

      // The audit itself catches what it looks for.
      await page.evaluate(() => {
        const b = document.createElement('button');
        b.className = 'planted';
        b.style.width = b.style.height = '10px';
        document.body.append(b);
      });
      expect(await audit(page, 'planted')).toEqual(['planted: button.planted has no accessible name']);
    } finally {
      await s.close();
    }
  }, 90_000);
});
