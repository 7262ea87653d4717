/** View state only: language, theme, open dialogs, the error being shown, progress of long work. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ErrorShape } from '../../shared/errors';
import { i18n, setLocale, type Locale } from '../i18n';
import { applyTheme, chooseTheme, savedTheme, type ThemeChoice } from '../theme';

/** Long work shown in the status area: reading files (with a percentage), then importing (indeterminate). */
export interface Progress {
  phase: 'reading' | 'importing' | 'exporting' | 'savingSource';
  percent: number | null;
  file?: string;
  /** Present while the work can still be cancelled (the status bar shows a Cancel button). */
  cancel?: () => void;
}

/** A service picked for copying: by the row action, the context menu, Ctrl/Cmd+C, or a drag. */
export interface ServiceRef {
  profileId: string;
  serviceUid: string;
  /** Display name (else service name, else UID), for toasts and titles. */
  label: string;
}

/** The copy dialog's request: which service, into which profile. */
export interface CopyRequest extends ServiceRef {
  targetId: string;
}

export const useUiStore = defineStore('ui', () => {
  const locale = ref<Locale>(i18n.global.locale.value as Locale);
  const theme = ref<ThemeChoice>(savedTheme());
  const aboutOpen = ref(false);
  const error = ref<ErrorShape | null>(null);
  /** Profiles the export dialog is open for; null when closed. */
  const exportIds = ref<string[] | null>(null);
  const progress = ref<Progress | null>(null);
  /** Bumped to ask the toolbar's hidden file input to open (menu command, Ctrl+O, empty-state link). */
  const openRequest = ref(0);
  /** The copy-service dialog: open while set. */
  const copyRequest = ref<CopyRequest | null>(null);
  /** The service Ctrl/Cmd+C copied, waiting for Ctrl/Cmd+V on a profile. */
  const clipboardService = ref<ServiceRef | null>(null);
  /** The workspace-wide check ("Check all"), the search and the compare dialogs. */
  const lintAllOpen = ref(false);
  const searchOpen = ref(false);
  /** Bumped by each Ctrl/Cmd+F or Search button: the query field takes the keyboard even when already open. */
  const findRequest = ref(0);
  /** The History panel (HistoryDrawer): the workspace's, reachable with no profile open. */
  const historyOpen = ref(false);
  /** The compare dialog, opened from a profile (its left side); null when closed. */
  const compareLeftId = ref<string | null>(null);

  function changeLocale(next: Locale): void {
    locale.value = next;
    setLocale(next);
  }
  function changeTheme(next: ThemeChoice): void {
    theme.value = next;
    chooseTheme(next);
  }
  function openSearch(): void {
    searchOpen.value = true;
    findRequest.value++;
  }
  function showError(e: ErrorShape): void {
    error.value = e;
  }

  applyTheme(theme.value);
  return {
    locale,
    theme,
    aboutOpen,
    error,
    exportIds,
    progress,
    openRequest,
    copyRequest,
    clipboardService,
    lintAllOpen,
    searchOpen,
    findRequest,
    historyOpen,
    compareLeftId,
    changeLocale,
    changeTheme,
    showError,
    openSearch,
  };
});
