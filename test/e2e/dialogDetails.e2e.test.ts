/// <reference lib="dom" />
/**
 * Small points of issue 20 checked in Chromium at 1024×700: Export's radio buttons sit on their format's
 * name (the first line of a two-line label); Search previews show paths as they are, not JSON-escaped.
 */
import { expect, it } from 'vitest';
import { sampleHivePath } from '../helpers/samples.js';
import { openSession } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { openFiles, profileRow, waitText } from './helpers.js';

describeWith(['chromium'], 'dialog details (browser mode, Chromium)', () => {
  it('centres Export’s radio buttons on their format’s name, and shows search previews unescaped', async () => {
    const s = await openSession({ viewport: { width: 1024, height: 700 } });
    try {
      const { page } = s;
      await openFiles(page, [sampleHivePath()]);
      await profileRow(page, 'Outlook');
      await page.locator('.import-warnings .el-notification__closeBtn').click();
      await waitText(page, 'services-table', 'Outlook Data File');

      await page.getByTestId('header-export').click();
      await page.getByTestId('export-dialog').waitFor();
      await page.waitForTimeout(400);
      const offsets = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="export-dialog"] .el-radio')].map((r) => {
          const circle = r.querySelector('.el-radio__inner')!.getBoundingClientRect();
          const name = r.querySelector('.el-radio__label strong')!.getBoundingClientRect();
          return Math.abs((circle.top + circle.bottom) / 2 - (name.top + name.bottom) / 2);
        }),
      );
      expect(offsets.length).toBe(4);
      for (const o of offsets) expect(o).toBeLessThanOrEqual(1);
      await page.keyboard.press('Escape');

      // The PST's path, as the services table shows it (one backslash per separator), is what Search shows.
      const path = (await page.getByTestId('service-data-file').first().textContent())!.trim();
      expect(path).toMatch(/^[A-Z]:\\[^\\]/);
      await page.keyboard.press('Control+f');
      await page.keyboard.type('.pst');
      await page.keyboard.press('Enter');
      await page.getByTestId('search-hit').first().waitFor();
      const previews = await page.locator('[data-testid="search-hit"] .preview').allTextContents();
      expect(previews.some((p) => p.includes(path))).toBe(true);
      expect(previews.some((p) => p.includes('\\\\') || p.includes('"'))).toBe(false);
    } finally {
      await s.close();
    }
  }, 120_000);
});
