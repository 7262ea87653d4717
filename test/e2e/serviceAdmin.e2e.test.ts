/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { openSession, screenshot } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { calm, openFiles, profileRow, waitText } from './helpers.js';
import { sampleHivePath } from '../helpers/samples.js';

describeWith(['chromium'], 'service administration in the window', () => {
  it('creates a Personal Address Book from the catalog, offers no second one, deletes it', async () => {
    const s = await openSession({ locale: 'en-US' });
    try {
      const { page } = s;
      await openFiles(page, [sampleHivePath()]);
      await (await profileRow(page, 'Outlook')).click();
      await waitText(page, 'services-table', 'Outlook Address Book');

      const create = async () => {
        await page.getByTestId('new-service').click();
        await page.getByTestId('new-service-name').click();
        await page.getByRole('option', { name: /\(MSPST AB\)/ }).click();
        await page.getByTestId('new-service-create').click();
      };
      await create();
      await waitText(page, 'services-table', 'Personal Address Book');
      await calm(page);
      await screenshot(page, 'service-created');

      // A second one: MSPST AB is SERVICE_SINGLE_COPY and the profile has it, so the list marks it and refuses
      // it before it is tried (MAPI would answer MAPI_E_NO_ACCESS), and does not start on it.
      await page.getByTestId('new-service').click();
      await page.getByTestId('new-service-name').click();
      const second = page.getByRole('option', { name: /\(MSPST AB\)/ });
      await expect.poll(() => second.getAttribute('aria-disabled')).toBe('true');
      expect(await second.textContent()).toContain('the profile already has it');
      expect(await page.getByTestId('new-service-name').last().textContent()).not.toContain('(MSPST AB)');
      await page.keyboard.press('Escape');
      const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('new-service-create') });
      if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);

      // Delete it from the row's context menu, after the confirmation.
      const row = page.getByTestId('services-table').locator('tr', { hasText: 'Personal Address Book' }).first();
      await row.click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Delete service' }).click();
      await page.locator('.el-message-box').getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => page.getByTestId('services-table').textContent()).not.toContain('Personal Address Book');

      // The profile's own context menu: keyboard-closable, items named.
      await (await profileRow(page, 'Outlook')).click({ button: 'right' });
      const menu = page.getByTestId('profile-menu');
      await menu.waitFor();
      expect(await menu.getByRole('menuitem').allTextContents()).toHaveLength(6);
      await page.keyboard.press('Escape');
      await expect.poll(() => menu.count()).toBe(0);
    } finally {
      await s.close();
    }
  });
});
