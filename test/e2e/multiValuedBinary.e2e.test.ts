/// <reference lib="dom" />
/**
 * Issue 20, point 7: the detail of a multi-valued binary property (PT_MV_BINARY, 0x1102) wraps inside the
 * inspector pane instead of running as one line thousands of pixels wide behind a hidden scrollbar.
 * Checked in Chromium at 1024×700 on the real hive's PR_… 0x0434 list of the Outlook global section
 * (one item of 445 bytes: 890 hex digits on one line without the wrapping).
 */
import { expect, it } from 'vitest';
import { sampleHivePath } from '../helpers/samples.js';
import { openSession } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { openFiles, profileRow } from './helpers.js';

const GLOBAL_SECTION = '0a0d020000000000c000000000000046';
const MV_BINARY = '11020434';

describeWith(['chromium'], 'multi-valued binary detail (browser mode, Chromium)', () => {
  it('keeps every item of a long PT_MV_BINARY inside the inspector pane, wrapped, with nothing to scroll sideways', async () => {
    const s = await openSession({ viewport: { width: 1024, height: 700 } });
    try {
      const { page } = s;
      await openFiles(page, [sampleHivePath()]);
      await (await profileRow(page, 'Outlook')).click();
      await page.locator('.import-warnings .el-notification__closeBtn').click();
      await page.locator('#tab-sections').click();
      await page.getByTestId(`section-${GLOBAL_SECTION}`).click();
      await page.getByTestId(`prop-${MV_BINARY}`).click();
      await page.getByTestId('property-detail').waitFor();
      const m = await page.evaluate(() => {
        const pane = document.querySelector('[data-testid="section-inspector"]')!.getBoundingClientRect();
        const value = document.querySelector<HTMLElement>('[data-testid="property-value"]')!;
        const items = [...value.querySelectorAll<HTMLElement>('li')];
        const lineHeight = parseFloat(getComputedStyle(items[0]!).lineHeight) || 16;
        return {
          paneRight: pane.right,
          longest: Math.max(...items.map((li) => (li.textContent ?? '').trim().length)),
          itemRight: Math.max(...items.map((li) => li.getBoundingClientRect().right)),
          tallest: Math.max(...items.map((li) => li.getBoundingClientRect().height)),
          lineHeight,
          scroll: value.scrollWidth - value.clientWidth,
        };
      });
      // The real value is long: at least one item of 445 bytes (890 hex digits).
      expect(m.longest).toBeGreaterThanOrEqual(890);
      expect(m.itemRight).toBeLessThanOrEqual(m.paneRight + 1);
      expect(m.scroll).toBeLessThanOrEqual(1);
      // Wrapped on several lines, not cut.
      expect(m.tallest).toBeGreaterThan(2 * m.lineHeight);
    } finally {
      await s.close();
    }
  }, 120_000);
});
