/// <reference lib="dom" />
// The full grid of issue 20: English and French × light and dark × 1024×700 and 1920×1080. On each main
// screen — the profile list with its Services, the property grid with a value's detail (Smart View of a
// store entry ID), the copy dialog with its preview, Compare, Search, History, Check, the Export dialog,
// the Copy profile dialog with its preview and the New service dialog — no element of a visible table row, of the toolbar or of a dialog's footer
// lies outside the viewport, the toolbar stays on one line, and no column header breaks inside a word.
// One browser and one server per language and theme; both sizes in the same page (resized).
// Screenshots (not committed): test/e2e/__screenshots__/grid-<screen>-<width>-<lang>-<theme>.png.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleHivePath } from '../helpers/samples.js';
import { describeWith } from '../helpers/peerTools.js';
import { openSession, screenshot } from './harness.js';
import { calm, openFiles, profileRow } from './helpers.js';

const PST = 'd4eeded2d3c3fc4ca46d35e579df8bcd';

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
    const rows = [...document.querySelectorAll('.el-table__body tr, .el-dialog__footer, [role="toolbar"]')].filter(visible);
    for (const row of rows) {
      // A table scrolled horizontally clips its cells on purpose; the fixed column must still be in view.
      const cells = row.matches('tr') ? [...row.querySelectorAll('button')] : [row, ...row.querySelectorAll('button, .el-select')];
      for (const el of cells.filter(visible)) {
        const r = el.getBoundingClientRect();
        if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1)
          bad.push(
            `${el.tagName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
          );
      }
    }
    // The inspector's own controls (its header button, the grid's column headers) lie inside its box.
    for (const box of [...document.querySelectorAll('[data-testid="section-inspector"]')].filter(visible)) {
      const b = box.getBoundingClientRect();
      for (const el of [...box.querySelectorAll('[data-testid="add-property"], [role="columnheader"]')].filter(visible)) {
        const r = el.getBoundingClientRect();
        if (r.right > Math.min(b.right, vw) + 1)
          bad.push(`inspector clips "${(el.textContent ?? '').trim()}" at ${Math.round(r.right)} > ${Math.round(b.right)}`);
      }
    }
    // The toolbar is one line: every control centred on the same row (controls, not the 1-px file input).
    const bar = [...document.querySelectorAll('[role="toolbar"] > *')]
      .filter((e) => visible(e) && e.getBoundingClientRect().height > 4)
      .map((e) => (e.getBoundingClientRect().top + e.getBoundingClientRect().bottom) / 2);
    if (bar.length && Math.max(...bar) - Math.min(...bar) > 8)
      bad.push(`toolbar wraps: rows at ${[...new Set(bar.map(Math.round))].join(', ')}`);
    // Headers break between words only: a header cell one word wide is one line high.
    for (const th of [...document.querySelectorAll('.el-table th .cell, .el-dialog th')].filter(visible)) {
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
const LANGS = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'fr-FR', lang: 'fr' },
] as const;
const THEMES = ['light', 'dark'] as const;

/** Toasts and notifications fade by themselves; they are not part of the screen being checked. */
const clearToasts = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('.el-message, .el-notification').forEach((e) => e.remove()));

/** Checks the screen shown and keeps its screenshot. */
async function check(page: Page, screen: string, tag: string): Promise<void> {
  await calm(page);
  await clearToasts(page);
  expect(await outside(page), `${screen} ${tag}`).toEqual([]);
  await screenshot(page, `grid-${screen}-${tag}`);
}

const tab = (page: Page, name: string) => page.locator(`#tab-${name}`).click();
const closeDialog = async (page: Page, testId: string) => {
  await page.getByTestId(testId).locator('.el-dialog__headerbtn').click();
  await page.getByTestId(testId).waitFor({ state: 'hidden' });
};

/** Every main screen, in the order a user meets them. */
async function visitAll(page: Page, tag: string): Promise<void> {
  await (await profileRow(page, 'Outlook')).click();
  await tab(page, 'services');
  await page.getByTestId('services-table').waitFor();
  await check(page, 'services', tag);
  for (const b of await page.locator('[data-testid^="copy-service-"]:visible').all()) expect(await b.isVisible()).toBe(true);

  // The property grid with the detail of PR_ENTRYID: its Smart View reads the PST's path.
  await tab(page, 'sections');
  await page.getByTestId(`section-${PST_STORE}`).click();
  await page.getByTestId('prop-01020fff').click();
  await page.getByTestId('smart-view').waitFor();
  expect(await page.getByTestId('smart-field-dataFilePath').textContent()).toContain('Outlook.pst');
  await check(page, 'sections', tag);

  // The copy dialog with the preview of the PST into its own profile.
  await tab(page, 'services');
  await page.getByTestId(`copy-service-${PST}`).click();
  await page.getByTestId('copy-preview').click();
  await page.getByTestId('copy-plan').waitFor();
  await check(page, 'copy-preview', tag);
  await closeDialog(page, 'copy-dialog');

  // Compare: the profile with itself, whole.
  await page.getByTestId('header-compare').click();
  await page.getByTestId('compare-dialog').waitFor();
  await page.getByTestId('compare-right-profile').click();
  await page.locator('.el-select-dropdown__item:visible').first().click();
  await page.getByTestId('compare-summary').waitFor();
  await check(page, 'compare', tag);
  await closeDialog(page, 'compare-dialog');

  // Search, from the keyboard: Ctrl+F puts the focus in its query field.
  await page.keyboard.press('Control+f');
  await expect
    .poll(() => page.evaluate(() => document.activeElement instanceof HTMLInputElement && !!document.activeElement.closest('.el-dialog')), {
      timeout: 15_000,
    })
    .toBe(true);
  await page.keyboard.type('mspst.dll');
  await page.keyboard.press('Enter');
  await page.getByTestId('search-hit').first().waitFor();
  await check(page, 'search', tag);
  await page.keyboard.press('Escape');
  await page
    .locator('.el-dialog:visible')
    .first()
    .waitFor({ state: 'hidden' })
    .catch(() => undefined);

  // History is the workspace's own panel (a drawer), opened from the toolbar or, when folded, from More ▾.
  if (await page.getByTestId('history-open').isVisible()) await page.getByTestId('history-open').click();
  else {
    await page.getByTestId('toolbar-more').click();
    await page.getByTestId('more-history').click();
  }
  await page.getByTestId('history-table').waitFor();
  await check(page, 'history', tag);
  await page.keyboard.press('Escape');
  await page.getByTestId('history-drawer').waitFor({ state: 'hidden' });

  await tab(page, 'check');
  await page.getByTestId('lint-summary').waitFor();
  await check(page, 'check', tag);

  await page.getByTestId('header-export').click();
  await page.getByTestId('export-dialog').waitFor();
  await check(page, 'export', tag);
  await closeDialog(page, 'export-dialog');

  // Copy profile with its preview, into another registry root of the same file (the root-change mark shown).
  await page.getByTestId('header-copy').click();
  await page.getByTestId('copy-profile-plan').waitFor();
  await page.getByTestId('copy-profile-root').click();
  await page.getByTestId('copy-profile-root-messaging').click();
  await page.getByTestId('copy-profile-root-changes').waitFor();
  await check(page, 'copy-profile', tag);
  await closeDialog(page, 'copy-profile-dialog');

  await tab(page, 'services');
  await page.getByTestId('new-service').click();
  await page.getByTestId('new-service-dialog').waitFor();
  await page.getByTestId('new-service-create').waitFor();
  await check(page, 'new-service', tag);
  await closeDialog(page, 'new-service-dialog');
}

describeWith(['chromium'], 'every main screen holds from 1024×700 up (Chromium, browser mode)', () => {
  for (const l of LANGS) {
    for (const theme of THEMES) {
      it(`${l.lang}, ${theme}: rows, toolbar and footers in view at 1024×700 and 1920×1080`, async () => {
        const s = await openSession({ locale: l.locale, colorScheme: theme, viewport: SIZES[0] });
        try {
          const { page } = s;
          await openFiles(page, [sampleHivePath()]);
          // The 30 MB hive goes up in 1 MiB chunks: slow on a busy machine.
          await page.getByTestId('profile-Outlook').waitFor({ timeout: 90_000 });
          for (const size of SIZES) {
            await page.setViewportSize(size);
            await visitAll(page, `${size.width}-${l.lang}-${theme}`);
          }
        } finally {
          await s.close();
        }
      }, 240_000);
    }
  }
});
