/// <reference lib="dom" />
// Copying a message service through the dialog, over the real browser mode in Chromium: the preview
// (sections to create, references rewritten, the account entry), the copy (the new service marked "New"
// with its UID, focused), the single-copy refusal marked on the target before any preview, the
// shared-data-file warning and dropped default-store flag, then Check, Search and Compare.
// Screenshots: copy-preview, copy-done, single-copy-refusal, lint, search, compare.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleHivePath } from '../helpers/samples.js';
import { openSession, screenshot } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { calm, errorDialogShown, openFiles, profileRow, waitText } from './helpers.js';

const PST = 'd4eeded2d3c3fc4ca46d35e579df8bcd';
const PST_STORE = '6876da12b533bc47a32ce78191722d01';
const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';

/** Picks `label` in the open Element Plus select dropdown. */
async function pickOption(page: Page, label: string): Promise<void> {
  await page
    .locator('.el-select-dropdown__item:visible', { hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .first()
    .click();
}

/** Toasts fade by themselves; screenshots of the dialogs are clearer without them. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('.el-message').forEach((e) => e.remove()));
  await calm(page);
  await screenshot(page, name);
}

async function openCopyDialog(page: Page, serviceUid: string): Promise<void> {
  await page.getByTestId(`copy-service-${serviceUid}`).click();
  await page.getByTestId('copy-preview').waitFor();
}

async function closeCopyDialog(page: Page): Promise<void> {
  await page.getByTestId('copy-cancel').click();
  await page.getByTestId('copy-preview').waitFor({ state: 'hidden' });
}

describeWith(['chromium'], 'copying a service in Chromium (browser mode)', () => {
  it('previews and copies the PST into a new profile, refuses a second CONTAB, then checks, searches and compares', async () => {
    const s = await openSession({ locale: 'en-US' });
    try {
      const { page } = s;
      await openFiles(page, [sampleHivePath()]);
      const outlook = await profileRow(page, 'Outlook');
      const warnings = page.locator('.import-warnings');
      await warnings.waitFor();
      await warnings.locator('.el-notification__closeBtn').click();

      // A new, empty profile "Work".
      await page.getByTestId('new-profile').click();
      await page
        .getByTestId('new-profile-name')
        .locator('input')
        .or(page.locator('input[data-testid="new-profile-name"]'))
        .first()
        .fill('Work');
      await page.getByTestId('new-profile-create').click();
      await profileRow(page, 'Work');
      await waitText(page, 'profile-title', 'Work');

      // Copy "Outlook Data File" (MSUPST MS) from Outlook to Work: preview first.
      await outlook.click();
      await waitText(page, 'services-table', 'Outlook Data File');
      await openCopyDialog(page, PST);
      await waitText(page, 'copy-dialog', 'Copy service “Outlook Data File”');
      await page.getByTestId('copy-target').click();
      await pickOption(page, 'Work');
      expect(await page.getByTestId('copy-run').isDisabled()).toBe(true);
      await page.getByTestId('copy-preview').click();
      await page.getByTestId('copy-plan').waitFor();
      await waitText(page, 'plan-summary', 'Into “Work”: 3 sections to create');
      const sections = (await page.getByTestId('plan-sections').textContent()) ?? '';
      for (const text of [
        'Service',
        'Provider',
        'Account preferences',
        'Outlook Data File',
        `${PST.slice(0, 8)}…`,
        `${PST_STORE.slice(0, 8)}…`,
      ])
        expect(sections).toContain(text);
      const rewrites = (await page.getByTestId('plan-rewrites').textContent()) ?? '';
      for (const text of ['PR_STORE_PROVIDERS', 'PR_SERVICE_UID', 'Service UID', 'Preferences UID', 'UID in a list'])
        expect(rewrites).toContain(text);
      await waitText(page, 'plan-account', 'Account 1 is created');
      await waitText(page, 'plan-master', 'PR_SERVICES');
      expect(await page.getByTestId('plan-warnings').count()).toBe(0);
      await shot(page, 'copy-preview');

      // Copy: the dialog closes and Work shows the new service.
      await page.getByTestId('copy-run').click();
      await page.getByTestId('copy-preview').waitFor({ state: 'hidden' });
      await waitText(page, 'profile-title', 'Work');
      await waitText(page, 'services-table', 'Outlook Data File');
      await waitText(page, 'services-table', 'MSUPST MS');
      await page.locator('.el-message--success', { hasText: 'Service “Outlook Data File” copied to “Work”.' }).waitFor();
      // The copy is marked "New" with its UID, and its name has the focus.
      const badge = page.locator('[data-testid^="new-service-"]');
      await badge.waitFor();
      expect(await badge.count()).toBe(1);
      const newUid = (await badge.getAttribute('title')) ?? '';
      expect(newUid).toMatch(/^[0-9a-f]{32}$/);
      expect(newUid).not.toBe(PST);
      expect(await badge.textContent()).toMatch(new RegExp(`New\\s+${newUid.slice(0, 8)}…`));
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-uid'))).toBe(newUid);
      expect(await badge.evaluate((b) => b.closest('tr')?.classList.contains('current-service'))).toBe(true);
      await shot(page, 'copy-done');

      // The single-copy Outlook Address Book: its own profile is marked with MAPI's refusal before any
      // preview, and Preview is not offered; Work can take it.
      await outlook.click();
      await waitText(page, 'profile-title', 'Outlook');
      await openCopyDialog(page, CONTAB);
      await waitText(page, 'copy-target-refusal', 'MAPI_E_ACCESS_DENIED / MAPI_E_NO_ACCESS (0x80070005)');
      const sentence = (await page.getByTestId('copy-target-refusal').textContent()) ?? '';
      for (const text of ['SERVICE_SINGLE_COPY', '"Outlook Address Book" (CONTAB)', `(${CONTAB})`, 'profile "Outlook"'])
        expect(sentence).toContain(text);
      expect(await page.getByTestId('copy-preview').isDisabled()).toBe(true);
      await page.getByTestId('copy-target').click();
      expect(await page.getByTestId('copy-target-Outlook').getAttribute('data-refused')).toBe('true');
      expect(await page.getByTestId('copy-target-Work').getAttribute('data-refused')).toBeNull();
      await waitText(page, 'copy-target-Outlook', 'cannot take it');
      await shot(page, 'single-copy-refusal');
      await pickOption(page, 'Work');
      await page.getByTestId('copy-target-refusal').waitFor({ state: 'hidden' });
      expect(await page.getByTestId('copy-preview').isDisabled()).toBe(false);
      expect(await errorDialogShown(page)).toBe(false);
      await closeCopyDialog(page);

      // The PST within its own profile: the shared data file warning and the dropped default-store flag.
      await openCopyDialog(page, PST);
      await page.getByTestId('copy-preview').click();
      await page.getByTestId('plan-warning-sharedDataFile').waitFor();
      await waitText(page, 'plan-warnings', 'C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst');
      await waitText(page, 'plan-dropped', 'STATUS_DEFAULT_STORE');
      await waitText(page, 'plan-dropped', 'Held by “Outlook Data File”');
      // A new display name previews again by itself.
      await page.getByTestId('copy-name').fill('Archive');
      await waitText(page, 'plan-sections', 'Archive');
      await shot(page, 'copy-preview-same-profile');
      await closeCopyDialog(page);

      // Keyboard: select the PST row, Ctrl+C, select Work, Ctrl+V opens the dialog for Work.
      await page.getByTestId('services-table').locator('tr', { hasText: 'MSUPST MS' }).first().locator('td').nth(2).click();
      await page.keyboard.press('Control+c');
      await (await profileRow(page, 'Work')).click();
      await waitText(page, 'profile-title', 'Work');
      await page.keyboard.press('Control+v');
      await page.getByTestId('copy-preview').waitFor();
      await waitText(page, 'copy-dialog', 'Copy service “Outlook Data File”');
      await waitText(page, 'copy-target', 'Work');
      await closeCopyDialog(page);

      // Check Outlook: no error.
      await outlook.click();
      await waitText(page, 'profile-title', 'Outlook');
      await page.getByRole('tab', { name: 'Check' }).click();
      await page.getByTestId('lint-summary').waitFor();
      await waitText(page, 'lint-summary', 'no errors');
      expect(await page.getByTestId('lint-error').count()).toBe(0);
      await shot(page, 'lint');

      // Search "Outlook.pst" (Ctrl+F) and jump to the hit in Outlook.
      await page.locator('body').click({ position: { x: 5, y: 790 } });
      await page.keyboard.press('Control+f');
      await page.getByTestId('search-query').fill('Outlook.pst');
      await page.keyboard.press('Enter');
      await page.getByTestId('search-hit').first().waitFor();
      await waitText(page, 'search-results', 'PR_PST_PATH_W');
      expect(await page.getByTestId('search-hit').count()).toBeGreaterThanOrEqual(2);
      await shot(page, 'search');
      // The path also matches PR_ENTRYID through its Smart View reading: open the PR_PST_PATH_W hit.
      await page.getByTestId('search-hit').filter({ hasText: PST_STORE }).filter({ hasText: 'PR_PST_PATH_W' }).first().click();
      await waitText(page, 'profile-title', 'Outlook');
      await waitText(page, 'section-inspector', PST_STORE);
      await waitText(page, 'property-detail', 'PR_PST_PATH_W');

      // Compare Outlook with Work.
      await page.getByTestId('header-compare').click();
      await page.getByTestId('compare-dialog').waitFor();
      await page.getByTestId('compare-right-profile').click();
      await pickOption(page, 'Work');
      await page.getByTestId('compare-keys').waitFor();
      await waitText(page, 'compare-summary', 'only on the left');
      expect(await page.getByTestId('compare-key').count()).toBeGreaterThan(3);
      await shot(page, 'compare');
    } finally {
      await s.close();
    }
  }, 180_000);
});
