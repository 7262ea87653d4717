/// <reference lib="dom" />
// page.evaluate callbacks run in the page: they see the DOM.
import { expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { openSession, screenshot } from './harness.js';
import { chooseInToolbar, toolbarAction } from './helpers.js';
import { describeWith } from '../helpers/peerTools.js';

describeWith(['chromium'], 'first screen in Chromium (browser mode)', () => {
  it('shows the empty state in English, switches to French, and the About dialog reads app.info', async () => {
    const s = await openSession({ locale: 'en-US' });
    try {
      const { page } = s;
      await expect.poll(() => page.getByTestId('empty-state').textContent()).toContain('No profiles yet');
      await screenshot(page, 'empty-en');

      await chooseInToolbar(page, 'language', 'fr', 'Français');
      await expect.poll(() => page.getByTestId('empty-state').textContent()).toContain('Aucun profil pour l’instant');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

      await toolbarAction(page, 'about', 'more-about');
      const version = page.getByTestId('about-version');
      await expect.poll(() => version.textContent()).toBe(pkg.version);
      await screenshot(page, 'about-fr');
    } finally {
      await s.close();
    }
  });

  it('follows the system dark theme', async () => {
    const s = await openSession({ colorScheme: 'dark' });
    try {
      await expect.poll(() => s.page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
      await screenshot(s.page, 'empty-dark');
    } finally {
      await s.close();
    }
  });
});
