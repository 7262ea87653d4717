/**
 * Window-wide keys: Ctrl/Cmd+O open, Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo. Inside a text
 * field Ctrl+Z stays the field's own undo.
 */
import { onBeforeUnmount, onMounted } from 'vue';

export interface ShortcutHandlers {
  open(): void;
  undo(): void;
  redo(): void;
}

const isEditable = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function useShortcuts(handlers: ShortcutHandlers): void {
  function onKey(e: KeyboardEvent): void {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'o') {
      e.preventDefault();
      handlers.open();
      return;
    }
    if (isEditable(e.target) || document.querySelector('.el-overlay-dialog, .el-overlay-message-box')?.checkVisibility?.()) return;
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      handlers.undo();
    } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
      e.preventDefault();
      handlers.redo();
    }
  }
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
