/**
 * vue-i18n set up for en and fr. The language follows the system unless the user picked one; the
 * choice is remembered between runs (stores/windowState.ts).
 * The app starts in the system's language and switches to the saved choice once the window state is read
 * (applySavedLocale, before the app is mounted). Error sentences come from shared/i18n/errorMessages.ts, the same
 * table the CLI prints from.
 */
import { createI18n } from 'vue-i18n';
import en from './en';
import fr from './fr';
import { useWindowStateStore } from '../stores/windowState';

export type Locale = 'en' | 'fr';
export const LOCALES: Locale[] = ['en', 'fr'];
const KEY = 'mpe.locale';

const systemLocale = (): Locale => (navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');

export const i18n = createI18n({
  legacy: false,
  locale: systemLocale(),
  fallbackLocale: 'en',
  messages: { en, fr },
});

/** The user's pick: shown and remembered. */
export function setLocale(locale: Locale): void {
  showLocale(locale);
  useWindowStateStore().set(KEY, locale);
}

/** The remembered choice, else the system's language (the window state is read: startApp.ts). */
export function applySavedLocale(): void {
  const saved = useWindowStateStore().get(KEY);
  showLocale(saved === 'en' || saved === 'fr' ? saved : systemLocale());
}

function showLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}
