/** View state only: language, theme, open dialogs, the error being shown. Data lives in the main process. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ErrorShape } from '../../shared/errors';
import { i18n, setLocale, type Locale } from '../i18n';
import { applyTheme, savedTheme, type ThemeChoice } from '../theme';

export const useUiStore = defineStore('ui', () => {
  const locale = ref<Locale>(i18n.global.locale.value as Locale);
  const theme = ref<ThemeChoice>(savedTheme());
  const aboutOpen = ref(false);
  const error = ref<ErrorShape | null>(null);

  function changeLocale(next: Locale): void {
    locale.value = next;
    setLocale(next);
  }
  function changeTheme(next: ThemeChoice): void {
    theme.value = next;
    applyTheme(next);
  }
  function showError(e: ErrorShape): void {
    error.value = e;
  }

  applyTheme(theme.value);
  return { locale, theme, aboutOpen, error, changeLocale, changeTheme, showError };
});
