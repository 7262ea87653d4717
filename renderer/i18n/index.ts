/**
 * vue-i18n set up for en and fr. The language follows the system unless the user picked one; the
 * choice is remembered between runs (lib/remembered.ts). Error sentences come from shared/i18n/errorMessages.ts, the same
 * table the CLI prints from.
 */
import { createI18n } from 'vue-i18n';
import en from './en';
import fr from './fr';
import { recalled, remember } from '../lib/remembered';

export type Locale = 'en' | 'fr';
export const LOCALES: Locale[] = ['en', 'fr'];
const KEY = 'mpe.locale';

export function initialLocale(): Locale {
  const saved = recalled(KEY);
  if (saved === 'en' || saved === 'fr') return saved;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'en',
  messages: { en, fr },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  remember(KEY, locale);
  document.documentElement.lang = locale;
}
