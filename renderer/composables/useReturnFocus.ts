/**
 * Focus goes back to whatever opened a dialog when it closes (issue 20: "focus you never lose"), by Esc,
 * the close button, a click outside or the dialog's own action.
 *
 * Element Plus's focus trap only gives focus back after a keyboard close, and only to an element that is
 * still in the page; after a click, or when the opener was re-rendered meanwhile (the list refreshed behind
 * the dialog), focus dropped to <body> and the next key went nowhere. Every dialog calls this once with its
 * open state: the opener is noted the moment the state turns true (a synchronous watcher, before the
 * dialog takes the focus), and given the focus again once the dialog has let go of it. An opener that was
 * replaced is found again by its data-testid.
 *
 * @example
 * const open = computed({ get: () => ui.searchOpen, set: (v) => (ui.searchOpen = v) });
 * useReturnFocus(open);
 */
import { nextTick, watch, type WatchSource } from 'vue';

/** How long a disabled or hidden opener (a button still showing its spinner) is waited for. */
const WAIT_MS = 1500;

const isBody = (el: Element | null): boolean => !el || el === document.body || el === document.documentElement;
/** Focus that sits in a dialog or message box (the one closing, or the one under it). */
const inOverlay = (el: Element | null): boolean => !!el?.closest('.el-overlay, .el-overlay-dialog, .el-message-box, .el-popper');

/** The element to give focus back to: the opener itself, or the element that took its place. */
function findOpener(opener: HTMLElement, testId: string | null): HTMLElement | null {
  if (opener.isConnected) return opener;
  if (!testId) return null;
  return document.querySelector<HTMLElement>(`[data-testid="${testId.replace(/["\\]/g, '\\$&')}"]`);
}

/** `checkVisibility` is Chromium's (and Electron's); a DOM without it (happy-dom) counts every element as shown. */
const shown = (el: Element): boolean => typeof el.checkVisibility !== 'function' || el.checkVisibility();
const focusable = (el: HTMLElement): boolean => el.isConnected && !(el as HTMLButtonElement).disabled && shown(el);

/** Focuses `el` as soon as it can take focus (a button re-enabled after its work), within WAIT_MS. */
async function focusWhenReady(get: () => HTMLElement | null, stillWanted: () => boolean): Promise<void> {
  const until = performance.now() + WAIT_MS;
  while (performance.now() < until) {
    if (!stillWanted()) return;
    const el = get();
    if (el && focusable(el)) {
      el.focus();
      if (document.activeElement === el) return;
    }
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/**
 * The last element that had focus: a button showing its spinner is disabled and focus falls to <body>,
 * so a dialog opened by that button's work (the error dialog after a refused Preview) would find no opener.
 */
let lastFocused: HTMLElement | null = null;
let tracking = false;
function trackFocus(): void {
  if (tracking) return;
  tracking = true;
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement && !isBody(e.target)) lastFocused = e.target;
  });
}

export function useReturnFocus(open: WatchSource<boolean>): void {
  let opener: HTMLElement | null = null;
  let testId: string | null = null;
  let generation = 0;
  trackFocus();
  watch(
    open,
    (isOpen) => {
      generation++;
      if (isOpen) {
        const active = document.activeElement;
        opener = !isBody(active) && active instanceof HTMLElement ? active : lastFocused?.isConnected ? lastFocused : null;
        testId = opener?.getAttribute('data-testid') ?? null;
        return;
      }
      const from = opener;
      const id = testId;
      const mine = generation;
      opener = null;
      if (!from) return;
      // After the dialog's focus trap has released (its own watcher runs in this same flush).
      void nextTick(() => {
        const now = document.activeElement;
        // Focus the dialog's own action moved elsewhere on purpose (a search hit's row) stays there.
        if (!isBody(now) && !inOverlay(now) && now !== from) return;
        void focusWhenReady(
          () => findOpener(from, id),
          () =>
            generation === mine && (isBody(document.activeElement) || inOverlay(document.activeElement) || document.activeElement === from),
        );
      });
    },
    { flush: 'sync', immediate: true },
  );
}
