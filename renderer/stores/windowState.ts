/**
 * The window's state kept between runs (shared/session.ts): panel sizes, the open profile and tab,
 * language, theme. The main process keeps it in the store's folder — the browser mode's origin (its port)
 * changes every run, so the page's own storage would forget. It is read from main once, before the app
 * is mounted (startApp.ts); modules read it from this store when they are first used, never at import
 * time; a change goes back to main through `uiState.set` shortly after (a burst of changes as one write).
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { UI_STATE_KEY, type UiState } from '../../shared/session';
import { invokeChannel } from '../api';

const SEND_AFTER_MS = 400;

export const useWindowStateStore = defineStore('windowState', () => {
  const values = ref<UiState>({});
  let pending: UiState = {};
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** What main kept, before the app is mounted; without it (an older main, an error) the defaults. */
  async function hydrate(): Promise<void> {
    try {
      const res = await invokeChannel('uiState.get', {});
      if (res.ok) values.value = { ...res.value };
    } catch {
      // The transport failed: the window starts from its defaults.
    }
  }

  function get(key: string): string | null {
    return values.value[key] ?? null;
  }

  function set(key: string, value: string): void {
    if (!UI_STATE_KEY.test(key)) throw new Error(`not a window-state key: ${key}`);
    if (values.value[key] === value) return;
    values.value = { ...values.value, [key]: value };
    pending[key] = value;
    clearTimeout(timer);
    timer = setTimeout(flush, SEND_AFTER_MS);
  }

  /** Sends what changed now (also when the page is hidden or closed, so the last change is not lost). */
  function flush(): void {
    clearTimeout(timer);
    if (Object.keys(pending).length === 0) return;
    const sent = pending;
    pending = {};
    void invokeChannel('uiState.set', { values: sent }).catch(() => undefined);
  }

  return { values, hydrate, get, set, flush };
});
