/// <reference lib="dom" />
/**
 * The workspace's desktop manners in Chromium: the profile list driven from the keyboard, the list
 * virtualized over 1,000 profiles, panel widths kept between runs (a new server on another port, same
 * store), recent files opened again from disk, and a long upload and a long export cancelled.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importProfiles } from '../../electron/core/admin/profileAdmin.js';
import { readProfilesFile } from '../../electron/core/import/readProfilesFile.js';
import { ProfileStore } from '../../electron/core/store/profileStore.js';
import { mpe } from '../cli/mpeInProcess.js';
import { SAMPLE, readSample, samplePath, sampleHivePath } from '../helpers/samples.js';
import { openSession, screenshot } from './harness.js';
import { describeWith } from '../helpers/peerTools.js';
import { calm, errorDialogShown, openFiles, profileRow, waitText } from './helpers.js';
import { step } from '../helpers/historyStep.js';

/** A store holding `count` copies of the sample's "Outlook" profile, named User 0001… */
function storeWithProfiles(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-e2e-many-'));
  const [doc] = readProfilesFile(readSample(SAMPLE.hivexReg), 'sample.reg', 'reg').profiles;
  const docs = Array.from({ length: count }, (_, i) => ({ ...doc!, id: `p${i}`, name: `User ${String(i + 1).padStart(4, '0')}` }));
  importProfiles(ProfileStore.open(dir), [{ file: 'many.reg', profiles: docs, defaults: [] }], step('many.reg'));
  return dir;
}

const focusedTestId = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');

describeWith(['chromium'], 'the workspace', () => {
  it('is driven from the keyboard: arrows, Home/End, Enter opens, F2 renames, Delete deletes after confirming', async () => {
    const s = await openSession({ storeDir: storeWithProfiles(4) });
    try {
      const { page } = s;
      await (await profileRow(page, 'User 0001')).focus();
      await page.keyboard.press('ArrowDown');
      expect(await focusedTestId(page)).toBe('profile-User 0002');
      await page.keyboard.press('End');
      expect(await focusedTestId(page)).toBe('profile-User 0004');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await waitText(page, 'profile-title', 'User 0003');
      expect(await page.getByTestId('profile-User 0003').getAttribute('aria-selected')).toBe('true');
      // The services table: arrows move between services.
      await page.getByTestId('service-Outlook Address Book').focus();
      await page.keyboard.press('ArrowDown');
      expect(await focusedTestId(page)).toBe('service-Outlook Data File');
      await page.keyboard.press('ArrowUp');
      expect(await focusedTestId(page)).toBe('service-Outlook Address Book');
      await page.getByTestId('profile-User 0003').focus();

      await page.keyboard.press('F2');
      const prompt = page.locator('.name-prompt');
      await prompt.locator('input').fill('Shared desk');
      await prompt.locator('input').press('Enter');
      await profileRow(page, 'Shared desk');
      expect(await page.getByTestId('profile-User 0003').count()).toBe(0);

      await page.getByTestId('profile-Shared desk').focus();
      await page.keyboard.press('Delete');
      const confirm = page.locator('.delete-confirm');
      await expect.poll(() => confirm.textContent()).toMatch(/Delete profile “Shared desk” with its \d+ services and \d+ sections/);
      await confirm.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => page.getByTestId('profile-Shared desk').count()).toBe(0);
      await waitText(page, 'profile-count', '3 profiles');

      await page.getByTestId('profile-User 0001').focus();
      await page.keyboard.press('Home');
      expect(await focusedTestId(page)).toBe('profile-User 0001');
      await page.keyboard.press('Shift+F10');
      await page.getByTestId('profile-menu').waitFor();
      await page.keyboard.press('Escape');
      expect(await focusedTestId(page)).toBe('profile-User 0001');
    } finally {
      await s.close();
    }
  });

  it('lists 1,000 profiles with a few dozen rows in the page, and End reaches the last one', async () => {
    const s = await openSession({ storeDir: storeWithProfiles(1000) });
    try {
      const { page } = s;
      await waitText(page, 'profile-count', '1,000 profiles');
      const first = await profileRow(page, 'User 0001');
      expect(await page.locator('[role="option"][data-id]').count()).toBeLessThan(80);
      expect(await first.getAttribute('aria-setsize')).toBe('1000');
      await first.focus();
      await page.keyboard.press('End');
      await expect.poll(() => focusedTestId(page)).toBe('profile-User 1000');
      expect(await page.getByTestId('profile-User 1000').getAttribute('aria-posinset')).toBe('1000');
      expect(await page.getByTestId('profile-User 0001').count()).toBe(0);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => focusedTestId(page)).toBe('profile-User 0999');
      // Scrolled away with the wheel, the focused row stays in the page and keeps the focus.
      await page.getByTestId('profile-list').evaluate((el) => (el.scrollTop = 0));
      await page.getByTestId('profile-User 0001').waitFor();
      expect(await focusedTestId(page)).toBe('profile-User 0999');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedTestId(page)).toBe('profile-User 1000');
      await page.getByTestId('profile-filter').fill('User 050');
      await expect.poll(() => page.locator('[role="option"][data-id]').count()).toBe(10);
      // The focused profile is filtered out: Tab from the filter still lands on a listed profile.
      await page.getByTestId('profile-filter').focus();
      await page.keyboard.press('Tab');
      expect(await focusedTestId(page)).toBe('profile-User 0500');
      expect(await page.getByTestId('profile-User 0505').getAttribute('aria-setsize')).toBe('10');
      await waitText(page, 'profile-count', '10 of 1,000 profiles shown');
      await screenshot(page, 'workspace-1000-profiles');
    } finally {
      await s.close();
    }
  });

  it('keeps panel widths, the open profile and the tab between runs, though the browser mode’s port changes', async () => {
    const storeDir = storeWithProfiles(2);
    const first = await openSession({ storeDir });
    let port: string;
    try {
      const { page } = first;
      port = new URL(first.server.url).port;
      await (await profileRow(page, 'User 0002')).click();
      await page.getByRole('tab', { name: 'Sections' }).click();
      const splitter = page.getByTestId('workspace-splitter');
      const box = (await splitter.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 200);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 120, box.y + 200, { steps: 5 });
      await page.mouse.up();
      expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(420);
      const sections = page.getByTestId('sections-splitter');
      await sections.focus();
      await page.keyboard.press('Shift+ArrowRight');
      expect(Number(await sections.getAttribute('aria-valuenow'))).toBe(364);
      await page.waitForTimeout(800); // the change is sent after a short pause
    } finally {
      await first.close();
    }
    const second = await openSession({ storeDir });
    try {
      const { page } = second;
      expect(new URL(second.server.url).port).not.toBe(port);
      await waitText(page, 'profile-title', 'User 0002');
      expect(await page.getByRole('tab', { name: 'Sections' }).getAttribute('aria-selected')).toBe('true');
      expect(await page.getByTestId('workspace-splitter').getAttribute('aria-valuenow')).toBe('420');
      expect(await page.getByTestId('sections-splitter').getAttribute('aria-valuenow')).toBe('364');
      const width = await page.getByTestId('profile-list').evaluate((el) => el.parentElement!.getBoundingClientRect().width);
      expect(Math.round(width)).toBe(420);
      // Double-click restores the default width.
      await page.getByTestId('workspace-splitter').dblclick();
      expect(await page.getByTestId('workspace-splitter').getAttribute('aria-valuenow')).toBe('300');
    } finally {
      await second.close();
    }
  });

  it('opens a recent file again from disk, shows one that is gone, and clears the list', async () => {
    const storeDir = mkdtempSync(join(tmpdir(), 'mpe-e2e-recent-'));
    const work = mkdtempSync(join(tmpdir(), 'mpe-e2e-recent-files-'));
    const reg = join(work, 'outlook-export.reg');
    const hive = join(work, 'NTUSER.DAT');
    copyFileSync(samplePath(SAMPLE.hivexReg), reg);
    copyFileSync(sampleHivePath(), hive);
    expect((await mpe(['--store', storeDir, 'import', hive])).code).toBe(0);
    expect((await mpe(['--store', storeDir, 'import', reg])).code).toBe(0);
    const s = await openSession({ storeDir });
    try {
      const { page } = s;
      // Two files, each with its "Outlook": two rows of that name, nothing renamed.
      await expect.poll(() => page.getByTestId('profile-Outlook').count(), { timeout: 20_000 }).toBe(2);
      await page.getByTestId('recent-files').click();
      const menu = page.getByTestId('recent-menu');
      await menu.waitFor();
      const items = menu.locator('[data-testid^="recent-"][data-testid$=".reg"], [data-testid="recent-NTUSER.DAT"]');
      // Newest first: the .reg was imported last.
      expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual([
        'recent-outlook-export.reg',
        'recent-NTUSER.DAT',
      ]);
      await expect.poll(() => menu.getByTestId('recent-NTUSER.DAT').textContent()).toContain(hive);
      await menu.getByTestId('recent-NTUSER.DAT').click();
      // Already open: the window asks; "Open again" opens it as a separate file.
      await page.locator('.el-message-box').getByRole('button', { name: 'Open again' }).click();
      await waitText(page, 'profile-count', '3 profiles');

      // The .reg is deleted: listed as gone, and not clickable.
      rmSync(reg);
      await page.getByTestId('recent-files').click();
      const gone = menu.getByTestId('recent-outlook-export.reg');
      await expect.poll(() => gone.textContent()).toContain('no longer there');
      expect(await gone.getAttribute('aria-disabled')).toBe('true');
      // NTUSER.DAT, opened last, heads the list now.
      expect(await menu.locator('[data-testid^="recent-"][title]').first().getAttribute('data-testid')).toBe('recent-NTUSER.DAT');
      await calm(page);
      await screenshot(page, 'recent-files');
      await menu.getByTestId('recent-clear').click();
      await page.getByTestId('recent-files').click();
      await menu.getByTestId('recent-empty').waitFor();
      expect(await menu.locator('[data-testid^="recent-"][title]').count()).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('cancels a long upload: nothing is imported and nothing stays staged', async () => {
    const s = await openSession();
    try {
      const { page } = s;
      const big = join(mkdtempSync(join(tmpdir(), 'mpe-e2e-big-')), 'big.reg');
      writeFileSync(big, Buffer.alloc(120 * 1024 * 1024, 0x41));
      await openFiles(page, [big]);
      const cancel = page.getByTestId('progress-cancel');
      await cancel.waitFor({ timeout: 20_000 });
      await waitText(page, 'progress', 'big.reg');
      await cancel.click();
      await expect.poll(() => page.locator('.el-message').textContent()).toContain('Opening cancelled: nothing was imported.');
      await expect.poll(() => page.getByTestId('progress').count()).toBe(0);
      expect(await errorDialogShown(page)).toBe(false);
      expect(s.context.store.list()).toHaveLength(0);
      // What was sent is dropped from the main process's memory too.
      await expect.poll(() => s.context.uploads.pending).toBe(0);
      // And the window still opens a real file afterwards.
      await openFiles(page, [samplePath(SAMPLE.hivexReg)]);
      await profileRow(page, 'Outlook');
    } finally {
      await s.close();
    }
  });

  it('exports 1,000 profiles in chunks with progress; Cancel saves nothing and releases the export', async () => {
    const s = await openSession({ storeDir: storeWithProfiles(1000) });
    try {
      const { page } = s;
      await waitText(page, 'profile-count', '1,000 profiles');
      // Each chunk a little slower than the machine would read it, so Cancel lands mid-way.
      const slowReads = async (route: import('playwright-core').Route) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        await route.continue();
      };
      await page.route('**/api/exports.read', slowReads);
      await page.getByTestId('export-profiles').click();
      await page.getByTestId('export-run').click();
      const cancel = page.getByTestId('progress-cancel');
      await cancel.waitFor({ timeout: 20_000 });
      await waitText(page, 'progress', 'Saving profiles.reg…');
      await cancel.click();
      await expect.poll(() => page.locator('.el-message').textContent()).toContain('Export cancelled: nothing was saved.');
      await expect.poll(() => page.getByTestId('progress').count()).toBe(0);
      await expect.poll(() => s.context.downloads.pending).toBe(0);
      expect(await errorDialogShown(page)).toBe(false);

      // Exporting again saves the whole file.
      await page.unroute('**/api/exports.read', slowReads);
      await page.getByTestId('export-profiles').click();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-run').click()]);
      const bytes = readFileSync(await download.path());
      expect(bytes.length).toBeGreaterThan(20 * 1024 * 1024);
      expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
      const text = bytes.subarray(2).toString('utf16le');
      expect(text).toContain('\\Profiles\\User 0001]');
      expect(text).toContain('\\Profiles\\User 1000]');
      expect(s.context.downloads.pending).toBe(0);
    } finally {
      await s.close();
    }
  });
});
