/// <reference lib="dom" />
// The main flow over the real browser mode: open the real sample hive, browse, inspect, edit, undo,
// export, switch language and theme. Screenshots of each main screen go to __screenshots__.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SAMPLE, samplePath, sampleHivePath } from '../helpers/samples.js';
import { openSession, screenshot } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { chooseInToolbar, calm, openFiles, profileRow, waitText } from './helpers.js';

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';
const PST_PROVIDER = '6876da12b533bc47a32ce78191722d01';

describeWith(['chromium'], 'editing a real profile in Chromium (browser mode)', () => {
  it('opens the sample hive, inspects, edits, undoes, exports, speaks French and goes dark', async () => {
    const s = await openSession({ locale: 'en-US' });
    try {
      const { page } = s;
      // Open the hive through the file input.
      await openFiles(page, [sampleHivePath()]);
      const row = await profileRow(page, 'Outlook');
      await expect.poll(() => row.getByTestId('default-badge').textContent()).toBe('Default');
      // The import said what it brought and warned about the dirty hive.
      const warnings = page.locator('.import-warnings');
      await expect.poll(() => warnings.textContent()).toContain('dirty hive');
      await calm(page);
      await screenshot(page, 'workspace');
      await warnings.locator('.el-notification__closeBtn').click();

      // Open it: the services table.
      await row.click();
      const services = page.getByTestId('services-table');
      await waitText(page, 'services-table', 'Outlook Address Book');
      const contabRow = services.locator('tr', { hasText: 'Outlook Address Book' }).first();
      expect(await contabRow.textContent()).toContain('CONTAB');
      expect(await contabRow.textContent()).toContain('Single copy');
      const pstRow = services.locator('tr', { hasText: 'MSUPST MS' }).first();
      expect(await pstRow.textContent()).toContain('C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst');
      await pstRow.locator('.el-table__expand-icon').click();
      await page.getByTestId(`service-expand-d4eeded2d3c3fc4ca46d35e579df8bcd`).waitFor();
      await calm(page);
      await screenshot(page, 'services');

      // The PST provider section, from the provider's UID link; PR_PST_PATH_W decoded, raw bytes on demand.
      await page
        .getByTestId(`service-expand-d4eeded2d3c3fc4ca46d35e579df8bcd`)
        .getByTestId('uid-link')
        .filter({ hasText: PST_PROVIDER })
        .click();
      await page.getByTestId('section-inspector').waitFor();
      await page.getByTestId('prop-001f6700').click();
      await waitText(page, 'property-detail', 'PR_PST_PATH_W');
      await waitText(page, 'property-value', 'C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst');
      await page.getByTestId('show-raw').click();
      await waitText(page, 'hex-view', '43 00 3a 00 5c 00');
      await screenshot(page, 'inspector');

      // Edit the CONTAB service's display name.
      await page.getByTestId(`section-${CONTAB}`).click();
      await page.getByTestId('prop-001f3001').click();
      await page.getByTestId('edit-property').click();
      const field = page.getByTestId('text-input');
      await field.waitFor();
      const save = page.getByTestId('editor-save');
      // A string property cannot hold NUL (renderer/lib/propertyInput.ts): Save is disabled, the field says why.
      await field.fill('Contacts\u0000');
      await expect.poll(() => save.isDisabled()).toBe(true);
      await waitText(page, 'editor-error', 'NUL');
      // The empty string is a valid PT_UNICODE value: Save is enabled again.
      await field.fill('');
      await expect.poll(() => save.isDisabled()).toBe(false);
      await field.fill('Contacts (edited)');
      await expect.poll(() => save.isDisabled()).toBe(false);
      await calm(page);
      await screenshot(page, 'editor-dialog');
      await page.getByTestId('editor-save').click();
      await waitText(page, 'prop-001f3001', 'Contacts (edited)');
      await page.getByRole('tab', { name: 'Services' }).click();
      await waitText(page, 'services-table', 'Contacts (edited)');

      // Undo (Ctrl+Z) restores it.
      await page.locator('body').click({ position: { x: 5, y: 790 } });
      await page.keyboard.press('Control+z');
      await waitText(page, 'services-table', 'Outlook Address Book');
      expect(await services.textContent()).not.toContain('Contacts (edited)');

      // Export as .reg: UTF-16LE with BOM, holding the profile key.
      await page.getByTestId('header-export').click();
      await page.getByTestId('export-run').waitFor();
      await calm(page);
      await screenshot(page, 'export-dialog');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
      const bytes = readFileSync(await download.path());
      expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
      const text = bytes.subarray(2).toString('utf16le');
      expect(text).toMatch(/^Windows Registry Editor Version 5\.00/);
      expect(text.toLowerCase()).toContain('\\outlook\\profiles\\outlook]');
      expect(text).toContain('Outlook Address Book');

      // French: the services tab and its columns.
      await chooseInToolbar(page, 'language', 'fr', 'Français');
      await page.getByRole('tab', { name: 'Comptes' }).waitFor();
      await waitText(page, 'services-table', 'Nom affiché');
      await waitText(page, 'services-table', 'Copie unique');
      await calm(page);
      await screenshot(page, 'services-fr');

      // Dark theme.
      await chooseInToolbar(page, 'theme', 'dark', 'Sombre');
      await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
      await calm(page);
      await screenshot(page, 'dark');
    } finally {
      await s.close();
    }
  }, 120_000);

  it('imports the hivexregedit .reg sample too', async () => {
    const s = await openSession();
    try {
      await openFiles(s.page, [samplePath(SAMPLE.hivexReg)]);
      const row = await profileRow(s.page, 'Outlook');
      await row.click();
      await waitText(s.page, 'services-table', 'Outlook Address Book');
    } finally {
      await s.close();
    }
  }, 60_000);
});
