/**
 * Esc closes the top dialog even when a dropdown (el-select) inside it has the focus (issue 20: Esc did
 * nothing in Compare while a profile picker was focused).
 *
 * Element Plus's select answers every Esc itself and stops it (useSelect.ts handleKeydown: Esc clears the
 * typed filter, else closes the menu, then `stopPropagation`), even with its menu already closed, so the
 * dialogs' Esc listener on `document` never hears it. The first Esc still belongs to the select: it
 * closes its open menu, or clears the filter typed into it, as a native <select> does; this hears the
 * key before the select (capture phase), and when the select has nothing left to close, passes one Esc
 * on to `document`, where the top dialog's focus trap closes that dialog and only that one.
 */
import { onBeforeUnmount, onMounted } from 'vue';

/** A select with nothing open and nothing typed: its Esc would otherwise be swallowed. */
function idleSelect(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLInputElement) || target.getAttribute('role') !== 'combobox') return false;
  return target.getAttribute('aria-expanded') !== 'true' && target.value === '' && !!target.closest('.el-select');
}

export function useEscapeThroughSelects(): void {
  function onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !e.isTrusted || !idleSelect(e.target)) return;
    if (!(e.target as HTMLElement).closest('.el-dialog, .el-drawer')) return;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
  }
  onMounted(() => window.addEventListener('keydown', onKey, true));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey, true));
}
