/// <reference lib="dom" />
/**
 * The keyboard-only task of issue 20: "copy the PST service into the same profile", from a freshly
 * opened profile, in Chromium over the real browser mode, without the mouse. The keys are counted; the
 * README's "Keyboard" section states the same count and keys (checked here too, so neither drifts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleHivePath } from '../helpers/samples.js';
import { openSession } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { openFiles, profileRow, waitText } from './helpers.js';

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');

describeWith(['chromium'], 'keyboard only (browser mode, Chromium)', () => {
  it('copies the PST service into the same profile in six keys', async () => {
    const s = await openSession();
    try {
      const { page } = s;
      await openFiles(page, [sampleHivePath()]);
      const row = await profileRow(page, 'Outlook');
      await page.locator('.import-warnings .el-notification__closeBtn').click();
      // A freshly opened profile (opening a file opens its first profile; Enter on a row opens that one),
      // its row in the list focused.
      await waitText(page, 'profile-title', 'Outlook');
      await waitText(page, 'services-table', 'Outlook Data File');
      await row.focus();
      const before = await page.getByTestId('service-Outlook Data File').count();
      const keysBefore = s.context.store.list().find((d) => d.name === 'Outlook')!.keys.length;

      const keys: string[] = [];
      const press = async (key: string) => {
        keys.push(key);
        await page.keyboard.press(key);
      };
      await press('Enter'); // into the open profile: its first service
      await expect.poll(() => focusedTestId(page)).toBe('service-Outlook Address Book');
      await press('ArrowDown');
      expect(await focusedTestId(page)).toBe('service-Outlook Data File');
      await press('Control+c');
      await press('Control+v'); // the copy dialog, into the selected profile: this one
      // Preview has the keyboard as soon as the dialog shows, before its opening animation ends.
      await page.getByTestId('copy-dialog').waitFor();
      expect(await focusedTestId(page)).toBe('copy-preview');
      await press('Enter'); // Preview
      await page.getByTestId('copy-plan').waitFor();
      await waitText(page, 'plan-summary', 'Outlook');
      await expect.poll(() => focusedTestId(page)).toBe('copy-run');
      await press('Enter'); // Copy
      await page.getByTestId('copy-dialog').waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('service-Outlook Data File').count()).toBe(before + 1);
      // The store holds it too: the copy's sections were added to "Outlook".
      s.context.store.refresh();
      expect(s.context.store.list().find((d) => d.name === 'Outlook')!.keys.length).toBeGreaterThan(keysBefore);
      // Focus is back on a service of the profile, ready for the next key.
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="services-table"]'))).toBe(true);

      // F6 / Shift+F6 move between the two panes.
      await page.keyboard.press('F6');
      expect(await focusedTestId(page)).toBe('profile-Outlook');
      await page.keyboard.press('Shift+F6');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="services-table"]'))).toBe(true);

      expect(keys).toEqual(['Enter', 'ArrowDown', 'Control+c', 'Control+v', 'Enter', 'Enter']);
      const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
      expect(readme).toContain(`in ${keys.length} keys`);
      expect(readme).toContain('Enter, ↓, Ctrl+C, Ctrl+V, Enter, Enter');
    } finally {
      await s.close();
    }
  }, 120_000);
});
