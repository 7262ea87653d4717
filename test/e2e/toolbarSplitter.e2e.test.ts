/// <reference lib="dom" />
// The toolbar folds instead of wrapping, and the profiles pane at its smallest keeps names readable
// (issue 20 §1), in real Chromium over the browser mode: at 1024×700 in French (the longer labels) the
// toolbar is one line with nothing past its edge and a "Plus ▾" menu that the keyboard alone opens and
// uses (the language is switched to English from it); at 1920×1080 nothing is folded. With the splitter
// at its minimum, a profile name of 15 characters is shown whole beside its Default badge, and Export…
// lies beside or below the pane's title, never over it. Screenshots: toolbar-folded-*, splitter-min.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleHivePath } from '../helpers/samples.js';
import { describeWith } from '../helpers/peerTools.js';
import { openSession, screenshot } from './harness.js';
import { calm, openFiles, profileRow, waitText } from './helpers.js';

/** What of the toolbar breaks its line: children past its right edge, or centred on different rows. */
async function toolbarFaults(page: Page): Promise<string[]> {
  return page.getByTestId('toolbar').evaluate((bar) => {
    const b = bar.getBoundingClientRect();
    const faults: string[] = [];
    if (bar.scrollWidth > bar.clientWidth + 1) faults.push(`scrollWidth ${bar.scrollWidth} > ${bar.clientWidth}`);
    const kids = [...bar.children].filter((e) => e.getBoundingClientRect().height > 4 && getComputedStyle(e).display !== 'none');
    for (const e of kids) {
      const r = e.getBoundingClientRect();
      if (r.right > b.right + 1 || r.left < b.left - 1)
        faults.push(
          `"${(e.textContent ?? '').trim().slice(0, 20)}" at ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(b.left)}–${Math.round(b.right)}`,
        );
    }
    const mids = kids.map((e) => (e.getBoundingClientRect().top + e.getBoundingClientRect().bottom) / 2);
    if (mids.length && Math.max(...mids) - Math.min(...mids) > 8) faults.push('wraps');
    return faults;
  });
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);

describeWith(['chromium'], 'the toolbar folds and the profiles pane keeps names (Chromium, browser mode)', () => {
  it('folds into More at 1024×700 in French, is used from the keyboard, unfolds at 1920×1080; names stay whole at the splitter minimum', async () => {
    const s = await openSession({ locale: 'fr-FR', viewport: { width: 1024, height: 700 } });
    try {
      const { page } = s;
      await openFiles(page, [sampleHivePath()]);
      await (await profileRow(page, 'Outlook')).click();
      await waitText(page, 'profile-title', 'Outlook');
      await calm(page);

      // 1024×700, French: one line, the always-there actions shown, the rest behind "Plus ▾".
      expect(await toolbarFaults(page)).toEqual([]);
      for (const id of ['open', 'save', 'save-all', 'undo', 'redo', 'toolbar-more'])
        expect(await page.getByTestId(id).isVisible(), id).toBe(true);
      await waitText(page, 'toolbar-more', 'Plus');
      expect(await page.getByTestId('about').count()).toBe(0);
      await screenshot(page, 'toolbar-folded-1024-fr');

      // Keyboard only: focus "Plus", open it, walk down to English, choose it.
      await page.getByTestId('toolbar-more').focus();
      await page.keyboard.press('Enter');
      const menu = page.getByTestId('toolbar-more-menu');
      await menu.waitFor();
      expect(await menu.textContent()).toContain('À propos');
      expect(await menu.textContent()).toContain('Langue');
      // Opened from the keyboard, the menu takes the focus (its first item).
      await expect.poll(() => focusedTestId(page)).toMatch(/^more-/);
      for (let i = 0; i < 12 && (await focusedTestId(page)) !== 'more-language-en'; i++) await page.keyboard.press('ArrowDown');
      expect(await focusedTestId(page)).toBe('more-language-en');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await waitText(page, 'open', 'Open');
      await calm(page);
      expect(await toolbarFaults(page)).toEqual([]);

      // 1920×1080: every action on the bar, no menu.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByTestId('about').waitFor();
      for (const id of ['search-open', 'lint-all', 'language', 'theme', 'about'])
        expect(await page.getByTestId(id).isVisible(), id).toBe(true);
      expect(await page.getByTestId('toolbar-more').count()).toBe(0);
      expect(await toolbarFaults(page)).toEqual([]);
      // And back to 1024×700 in French: folded again.
      await page.getByTestId('language').click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: 'Français' }).click();
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.getByTestId('toolbar-more').waitFor();
      expect(await toolbarFaults(page)).toEqual([]);

      // A 15-character name, then the splitter at its minimum (Home): the name whole, the badge in the row.
      await page.getByTestId('header-rename').click();
      const prompt = page.locator('.name-prompt');
      await prompt.locator('input').fill('Outlook Archive');
      await prompt.locator('input').press('Enter');
      const row = await profileRow(page, 'Outlook Archive');
      await page.getByTestId('workspace-splitter').focus();
      await page.keyboard.press('Home');
      const min = Number(await page.getByTestId('workspace-splitter').getAttribute('aria-valuemin'));
      expect(await page.getByTestId('workspace-splitter').getAttribute('aria-valuenow')).toBe(String(min));
      await calm(page);
      const fit = await row.evaluate((item) => {
        const name = item.querySelector('.name') as HTMLElement;
        const r = item.getBoundingClientRect();
        const badge = item.querySelector('[data-testid="default-badge"]')?.getBoundingClientRect();
        return {
          whole: name.scrollWidth <= name.clientWidth,
          text: name.textContent,
          badgeIn: !!badge && badge.width > 0 && badge.right <= r.right + 1,
        };
      });
      expect(fit).toMatchObject({ whole: true, text: 'Outlook Archive', badgeIn: true });
      // The pane's title and its buttons do not overlap, and the buttons are inside the pane.
      const overlap = await page.evaluate(() => {
        const pane = document.querySelector('nav.workspace')!.getBoundingClientRect();
        const title = document.querySelector('nav.workspace h2')!.getBoundingClientRect();
        const bad: string[] = [];
        for (const id of ['new-profile', 'export-profiles']) {
          const b = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
          const meets = b.left < title.right && b.right > title.left && b.top < title.bottom && b.bottom > title.top;
          if (meets) bad.push(`${id} over the title`);
          if (b.right > pane.right + 1 || b.left < pane.left - 1) bad.push(`${id} outside the pane`);
        }
        return bad;
      });
      expect(overlap).toEqual([]);
      await screenshot(page, 'splitter-min');
    } finally {
      await s.close();
    }
  }, 120_000);
});
