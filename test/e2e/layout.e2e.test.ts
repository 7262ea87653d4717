/// <reference lib="dom" />
// The window at the smallest supported size (1024×700) and at 1920×1080, in English and French, light
// and dark: on each main screen (the profile's services, its sections with the Smart View of a store
// entry ID, the search dialog) no element of a visible table row or of a dialog's footer lies outside
// the viewport, the toolbar stays on one line, and column headers never break inside a word.
// Screenshots: layout-<screen>-<width>-<lang>-<theme>.png.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleHivePath } from '../helpers/samples.js';
import { describeWith } from '../helpers/peerTools.js';
import { openSession, screenshot } from './harness.js';
import { calm, openFiles, profileRow } from './helpers.js';

const PST_STORE = '6876da12b533bc47a32ce78191722d01';

/** Elements of visible rows and dialog footers whose box pokes out of the viewport (by more than 1 px). */
async function outside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const bad: string[] = [];
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    const rows = [...document.querySelectorAll('.el-table__body tr, .el-dialog__footer')].filter(visible);
    for (const row of rows) {
      // A table scrolled horizontally clips its cells on purpose; the fixed column must still be in view.
      const cells = row.matches('tr') ? [...row.querySelectorAll('button')] : [row, ...row.querySelectorAll('button')];
      for (const el of cells.filter(visible)) {
        const r = el.getBoundingClientRect();
        if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) bad.push(`${el.tagName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      }
    }
    // The inspector's own controls (its header button, the grid's column headers) lie inside its box.
    for (const box of [...document.querySelectorAll('[data-testid="section-inspector"]')].filter(visible)) {
      const b = box.getBoundingClientRect();
      for (const el of [...box.querySelectorAll('[data-testid="add-property"], [role="columnheader"]')].filter(visible)) {
        const r = el.getBoundingClientRect();
        if (r.right > Math.min(b.right, vw) + 1) bad.push(`inspector clips "${(el.textContent ?? '').trim()}" at ${Math.round(r.right)} > ${Math.round(b.right)}`);
      }
    }
    // The toolbar is one line: every control centred on the same row (controls, not the 1-px file input).
    const bar = [...document.querySelectorAll('[role="toolbar"] > *')]
      .filter((e) => visible(e) && e.getBoundingClientRect().height > 4)
      .map((e) => (e.getBoundingClientRect().top + e.getBoundingClientRect().bottom) / 2);
    if (bar.length && Math.max(...bar) - Math.min(...bar) > 8) bad.push(`toolbar wraps: rows at ${[...new Set(bar.map(Math.round))].join(', ')}`);
    // Headers break between words only: a header cell one word wide is one line high.
    for (const th of [...document.querySelectorAll('.el-table th .cell')].filter(visible)) {
      const words = (th.textContent ?? '').trim().split(/\s+/).filter(Boolean);
      if (words.length === 1 && th.getBoundingClientRect().height > 30) bad.push(`header breaks inside "${words[0]}"`);
    }
    return bad;
  });
}

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
];
const VARIANTS = [
  { locale: 'en-US', lang: 'en', theme: 'light' },
  { locale: 'fr-FR', lang: 'fr', theme: 'dark' },
] as const;

describeWith(['chromium'], 'the window holds from 1024×700 up (Chromium, browser mode)', () => {
  for (const size of SIZES) {
    for (const v of VARIANTS) {
      it(`${size.width}×${size.height}, ${v.lang}, ${v.theme}: rows and footers in view`, async () => {
        const s = await openSession({ locale: v.locale, colorScheme: v.theme, viewport: size });
        const tag = `${size.width}-${v.lang}-${v.theme}`;
        try {
          const { page } = s;
          await openFiles(page, [sampleHivePath()]);
          await (await profileRow(page, 'Outlook')).click();
          await page.getByTestId('services-table').waitFor();
          await calm(page);
          await page.evaluate(() => document.querySelectorAll('.el-message').forEach((e) => e.remove()));
          expect(await outside(page), 'services').toEqual([]);
          // The copy action of every service is in view, at its fixed place on the right.
          for (const b of await page.locator('[data-testid^="copy-service-"]:visible').all()) expect(await b.isVisible()).toBe(true);
          await screenshot(page, `layout-services-${tag}`);

          await page.getByTestId(`service-Personal Folders`).or(page.locator('[data-testid^="service-"]').first()).first().click();
          await page.getByTestId(`section-${PST_STORE}`).click();
          await page.getByTestId('prop-01020fff').click();
          await page.getByTestId('smart-view').waitFor();
          expect(await page.getByTestId('smart-field-dataFilePath').textContent()).toContain('Outlook.pst');
          expect(await outside(page), 'sections').toEqual([]);
          await screenshot(page, `layout-sections-${tag}`);

          // Ctrl+F opens Search with its query field focused: what is typed next goes there.
          await page.keyboard.press('Control+f');
          await expect
            .poll(() => page.evaluate(() => document.activeElement instanceof HTMLInputElement && !!document.activeElement.closest('.el-dialog')), { timeout: 15_000 })
            .toBe(true);
          await page.keyboard.type('mspst.dll');
          await page.keyboard.press('Enter');
          await page.getByTestId('search-hit').first().waitFor();
          await calm(page);
          expect(await outside(page), 'search').toEqual([]);
          await screenshot(page, `layout-search-${tag}`);
        } finally {
          await s.close();
        }
      }, 90_000);
    }
  }
});
