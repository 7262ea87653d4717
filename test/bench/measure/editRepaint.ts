/// <reference lib="dom" />
/**
 * The renderer in Chromium through the browser mode, over a real store of the 1,000-profile input: time
 * from Save in the property editor (PR_DISPLAY_NAME_W of a service section of the open profile) to the
 * edited row showing the new value in the inspector, and to the next frame after that. Measured inside
 * the page with performance.now(); it holds the request, the answer and what the window fetches or
 * applies after the change (issue 21 point 4: answers that carry what changed instead of a refetch).
 */
import { readFileSync } from 'node:fs';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { PR_DISPLAY_NAME_W } from '../../../shared/mapi/tags.js';
import { isSectionKeyName } from '../../../shared/mapi/sections.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { openSession } from '../../e2e/harness.js';
import type { BenchInput } from '../generate/inputs.js';
import { ms, type Row } from '../report.js';
import { storeWith } from './store.js';
import { stats } from './timing.js';

/** Functions passed to the page may call esbuild's `__name` helper, which the page lacks: give it one. */
const NAME_HELPER = 'globalThis.__name = (f) => f';

export async function editRepaint(input: BenchInput, runs: number): Promise<Row> {
  const [doc] = readProfilesFile(new Uint8Array(readFileSync(input.regPath)), 'bench.reg', 'reg').profiles;
  if (!doc) throw new Error('the input holds no profile');
  const valueName = valueNameOfTag(PR_DISPLAY_NAME_W);
  const section = doc.keys.find((k) => isSectionKeyName(k.path) && k.values.some((v) => v.name.toLowerCase() === valueName));
  if (!section) throw new Error(`no section of ${doc.name} has ${valueName}`);
  const s = await openSession({ storeDir: storeWith(input) });
  try {
    const { page } = s;
    await page.evaluate(NAME_HELPER);
    await page.getByTestId(`profile-${doc.name}`).click({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Sections' }).click({ timeout: 30_000 });
    await page.getByTestId(`section-${section.path}`).click({ timeout: 30_000 });
    const row = page.getByTestId(`prop-${valueName}`);
    const shown: number[] = [];
    const painted: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const text = `Bench edit ${i}`;
      await row.click();
      await page.getByTestId('edit-property').click();
      await page.getByTestId('text-input').fill(text);
      await page.waitForTimeout(300);
      const t = await page.evaluate(
        async ({ valueName, text }) => {
          const t0 = performance.now();
          document.querySelector<HTMLElement>('[data-testid="editor-save"]')!.click();
          await new Promise<void>((resolve) => {
            const check = () => {
              if (document.querySelector(`[data-testid="prop-${valueName}"]`)?.textContent?.includes(text)) resolve();
              else requestAnimationFrame(check);
            };
            check();
          });
          const rows = performance.now() - t0;
          await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return { rows, painted: performance.now() - t0 };
        },
        { valueName, text },
      );
      await page.getByTestId('editor-dialog').waitFor({ state: 'hidden' });
      if (i === 0) continue; // warm-up
      shown.push(t.rows);
      painted.push(t.painted);
    }
    return {
      metric: `renderer: property edit → row repainted (Save → new value in the inspector), ${input.count}-profile store, Chromium`,
      median: ms(stats(shown)),
      ratio: `next frame: ${ms(stats(painted))}`,
      budget: '— (issue 21: before/after figures, no budget)',
      verdict: 'info',
    };
  } finally {
    await s.close();
  }
}
