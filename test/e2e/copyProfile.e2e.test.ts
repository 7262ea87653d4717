/// <reference lib="dom" />
/**
 * Copy profile in Chromium (browser mode), issue 19 §1: the Windows 7 hive's "Outlook" (Outlook 2010,
 * Windows Messaging Subsystem) copied into a `.reg` of an Office 16.0 machine, under Office 15.0's root —
 * the version uplift and machine move. From the keyboard (the row's context menu, the header's Copy
 * button) the dialog opens with the name selected, Tab goes through the fields to Cancel and Copy, Esc
 * cancels and gives the keyboard back to the opener. The dialog starts on the profile's own file and
 * root; a name taken in the target file and root is refused in the dialog with the answer's sentence,
 * Copy disabled and Enter copying nothing; the preview says what moves (another file, another root, keys and values, the default
 * and where that root keeps it); after Copy the new profile is open and listed in the target file's group
 * for Office 15.0. The saved `.reg` (the browser's download) is then merged by hivexregedit into a hive and
 * read back by libhivex (python3-hivex): the copy holds every key and value hivex read from the original
 * (PR_SEARCH_KEY excepted: a copy is a new profile), and DefaultProfile is on `…\Office\15.0\Outlook`.
 * Screenshots: copy-profile-refused, copy-profile-preview.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { valueNameOfTag } from '../../shared/mapi/propTag.js';
import { PR_SEARCH_KEY } from '../../shared/mapi/tags.js';
import { SECTION } from '../../shared/mapi/sections.js';
import { dumpHiveWithLibhivex } from '../helpers/libhivex.js';
import { describeWith } from '../helpers/peerTools.js';
import { samplePath, SAMPLE, win7GroundTruth, win7HivePath, type GroundTruthKey } from '../helpers/samples.js';
import { openSession, screenshot } from './harness.js';
import { calm, errorDialogShown, openFiles, waitText } from './helpers.js';

const WMS = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles';
const OFFICE15 = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Outlook';
/** PR_SEARCH_KEY as a registry value name (type first, docs/file-formats.md §3.1). */
const SEARCH_KEY = valueNameOfTag(PR_SEARCH_KEY);

const row = (page: Page, group: string) => page.locator(`[data-testid="profile-Outlook"][aria-description="${group}"]`);
/** Element Plus puts the test id on the <input> itself or on its wrapper, by version. */
const nameInput = (page: Page) => page.locator('input[data-testid="copy-profile-name"], [data-testid="copy-profile-name"] input').first();
const copyDisabled = (page: Page) => page.getByTestId('copy-profile-run').evaluate((b) => (b as HTMLButtonElement).disabled);
const activeTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);
async function choose(page: Page, select: string, option: string): Promise<void> {
  await page.getByTestId(select).click();
  await page.getByTestId(option).click();
}

/** The keys under `root\Outlook`, paths relative to it, with their values, in a comparable order. */
function profileKeys(keys: readonly GroundTruthKey[], root: string): GroundTruthKey[] {
  const base = `${root}\\Outlook`.toLowerCase();
  return keys
    .filter((k) => k.key.toLowerCase() === base || k.key.toLowerCase().startsWith(base + '\\'))
    .map((k) => ({ key: k.key.slice(base.length).toLowerCase(), values: [...k.values].sort((a, b) => a.name.localeCompare(b.name)) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

describeWith(
  ['chromium', 'hivexregedit', 'pythonHivex'],
  'copy profile into another file and registry root (Chromium, browser mode)',
  () => {
    it('Outlook 2010 from a hive into a .reg under Office 15.0: refusal in the dialog, preview, copy, save, merged by hivex', async () => {
      const work = mkdtempSync(join(tmpdir(), 'mpe-e2e-copy-profile-'));
      const hive = join(work, 'win7_ntuser.dat');
      const reg = join(work, 'Outlook16.reg');
      copyFileSync(win7HivePath(), hive);
      copyFileSync(samplePath(SAMPLE.hivexReg), reg);
      const truth = profileKeys(win7GroundTruth(), WMS);
      const s = await openSession({ locale: 'en-US', viewport: { width: 1024, height: 700 } });
      try {
        const { page } = s;
        await openFiles(page, [hive, reg]);
        await expect.poll(() => page.getByTestId('profile-Outlook').count(), { timeout: 90_000 }).toBe(2);
        await row(page, 'win7_ntuser.dat — Windows Messaging Subsystem').click();
        await waitText(page, 'profile-title', 'Outlook');

        // From the row's context menu (Shift+F10, Enter on Copy profile…): the name has the keyboard; Esc
        // cancels and gives it back to the row.
        const source = row(page, 'win7_ntuser.dat — Windows Messaging Subsystem');
        await source.focus();
        await page.keyboard.press('Shift+F10');
        await page.getByTestId('menu-copy').focus();
        await page.keyboard.press('Enter');
        const dialog = page.getByTestId('copy-profile-dialog');
        await dialog.waitFor();
        await expect.poll(() => activeTestId(page)).toBe('copy-profile-name');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        await expect.poll(() => activeTestId(page)).toBe('profile-Outlook');
        expect(await source.evaluate((e) => e === document.activeElement)).toBe(true);

        // From the keyboard: Enter on the header's Copy opens the dialog with the name selected; Esc cancels
        // and gives the keyboard back to the button.
        await page.getByTestId('header-copy').focus();
        await page.keyboard.press('Enter');
        await dialog.waitFor();
        await expect.poll(() => activeTestId(page)).toBe('copy-profile-name');
        expect(await nameInput(page).inputValue()).toBe('Outlook (copy)');
        expect(
          await nameInput(page).evaluate((i) => [(i as HTMLInputElement).selectionStart, (i as HTMLInputElement).selectionEnd]),
        ).toEqual([0, 'Outlook (copy)'.length]);
        await waitText(page, 'copy-profile-source', 'win7_ntuser.dat');
        await waitText(page, 'copy-profile-root', 'Windows Messaging Subsystem');
        // The preview of the default choices: same file and root, nothing marked; keys and values as hivex counts them.
        await waitText(page, 'copy-profile-plan-to', 'win7_ntuser.dat — Windows Messaging Subsystem');
        expect(await page.getByTestId('copy-profile-plan-content').textContent()).toContain(
          `${truth.length} keys and ${truth.reduce((n, k) => n + k.values.length, 0)} values copied.`,
        );
        expect(await page.getByTestId('copy-profile-source-changes').count()).toBe(0);
        expect(await page.getByTestId('copy-profile-root-changes').count()).toBe(0);
        expect(await copyDisabled(page)).toBe(false);
        // Tab goes name → source → root → Cancel → Copy.
        const order: (string | null)[] = [];
        for (let i = 0; i < 4; i++) {
          await page.keyboard.press('Tab');
          order.push(await activeTestId(page));
        }
        expect(order).toEqual(['copy-profile-source', 'copy-profile-root', 'copy-profile-cancel', 'copy-profile-run']);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        await expect.poll(() => activeTestId(page)).toBe('header-copy');
        expect(s.context.store.list()).toHaveLength(2);

        // Again; the name "Outlook" into the .reg's Office 16.0 root, which holds an "Outlook": refused there.
        await page.keyboard.press('Enter');
        await dialog.waitFor();
        await expect.poll(() => activeTestId(page)).toBe('copy-profile-name');
        await page.keyboard.type('Outlook');
        await choose(page, 'copy-profile-source', 'copy-profile-source-Outlook16.reg');
        await choose(page, 'copy-profile-root', 'copy-profile-root-office16');
        const item = page.getByTestId('copy-profile-name-item');
        await expect
          .poll(() =>
            page
              .getByTestId('copy-profile-name-error')
              .textContent()
              .catch(() => ''),
          )
          .toBe(
            'A profile named "Outlook" already exists under HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles in Outlook16.reg: names must be unique there.',
          );
        expect(await item.evaluate((e) => e.classList.contains('is-error'))).toBe(true);
        expect(await nameInput(page).getAttribute('aria-invalid')).toBe('true');
        // The sentence takes its own lines: the next field's label starts below it.
        const below = await page.evaluate(() => {
          const said = document.querySelector('[data-testid="copy-profile-name-error"]')!.getBoundingClientRect();
          const next = document.querySelector('[data-testid="copy-profile-source"]')!.closest('.el-form-item')!.getBoundingClientRect();
          return next.top - said.bottom;
        });
        expect(below).toBeGreaterThanOrEqual(0);
        expect(await copyDisabled(page)).toBe(true);
        // Enter in the name field copies nothing while refused; the dialog stays, no error dialog on top.
        await nameInput(page).focus();
        await page.keyboard.press('Enter');
        await calm(page);
        expect(await dialog.isVisible()).toBe(true);
        expect(await errorDialogShown(page)).toBe(false);
        expect(s.context.store.list()).toHaveLength(2);
        await screenshot(page, 'copy-profile-refused');

        // Office 15.0 of the same file: free. The preview says what moves.
        await choose(page, 'copy-profile-root', 'copy-profile-root-office15');
        await expect.poll(() => item.evaluate((e) => e.classList.contains('is-error'))).toBe(false);
        await waitText(page, 'copy-profile-plan-to', 'Outlook16.reg — Office 15.0');
        expect(await page.getByTestId('copy-profile-plan-from').textContent()).toContain('win7_ntuser.dat — Windows Messaging Subsystem');
        expect(await page.getByTestId('copy-profile-plan-from').textContent()).toContain(`${WMS}\\Outlook`);
        expect(await page.getByTestId('copy-profile-plan-to').textContent()).toContain(`${OFFICE15}\\Profiles\\Outlook`);
        expect(await page.getByTestId('copy-profile-source-changes').textContent()).toBe('Another file');
        expect(await page.getByTestId('copy-profile-root-changes').textContent()).toBe('Another registry root');
        // The original is its root's default and Office 15.0 has none in the .reg: the default moves, onto …\Outlook.
        expect(await page.getByTestId('copy-profile-plan-default').textContent()).toContain(
          `It becomes the default profile there: DefaultProfile is written on ${OFFICE15}.`,
        );
        await expect.poll(() => copyDisabled(page)).toBe(false);
        await calm(page);
        await screenshot(page, 'copy-profile-preview');
        await page.getByTestId('copy-profile-run').click();
        await dialog.waitFor({ state: 'hidden' });

        await expect
          .poll(() => page.locator('.el-message').allTextContents())
          .toContainEqual(expect.stringContaining('Profile “Outlook” copied as “Outlook” into Outlook16.reg — Office 15.0.'));
        // The copy is open, in the .reg's group for Office 15.0, the default there.
        const copied = row(page, 'Outlook16.reg — Office 15.0');
        await copied.waitFor();
        await expect.poll(() => copied.getAttribute('aria-selected')).toBe('true');
        expect(await copied.getByTestId('default-badge').count()).toBe(1);
        await expect.poll(() => page.locator('.header .origin').textContent()).toContain('Outlook16.reg — Office 15.0');
        expect(await page.locator('.gfile').allTextContents()).toEqual(['win7_ntuser.dat', 'Outlook16.reg', 'Outlook16.reg']);
        expect(await page.locator('.groot').allTextContents()).toEqual(['Windows Messaging Subsystem', 'Office 16.0', 'Office 15.0']);

        // Save the .reg (Ctrl+S saves the open profile's file): the browser downloads it under its own name.
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Control+s')]);
        expect(download.suggestedFilename()).toBe('Outlook16.reg');
        const saved = join(work, 'saved.reg');
        await download.saveAs(saved);
        // Merged by hivexregedit into the hive the profile came from, read back by libhivex. Unlike regedit,
        // hivexregedit creates no missing parent key: the file's own Office 16.0 profile needs the keys an
        // installed Outlook 2016 has (the Windows 7 hive has none); Office 15.0's the save itself writes above
        // the root it added.
        const parents = join(work, 'outlook-keys.reg');
        const office = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office';
        const keys = [office, `${office}\\16.0`, `${office}\\16.0\\Outlook`, `${office}\\16.0\\Outlook\\Profiles`];
        writeFileSync(parents, `Windows Registry Editor Version 5.00\n\n${keys.map((k) => `[${k}]\n\n`).join('')}`);
        execFileSync('hivexregedit', ['--merge', '--prefix', 'HKEY_CURRENT_USER', hive, parents]);
        execFileSync('hivexregedit', ['--merge', '--prefix', 'HKEY_CURRENT_USER', hive, saved]);
        const merged = dumpHiveWithLibhivex(hive, 'HKEY_CURRENT_USER');
        const copy = profileKeys(merged, `${OFFICE15}\\Profiles`);
        const withoutSearchKey = (keys: GroundTruthKey[]) =>
          keys.map((k) => (k.key === `\\${SECTION.profileInstance}` ? { ...k, values: k.values.filter((v) => v.name !== SEARCH_KEY) } : k));
        expect(withoutSearchKey(copy)).toEqual(withoutSearchKey(truth));
        const searchKeyOf = (keys: GroundTruthKey[]) =>
          keys.find((k) => k.key === `\\${SECTION.profileInstance}`)?.values.find((v) => v.name === SEARCH_KEY)?.hex;
        expect(searchKeyOf(copy)).toMatch(/^[0-9a-f]{32}$/);
        expect(searchKeyOf(copy)).not.toBe(searchKeyOf(truth));
        const holder = merged.find((k) => k.key.toLowerCase() === OFFICE15.toLowerCase());
        expect(holder?.values.find((v) => v.name === 'DefaultProfile')).toEqual({
          name: 'DefaultProfile',
          type: 1,
          hex: Buffer.from('Outlook\0', 'utf16le').toString('hex'),
        });
        // The original profile, still in its hive's messaging root, untouched by the copy.
        expect(profileKeys(merged, WMS)).toEqual(truth);
        expect(readFileSync(reg)).toEqual(readFileSync(samplePath(SAMPLE.hivexReg)));
      } finally {
        await s.close();
      }
    }, 240_000);
  },
);
