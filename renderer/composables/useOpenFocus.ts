/**
 * Where the keyboard lands when a dialog opens, at once — not after its 300 ms opening animation.
 *
 * Element Plus's dialog renders its content on first open and, a tick later, its focus trap announces
 * `focus-trap.focus-after-trapped` on the dialog (cancelable, not bubbling) and then focuses the dialog
 * itself; a field focused from `@opened` got the keyboard only when the animation ended, and what was
 * typed after Ctrl/Cmd+F until then was lost (issue 20). Cancelling that event (heard on `document` in
 * the capture phase, which sees events that do not bubble) and focusing the field there gives it the
 * keyboard in the same task that opened the dialog.
 */
import { onBeforeUnmount, onMounted } from 'vue';

/** The focus trap's event (element-plus focus-trap/src/tokens.ts FOCUS_AFTER_TRAPPED). */
const FOCUS_AFTER_TRAPPED = 'focus-trap.focus-after-trapped';

/** `focus` returns false when it had nothing to focus: the trap then focuses the dialog as usual. */
export function useOpenFocus(dialogTestId: string, focus: () => boolean): void {
  function onTrapped(e: Event): void {
    if (!(e.target instanceof Element) || e.target.getAttribute('data-testid') !== dialogTestId) return;
    if (focus()) e.preventDefault();
  }
  onMounted(() => document.addEventListener(FOCUS_AFTER_TRAPPED, onTrapped, true));
  onBeforeUnmount(() => document.removeEventListener(FOCUS_AFTER_TRAPPED, onTrapped, true));
}
