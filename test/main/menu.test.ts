/**
 * The native menu speaks the system's language from the same labels the window uses: every command item is
 * labelled from shared/i18n/menuLabels.ts and sends its command to the renderer.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenu } from '../../electron/main/menu.js';
import type { MenuCommand } from '../../shared/contract.js';
import { MENU_LABELS, menuLocale } from '../../shared/i18n/menuLabels.js';
import en from '../../renderer/i18n/en.js';
import fr from '../../renderer/i18n/fr.js';

const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((m) => [m, ...(Array.isArray(m.submenu) ? items(m.submenu) : [])]);

describe('the native menu', () => {
  it.each(['en', 'fr'] as const)('is labelled in %s and each command item sends its command', (locale) => {
    const sent: MenuCommand[] = [];
    const menu = buildMenu('linux', MENU_LABELS[locale], (c) => sent.push(c));
    const labels = MENU_LABELS[locale];
    expect(menu.map((m) => m.label ?? m.role)).toEqual([labels.file, labels.edit, labels.view, 'windowMenu', labels.help]);
    const byLabel = new Map(
      items(menu)
        .filter((m) => m.label)
        .map((m) => [m.label!, m]),
    );
    for (const [label, command] of [
      [labels.open, 'open'],
      [labels.undo, 'undo'],
      [labels.redo, 'redo'],
      [labels.find, 'find'],
      [labels.aboutApp, 'about'],
    ] as const) {
      (byLabel.get(label)!.click as () => void)();
      expect(sent.at(-1)).toBe(command);
    }
  });

  it('French labels differ from the English ones, and the window shows the same words', () => {
    for (const key of Object.keys(MENU_LABELS.en) as (keyof typeof MENU_LABELS.en)[])
      expect(MENU_LABELS.fr[key]).not.toBe(MENU_LABELS.en[key]);
    expect([en.menu.open, fr.menu.open]).toEqual([MENU_LABELS.en.open, MENU_LABELS.fr.open]);
    expect([en.menu.about, fr.menu.about]).toEqual([MENU_LABELS.en.about, MENU_LABELS.fr.about]);
  });

  it('follows the system locale: French for fr and its regions, English otherwise', () => {
    expect(['fr', 'fr-CA', 'FR-fr', 'en-US', 'de'].map(menuLocale)).toEqual(['fr', 'fr', 'fr', 'en', 'en']);
  });
});
