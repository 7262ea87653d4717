/// <reference lib="dom" />
/** Small steps shared by the e2e flows (beside harness.ts, which stays as the lead wrote it). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens files through the toolbar's hidden file input, as a user picking them in the Open dialog. */
export async function openFiles(page: Page, paths: string[]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(paths);
}

/** Waits for a profile to be listed and returns its row. */
export async function profileRow(page: Page, name: string) {
  const row = page.getByTestId(`profile-${name}`);
  await row.waitFor({ timeout: 20_000 });
  return row;
}

/** The text of an element, polled until it contains `text`. */
export async function waitText(page: Page, testId: string, text: string): Promise<void> {
  await expect.poll(() => page.getByTestId(testId).first().textContent(), { timeout: 15_000 }).toContain(text);
}

/** Waits until no toast or dialog animation is running, for stable screenshots. */
export const calm = (page: Page) => page.waitForTimeout(350);

/** Whether the error dialog shows: a refusal meant to stay inside its own dialog must not raise it. */
export const errorDialogShown = (page: Page): Promise<boolean> =>
  page
    .getByTestId('error-dialog')
    .isVisible()
    .catch(() => false);

/**
 * Picks the UI language or theme wherever the toolbar shows it: its own dropdown on a wide bar, or the
 * More ▾ menu's choice when the bar has folded it (AppToolbar's FOLD_ORDER: theme and language fold
 * early). `value` is the choice's key (`fr`, `dark`), `label` its text in the current language.
 */
export async function chooseInToolbar(page: Page, what: 'language' | 'theme', value: string, label: string): Promise<void> {
  const select = page.getByTestId(what);
  if (await select.isVisible()) {
    await select.click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: label }).click();
    return;
  }
  await page.getByTestId('toolbar-more').click();
  await page.getByTestId(`more-${what}-${value}`).click();
}

/** Clicks a toolbar action on the bar, or its entry in More ▾ (`more-…`) when the bar has folded it. */
export async function toolbarAction(page: Page, testId: string, moreTestId: string): Promise<void> {
  if (await page.getByTestId(testId).isVisible()) return page.getByTestId(testId).click();
  await page.getByTestId('toolbar-more').click();
  await page.getByTestId(moreTestId).click();
}
