/// <reference lib="dom" />
/**
 * Focus that is never lost, and the window's keys, in Chromium over the real browser mode (issue 20):
 * every dialog opened from the keyboard and closed with Esc gives focus back to what opened it (the
 * error dialog to the Preview button under it); Ctrl+F puts the caret in Search's query even when Search
 * is already open; F3 / Shift+F3 step through the hits, wrapping, and once Search is closed open the next
 * hit in its profile; Esc in Compare first closes an open dropdown, then Compare.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleHivePath } from '../helpers/samples.js';
import { openSession } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { openFiles, profileRow, waitText } from './helpers.js';

const PST = 'd4eeded2d3c3fc4ca46d35e579df8bcd';
const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
const visible = (page: Page, testId: string) => page.getByTestId(testId).first().isVisible();

/** Opens the sample hive's "Outlook" profile, with the import warnings out of the way. */
async function openOutlook(page: Page): Promise<void> {
  await openFiles(page, [sampleHivePath()]);
  const row = await profileRow(page, 'Outlook');
  await page.locator('.import-warnings .el-notification__closeBtn').click();
  await row.focus();
  await page.keyboard.press('Enter');
  await waitText(page, 'services-table', 'Outlook Data File');
}

/** Focus `opener`, press Enter, wait for `dialog`, press Esc: the dialog closes and `opener` has the focus. */
async function roundTrip(page: Page, opener: string, dialog: string): Promise<string> {
  await page.getByTestId(opener).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId(dialog).waitFor();
  // The dialog has taken the focus (Esc must reach it, and returning it is then a real move).
  await expect.poll(() => page.evaluate((d) => !!document.activeElement?.closest(`[data-testid="${d}"], .el-overlay`), dialog)).toBe(true);
  await page.keyboard.press('Escape');
  await page.getByTestId(dialog).waitFor({ state: 'hidden' });
  await expect.poll(() => focusedTestId(page)).toBe(opener);
  return opener;
}

describeWith(['chromium'], 'focus and keys (browser mode, Chromium)', () => {
  it('gives focus back to what opened each dialog; a refused copy target takes the keyboard, not the page', async () => {
    const s = await openSession();
    try {
      const { page } = s;
      await openOutlook(page);
      await roundTrip(page, 'about', 'about-dialog');
      await roundTrip(page, 'search-open', 'search-dialog');
      await roundTrip(page, 'lint-all', 'lint-all-dialog');
      await roundTrip(page, 'header-export', 'export-dialog');
      await roundTrip(page, 'header-compare', 'compare-dialog');
      await roundTrip(page, 'new-service', 'new-service-dialog');
      await roundTrip(page, `copy-service-${PST}`, 'copy-dialog');

      // A service the target cannot take (the profile's own single-copy CONTAB): the refusal is shown as the
      // dialog opens and Preview is disabled, so the keyboard goes to the target's field, never to the page;
      // Esc goes back to the row's Copy….
      await page.getByTestId(`copy-service-${CONTAB}`).focus();
      await page.keyboard.press('Enter');
      await waitText(page, 'copy-target-refusal', 'MAPI_E_NO_ACCESS');
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="copy-target"]'))).toBe(true);
      expect(await page.getByTestId('copy-preview').isDisabled()).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByTestId('copy-dialog').waitFor({ state: 'hidden' });
      await expect.poll(() => focusedTestId(page)).toBe(`copy-service-${CONTAB}`);

      // Ctrl+F from a service: the query has the caret; Esc: back on the service.
      await page.getByTestId('service-Outlook Data File').focus();
      // Typed at once, while the dialog is still opening: not one key lost.
      await page.keyboard.press('Control+f');
      await page.keyboard.type('MSPST');
      expect(await page.getByTestId('search-query').inputValue()).toBe('MSPST');
      await page.keyboard.press('Escape');
      await page.getByTestId('search-dialog').waitFor({ state: 'hidden' });
      await expect.poll(() => focusedTestId(page)).toBe('service-Outlook Data File');

      // The property editor and Add property, from the Sections tab.
      await page.getByRole('tab', { name: 'Sections' }).click();
      await page.getByTestId(`section-${PST}`).click();
      await page.getByTestId('property-grid').focus();
      await page.keyboard.press('Home');
      await roundTrip(page, 'property-grid', 'editor-dialog');
      await roundTrip(page, 'add-property', 'add-property-dialog');
    } finally {
      await s.close();
    }
  }, 180_000);

  it('Ctrl+F and the Search button focus the query; F3 and Shift+F3 step through the hits, wrapping', async () => {
    const s = await openSession();
    try {
      const { page } = s;
      await openOutlook(page);
      await page.getByTestId('search-open').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type('Outlook');
      // Still all of it once the opening animation is over (it used to select the text then, and the
      // next key replaced it).
      await page.waitForTimeout(400);
      expect(await page.getByTestId('search-query').inputValue()).toBe('Outlook');
      await page.keyboard.press('Enter');
      await page.getByTestId('search-hit').first().waitFor();
      const total = await page.getByTestId('search-hit').count();
      expect(total).toBeGreaterThan(3);
      const current = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-testid="search-hit"]')].findIndex((r) => r.getAttribute('aria-current') === 'true'),
        );
      /** The current hit's row lies inside the scrolled results box. */
      const inView = () =>
        page.evaluate(() => {
          const row = document.querySelector('[data-testid="search-hit"][aria-current="true"]')!.getBoundingClientRect();
          const results = document.querySelector('[data-testid="search-results"]')!;
          const top = results.getBoundingClientRect().top + results.clientTop;
          return row.top >= top - 1 && row.bottom <= top + results.clientHeight + 1
            ? true
            : JSON.stringify({ row, top, height: results.clientHeight });
        });

      await page.keyboard.press('F3');
      expect(await current()).toBe(0);
      await waitText(page, 'search-position', `hit 1 of ${total}`);
      await page.keyboard.press('F3');
      expect(await current()).toBe(1);
      await page.keyboard.press('Shift+F3');
      await page.keyboard.press('Shift+F3');
      // Wrapped from the first hit to the last, scrolled into view and focused (Enter would open it).
      expect(await current()).toBe(total - 1);
      expect(await inView()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="search-hit"]')?.getAttribute('aria-current'))).toBe(
        'true',
      );
      await waitText(page, 'search-position', `hit ${total} of ${total}`);
      await page.keyboard.press('F3');
      expect(await current()).toBe(0);

      // Ctrl+F while Search is open: the query again, its text selected for a new search.
      await page.keyboard.press('Control+f');
      await expect.poll(() => focusedTestId(page)).toBe('search-query');
      expect(
        await page.evaluate(
          () => (document.activeElement as HTMLInputElement).selectionEnd! - (document.activeElement as HTMLInputElement).selectionStart!,
        ),
      ).toBe('Outlook'.length);

      // Closed: F3 opens the next hit in its profile, on the Sections tab with its section selected.
      await page.keyboard.press('Escape');
      await page.getByTestId('search-dialog').waitFor({ state: 'hidden' });
      await page.keyboard.press('F3');
      const hit = await page.evaluate(() =>
        document.querySelectorAll('[data-testid="search-hit"]')[1]!.querySelector('td:nth-child(2) .mono')!.textContent!.trim(),
      );
      const selectedSection = () =>
        page.evaluate(() =>
          document.querySelector('[data-testid="sections-list"] [aria-selected="true"] button')?.getAttribute('data-testid')?.toLowerCase(),
        );
      await expect.poll(selectedSection).toBe(`section-${hit.toLowerCase()}`);
      // Shift+F3: back to the first hit.
      const first = await page.evaluate(() =>
        document.querySelectorAll('[data-testid="search-hit"]')[0]!.querySelector('td:nth-child(2) .mono')!.textContent!.trim(),
      );
      await page.keyboard.press('Shift+F3');
      await expect.poll(selectedSection).toBe(`section-${first.toLowerCase()}`);
    } finally {
      await s.close();
    }
  }, 120_000);

  it('Esc in Compare closes an open dropdown first, then Compare, and focus returns to Compare with…', async () => {
    const s = await openSession();
    try {
      const { page } = s;
      await openOutlook(page);
      await page.getByTestId('header-compare').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('compare-dialog').waitFor();
      const select = page.getByTestId('compare-right-profile');
      await select.click();
      const dropdown = page.locator('.el-select-dropdown:visible');
      await dropdown.first().waitFor();
      await page.keyboard.press('Escape');
      await dropdown.first().waitFor({ state: 'hidden' });
      expect(await visible(page, 'compare-dialog')).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByTestId('compare-dialog').waitFor({ state: 'hidden' });
      await expect.poll(() => focusedTestId(page)).toBe('header-compare');
    } finally {
      await s.close();
    }
  }, 120_000);
});
