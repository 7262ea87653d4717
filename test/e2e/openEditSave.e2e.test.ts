/// <reference lib="dom" />
/**
 * Open, edit, save in Chromium (browser mode): the two real hives and a copy of one under another name,
 * each holding "Outlook", listed under their own names and files; an edit marks the file and the profile
 * as unsaved, undoing to the saved state clears the marks, and Save downloads the hive under its own
 * name, which reads back with the edit — after the user confirms, since the sample hive is dirty (its
 * sequence numbers differ) and no transaction logs came with it; cancelling saves nothing.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readProfilesFile } from '../../electron/core/import/readProfilesFile.js';
import { describeWith } from '../helpers/peerTools.js';
import { sampleHivePath, win7HivePath } from '../helpers/samples.js';
import { openSession, screenshot } from './harness.js';
import { openFiles, waitText } from './helpers.js';

describeWith(['chromium'], 'open, edit, save', () => {
  it('three hives with "Outlook": no renaming, unsaved marks that undo clears, Save downloads the hive', async () => {
    const work = mkdtempSync(join(tmpdir(), 'mpe-e2e-save-'));
    const office = join(work, 'NTUSER.DAT');
    const win7 = join(work, 'win7_ntuser.dat');
    const copy = join(work, 'laptop.dat');
    copyFileSync(sampleHivePath(), office);
    copyFileSync(win7HivePath(), win7);
    copyFileSync(sampleHivePath(), copy);
    const s = await openSession();
    try {
      const { page } = s;
      await openFiles(page, [office, win7, copy]);
      // Three hives of 30 MB are sent in 1 MiB chunks: slow on a busy machine.
      await expect.poll(() => page.getByTestId('profile-count').textContent(), { timeout: 90_000 }).toContain('3 profiles');
      const rows = page.getByTestId('profile-Outlook');
      expect(await rows.count()).toBe(3);
      expect(await page.locator('.gfile').allTextContents()).toEqual(['NTUSER.DAT', 'win7_ntuser.dat', 'laptop.dat']);
      expect(await page.getByTestId('group-unsaved').count()).toBe(0);

      // An edit in laptop.dat's "Outlook": its group and that profile are marked, no other.
      await rows.nth(2).click();
      await waitText(page, 'profile-title', 'Outlook');
      await page.getByTestId('header-default-toggle').click();
      await rows.nth(2).focus();
      await page.keyboard.press('F2');
      const prompt = page.locator('.name-prompt');
      await prompt.locator('input').fill('Laptop');
      await prompt.locator('input').press('Enter');
      await page.getByTestId('profile-Laptop').waitFor();
      await expect.poll(() => page.getByTestId('group-unsaved').count()).toBe(1);
      expect(await page.getByTestId('profile-Laptop').getByTestId('profile-unsaved').count()).toBe(1);
      expect(await page.getByTestId('profile-unsaved').count()).toBe(1);
      await screenshot(page, 'unsaved-marks');

      // Undo both edits: back to what the file holds, the marks go; redo brings them back.
      await page.getByTestId('profile-Laptop').focus();
      await page.keyboard.press('Control+z');
      await page.getByTestId('profile-Outlook').nth(2).waitFor();
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.getByTestId('group-unsaved').count()).toBe(0);
      expect(await page.getByTestId('profile-unsaved').count()).toBe(0);
      // Redo the default change: the file is marked (a source-level change), no profile is; then the rename.
      await page.keyboard.press('Control+y');
      await expect.poll(() => page.getByTestId('group-unsaved').count()).toBe(1);
      expect(await page.getByTestId('profile-unsaved').count()).toBe(0);
      await page.keyboard.press('Control+y');
      await expect.poll(() => page.getByTestId('profile-unsaved').count()).toBe(1);

      // Save (Ctrl+S): the hive is dirty, so the window asks first; Cancel saves nothing.
      await page.getByTestId('profile-Laptop').click();
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.keyboard.press('Control+s');
      const ask = page.locator('.dirty-confirm');
      await ask.waitFor();
      const question = (await ask.textContent()) ?? '';
      for (const text of ['laptop.dat', '29989 ≠ 29988', '.LOG1/.LOG2']) expect(question).toContain(text);
      await screenshot(page, 'dirty-hive-confirm');
      await ask.getByRole('button', { name: 'Cancel' }).click();
      await ask.waitFor({ state: 'hidden' });
      expect(await page.getByTestId('group-unsaved').count()).toBe(1);
      expect(downloads).toBe(0);
      // Again, and "Save anyway": the browser cannot write the file, so it downloads laptop.dat and says so.
      await page.keyboard.press('Control+s');
      await ask.waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        ask.getByRole('button', { name: 'Save anyway' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('laptop.dat');
      await expect
        .poll(() => page.locator('.el-message').allTextContents())
        .toContainEqual(expect.stringContaining('Saved as the download laptop.dat'));
      await expect.poll(() => page.getByTestId('group-unsaved').count()).toBe(0);
      const saved = readProfilesFile(new Uint8Array(readFileSync(await download.path())), 'laptop.dat');
      expect(saved.profiles.map((p) => p.name)).toEqual(['Laptop']);
      // The other two files were not touched.
      expect(readFileSync(office)).toEqual(readFileSync(sampleHivePath()));
    } finally {
      await s.close();
    }
  }, 360_000);
});
