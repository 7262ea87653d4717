/**
 * The window's state kept between runs (shared/session.ts): panel sizes, the open profile and tab,
 * language, theme. The main process keeps it in the store's folder — the browser mode's origin (its port)
 * changes every run, so localStorage alone would forget. localStorage is the synchronous copy the
 * modules read at start-up: `loadRemembered` fills it from main before the app is created, `remember`
 * writes it and sends the change to main shortly after (several changes in a burst go as one write).
 */
import { UI_STATE_KEY, type UiState } from '../../shared/session';
import { invoke } from '../api';

const SEND_AFTER_MS = 400;
let pending: UiState = {};
let timer: ReturnType<typeof setTimeout> | undefined;

export async function loadRemembered(): Promise<void> {
  try {
    const res = await invoke('uiState.get', {});
    if (!res.ok) return;
    for (const [key, value] of Object.entries(res.value)) localStorage.setItem(key, value);
  } catch {
    // Without main's copy the window starts from this origin's own localStorage, or from defaults.
  }
}

export function recalled(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function remember(key: string, value: string): void {
  if (!UI_STATE_KEY.test(key)) throw new Error(`not a window-state key: ${key}`);
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: main's copy still gets it.
  }
  pending[key] = value;
  clearTimeout(timer);
  timer = setTimeout(flush, SEND_AFTER_MS);
}

/** Sends what changed now (also when the page is hidden or closed, so the last change is not lost). */
export function flush(): void {
  clearTimeout(timer);
  if (Object.keys(pending).length === 0) return;
  const values = pending;
  pending = {};
  void invoke('uiState.set', { values }).catch(() => undefined);
}

addEventListener('pagehide', flush);
