/// <reference lib="dom" />
/**
 * The renderer in Chromium through the browser mode (test/e2e/harness.ts), over a real store:
 *
 * - time to show a 10,000-property section: from the click on the section in the Sections tab to the
 *   first rows of its (virtualized) property grid being in the DOM, and to the next frame after that;
 *   measured inside the page with performance.now(). The profile view is already loaded (profiles.get ran
 *   when the profile opened), so this is the renderer's own cost.
 * - profiles.get of that profile over HTTP plus JSON.parse in the page (what opening it costs first).
 * - the page's longest task while a big .reg is uploaded and imported (PerformanceObserver 'longtask',
 *   from the file pick until the first imported profile is listed). Budget: none over 50 ms.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importProfiles } from '../../../electron/core/admin/profileAdmin.js';
import { profilesFromRegistry } from '../../../electron/core/model/index.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { makeTag, valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { SECTION } from '../../../shared/mapi/sections.js';
import type { ProfileDoc, ValueDoc } from '../../../shared/profileDoc.js';
import { openSession } from '../../e2e/harness.js';
import type { BenchInput } from '../generate/inputs.js';
import { generateRegistry } from '../generate/profiles.js';
import { seededRandom } from '../generate/random.js';
import { ms, verdict, type Row } from '../report.js';
import { stats } from './timing.js';
import { step } from '../../helpers/historyStep.js';

export const BIG_SECTION_PROPERTIES = 10_000;
export const LONG_TASK_BUDGET_MS = 50;

/** Functions passed to the page may call esbuild's `__name` helper (tsx and vitest keep names with it), which the page lacks: give it one. */
const NAME_HELPER = 'globalThis.__name = (f) => f';

/** 10,000 properties of three types (PT_LONG, PT_UNICODE, PT_BINARY), named ids 0x8000 onwards. */
function bigSectionValues(): ValueDoc[] {
  const values: ValueDoc[] = [];
  for (let i = 0; i < BIG_SECTION_PROPERTIES; i++) {
    const kind = i % 3;
    const type = kind === 0 ? 0x0003 : kind === 1 ? 0x001f : 0x0102;
    const data =
      kind === 0
        ? Buffer.from(Uint32Array.of(i).buffer).toString('hex')
        : kind === 1
          ? Buffer.from(`Value number ${i}\0`, 'utf16le').toString('hex')
          : Buffer.from(`bench-binary-${i}`.padEnd(16, '.').slice(0, 16)).toString('hex');
    values.push({ name: valueNameOfTag(makeTag(0x8000 + i, type)), type: 3, data });
  }
  return values;
}

/** A store holding one generated profile with an extra section of 10,000 properties. */
function bigSectionStore(seed: number): { dir: string; doc: ProfileDoc; uid: string } {
  const { keys } = generateRegistry(seededRandom(seed + 200), 1, 20);
  const [doc] = profilesFromRegistry(keys, { source: 'reg', file: 'bench.reg' }).profiles as [ProfileDoc];
  const uid = seededRandom(seed + 201).hex(16);
  doc.keys.push({ path: uid, values: bigSectionValues() });
  const dir = mkdtempSync(join(tmpdir(), 'mpe-bench-ui-'));
  importProfiles(ProfileStore.open(dir), [{ file: 'bench.reg', profiles: [doc], defaults: [] }], step('bench.reg'));
  return { dir, doc, uid };
}

export async function bigSection(seed: number, runs: number): Promise<Row[]> {
  const { dir, doc, uid } = bigSectionStore(seed);
  const s = await openSession({ storeDir: dir });
  try {
    const { page } = s;
    await page.evaluate(NAME_HELPER);
    await page.getByTestId(`profile-${doc.name}`).click({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Sections' }).click({ timeout: 30_000 });
    await page.getByTestId(`section-${uid}`).waitFor({ timeout: 30_000 });
    const present: number[] = [];
    const painted: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await page.getByTestId(`section-${SECTION.master}`).click();
      await page.getByTestId('section-inspector').waitFor();
      await page.waitForTimeout(100);
      const t = await page.evaluate(
        async ({ uid, count }) => {
          const button = document.querySelector<HTMLElement>(`[data-testid="section-${uid}"]`)!;
          const t0 = performance.now();
          button.click();
          await new Promise<void>((resolve) => {
            const check = () => {
              const grid = document.querySelector(`[data-testid="property-grid"][aria-rowcount="${count}"]`);
              if (grid?.querySelector('[aria-rowindex]')) resolve();
              else requestAnimationFrame(check);
            };
            check();
          });
          const rows = performance.now() - t0;
          await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return { rows, painted: performance.now() - t0 };
        },
        { uid, count: BIG_SECTION_PROPERTIES },
      );
      if (i === 0) continue; // warm-up
      present.push(t.rows);
      painted.push(t.painted);
    }
    const get: number[] = [];
    let bytes = 0;
    for (let i = 0; i <= runs; i++) {
      const t = await page.evaluate(async (id) => {
        const token = sessionStorage.getItem('mpe.token') ?? '';
        const t0 = performance.now();
        const res = await fetch('/api/profiles.get', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ id }),
        });
        const text = await res.text();
        const parsed = JSON.parse(text) as { ok: boolean };
        if (!parsed.ok) throw new Error('profiles.get failed');
        return { total: performance.now() - t0, bytes: text.length };
      }, doc.id);
      if (i === 0) continue;
      get.push(t.total);
      bytes = t.bytes;
    }
    const p = stats(present);
    return [
      {
        metric: `renderer: show a ${BIG_SECTION_PROPERTIES.toLocaleString('en')}-property section (click → rows in the DOM), Chromium`,
        median: ms(p),
        ratio: `next frame: ${ms(stats(painted))}`,
        budget: '— (no figure in the issue; one frame is 16 ms)',
        verdict: 'info',
      },
      {
        metric: `browser mode: profiles.get of that profile over HTTP + JSON.parse in the page (${(bytes / 1e6).toFixed(1)} MB)`,
        median: ms(stats(get)),
        ratio: '—',
        budget: '— (shown for scale)',
        verdict: 'info',
      },
    ];
  } finally {
    await s.close();
  }
}

/** The longest task of the page while `input`'s .reg is uploaded and imported through the file input. */
export async function importLongTasks(input: BenchInput): Promise<Row> {
  const s = await openSession({ storeDir: mkdtempSync(join(tmpdir(), 'mpe-bench-upload-')) });
  try {
    const { page } = s;
    await page.getByTestId('file-input').waitFor({ state: 'attached', timeout: 30_000 });
    await page.evaluate(NAME_HELPER);
    await page.evaluate(() => {
      const w = window as unknown as { benchLongTasks: number[] };
      w.benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.benchLongTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles(input.regPath);
    await page.getByTestId(`profile-${input.names[0]}`).waitFor({ timeout: 300_000 });
    const elapsed = Date.now() - t0;
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks);
    const longest = Math.max(0, ...tasks);
    const over = tasks.filter((d) => d > LONG_TASK_BUDGET_MS);
    return {
      metric: `page's longest task during the upload + import of a ${input.count}-profile .reg (Chromium, longtask observer)`,
      // The observer reports only tasks over 50 ms: none seen means every task was shorter.
      median: `${tasks.length ? `${longest.toFixed(0)} ms` : 'no task over 50 ms'} (1 run; import done in ${(elapsed / 1000).toFixed(1)} s)`,
      ratio: `${over.length} task(s) > ${LONG_TASK_BUDGET_MS} ms: ${over.map((d) => d.toFixed(0)).join(', ') || 'none'}`,
      budget: `≤ ${LONG_TASK_BUDGET_MS} ms`,
      verdict: verdict(longest <= LONG_TASK_BUDGET_MS),
    };
  } finally {
    await s.close();
  }
}
