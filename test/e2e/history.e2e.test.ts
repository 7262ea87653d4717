/// <reference lib="dom" />
/**
 * History as the workspace's own panel, in Chromium over the real browser mode (issue 20): reachable from
 * the toolbar whatever is open, and from the empty workspace after undoing the import (to redo it); each
 * step expands to its old → new values with PR_ names; the undo and redo toasts name the property, in
 * English and French, and start below the toolbar.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dispatchEnvelope } from '../../electron/ipc/dispatch.js';
import { createHandlers } from '../../electron/ipc/handlers/index.js';
import { sampleHivePath } from '../helpers/samples.js';
import { openSession } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { openFiles, profileRow, waitText } from './helpers.js';

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';

/** The newest toast's text, and whether it lies wholly below the toolbar. */
async function toast(page: Page, text: string): Promise<boolean> {
  const msg = page.locator('.el-message', { hasText: text }).last();
  await msg.waitFor();
  return page.evaluate(([el, bar]) => el!.getBoundingClientRect().top >= bar!.getBoundingClientRect().bottom, [
    await msg.elementHandle(),
    await page.locator('header[role="toolbar"]').elementHandle(),
  ] as const);
}

describeWith(['chromium'], 'the History panel (browser mode, Chromium)', () => {
  it('shows old → new values, names the property in undo toasts below the toolbar, and redoes an undone import from the empty workspace', async () => {
    const s = await openSession({ viewport: { width: 1024, height: 700 } });
    try {
      const { page } = s;
      await openFiles(page, [sampleHivePath()]);
      await profileRow(page, 'Outlook');
      await page.locator('.import-warnings .el-notification__closeBtn').click();
      await waitText(page, 'services-table', 'Outlook Address Book');
      const outlook = s.context.store.list().find((d) => d.name === 'Outlook')!;
      // The value as the page shows it before the change: the service's display name in the table.
      const oldName = (await page
        .locator('tr', { has: page.getByTestId(`copy-service-${CONTAB}`) })
        .locator('a.name')
        .textContent())!.trim();
      expect(oldName).not.toBe('');
      // An edit made through the same handlers the page uses (as a second window or mpe would).
      const r = await dispatchEnvelope(createHandlers(s.context), 'properties.set', {
        profileId: outlook.id,
        section: CONTAB,
        valueName: '001f3001',
        value: 'Contacts',
      });
      expect(r.ok).toBe(true);

      // History from the toolbar, by the keyboard: the edit is the newest step; expanded, old → new.
      await page.getByTestId('history-open').focus();
      await page.keyboard.press('Enter');
      await waitText(page, 'history-table', 'Set PR_DISPLAY_NAME_W (001f3001)');
      await page.locator('[data-testid="history-table"] .el-table__expand-icon').first().click();
      const value = page.getByTestId('history-value').first();
      await value.waitFor();
      expect(await value.getByTestId('history-value-name').textContent()).toBe('PR_DISPLAY_NAME_W');
      expect(await value.getByTestId('history-value-before').textContent()).toBe(oldName);
      expect(await value.getByTestId('history-value-after').textContent()).toBe('Contacts');
      await page.keyboard.press('Escape');
      await page.getByTestId('history-drawer').waitFor({ state: 'hidden' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('history-open');

      // Undo: the toast names the property and does not cover the toolbar; in French too.
      await page.getByTestId('profile-Outlook').focus();
      await page.keyboard.press('Control+z');
      expect(await toast(page, 'Undone: Set PR_DISPLAY_NAME_W (001f3001)')).toBe(true);
      await page.getByTestId('language').click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: 'Français' }).click();
      await page.getByTestId('profile-Outlook').focus();
      await page.keyboard.press('Control+y');
      expect(await toast(page, 'Rétabli : Modifier PR_DISPLAY_NAME_W (001f3001)')).toBe(true);

      // Undo the edit and the import: the workspace is empty, and History is still there to redo it.
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await page.getByTestId('empty-state').waitFor();
      await page.getByTestId('empty-history').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('history-table').waitFor();
      await waitText(page, 'history-table', 'Importer');
      expect(await page.getByTestId('history-redo').isDisabled()).toBe(false);
      await page.getByTestId('history-redo').click();
      await profileRow(page, 'Outlook');
    } finally {
      await s.close();
    }
  }, 120_000);
});
