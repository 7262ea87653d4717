/// <reference lib="dom" />
// "New profile" in Chromium (browser mode): the dialog starts on the open profile's file and registry
// root (issue 19 §1); a name taken there keeps the dialog open with the field marked and a sentence about
// the name — not the MAPI error dialog, whose MAPI_E_NO_ACCESS explanation speaks of single-copy
// services (issue 20 §7); the same name under another root of the same file is accepted, and the new
// profile is listed in that file's group for that root. Screenshot: new-profile-taken.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleHivePath } from '../helpers/samples.js';
import { describeWith } from '../helpers/peerTools.js';
import { openSession, screenshot } from './harness.js';
import { calm, errorDialogShown, openFiles, profileRow, waitText } from './helpers.js';

const nameInput = (page: Page) => page.locator('input[data-testid="new-profile-name"], [data-testid="new-profile-name"] input').first();

describeWith(['chromium'], 'new profile (Chromium, browser mode)', () => {
  it('defaults to the open profile’s file and root, keeps the dialog on a taken name, creates under another root', async () => {
    const s = await openSession({ locale: 'en-US', viewport: { width: 1024, height: 700 } });
    try {
      const { page } = s;
      await openFiles(page, [sampleHivePath()]);
      await (await profileRow(page, 'Outlook')).click();
      await waitText(page, 'profile-title', 'Outlook');

      await page.getByTestId('new-profile').click();
      const dialog = page.getByTestId('new-profile-dialog');
      await dialog.waitFor();
      await waitText(page, 'new-profile-source', 'NTUSER_BAGMRU.DAT');
      await waitText(page, 'new-profile-root', 'Office 16.0');
      // The name field has the focus: typing goes there.
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              document.activeElement?.closest('[data-testid="new-profile-name"]') !== null ||
              document.activeElement?.getAttribute('data-testid') === 'new-profile-name',
          ),
        )
        .toBe(true);
      await page.keyboard.type('Outlook');
      await page.keyboard.press('Enter');

      // Taken in this file and root: the sentence at the field, the dialog still open, no error dialog.
      const item = page.getByTestId('new-profile-name-item');
      const error = page.getByTestId('new-profile-name-error');
      await expect.poll(() => error.textContent().catch(() => '')).toContain('A profile named "Outlook" already exists');
      const said = (await error.textContent()) ?? '';
      expect(said).not.toContain('SINGLE_COPY');
      expect(await item.evaluate((e) => e.classList.contains('is-error'))).toBe(true);
      // The sentence (it names the root's key path) takes its own lines: the next field starts below it.
      const gap = await page.evaluate(() => {
        const sentence = document.querySelector('[data-testid="new-profile-name-error"]')!.getBoundingClientRect();
        const next = document.querySelector('[data-testid="new-profile-source"]')!.closest('.el-form-item')!.getBoundingClientRect();
        return next.top - sentence.bottom;
      });
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(await nameInput(page).getAttribute('aria-invalid')).toBe('true');
      expect(await dialog.isVisible()).toBe(true);
      expect(await errorDialogShown(page)).toBe(false);
      expect(await nameInput(page).inputValue()).toBe('Outlook');
      await calm(page);
      await screenshot(page, 'new-profile-taken');

      // Another root of the same file: the name is free there.
      await page.getByTestId('new-profile-root').click();
      await page.getByTestId('new-profile-root-messaging').click();
      await expect.poll(() => item.evaluate((e) => e.classList.contains('is-error'))).toBe(false);
      await page.getByTestId('new-profile-create').click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('profile-Outlook').count()).toBe(2);
      const groups = await page
        .locator('.group')
        .evaluateAll((gs) => gs.map((g) => `${g.querySelector('.gfile')?.textContent} — ${g.querySelector('.groot')?.textContent}`));
      expect(groups).toEqual(['NTUSER_BAGMRU.DAT — Office 16.0', 'NTUSER_BAGMRU.DAT — Windows Messaging Subsystem']);
      await waitText(page, 'profile-title', 'Outlook');
      expect(await page.locator('.header .origin').textContent()).toContain('NTUSER_BAGMRU.DAT — Windows Messaging Subsystem');
    } finally {
      await s.close();
    }
  }, 120_000);
});
