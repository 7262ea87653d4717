/**
 * Window-wide keys: Ctrl/Cmd+O open, Ctrl/Cmd+S save (Shift: save all), Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo, Ctrl/Cmd+F search,
 * Ctrl/Cmd+C copy the selected service, Ctrl/Cmd+V paste it into the selected profile, F6 / Shift+F6 the
 * other pane (lib/paneFocus.ts). Inside a text field Ctrl+Z, Ctrl+C and Ctrl+V stay the field's own;
 * Ctrl+C with text selected copies the text.
 */
import { onBeforeUnmount, onMounted } from 'vue';

export interface ShortcutHandlers {
  open(): void;
  undo(): void;
  redo(): void;
  find?(): void;
  /** Ctrl/Cmd+S: the open profile's file; with Shift, every file. */
  save?(): void;
  saveAll?(): void;
  /** Returns false when there was nothing to copy (the key then keeps its usual meaning). */
  copy?(): boolean;
  paste?(): boolean;
  /** F6 / Shift+F6: false when there was no other pane to go to. */
  switchPane?(): boolean;
}

const isEditable = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function useShortcuts(handlers: ShortcutHandlers): void {
  const dialogShown = () => !!document.querySelector('.el-overlay-dialog, .el-overlay-message-box')?.checkVisibility?.();
  function onKey(e: KeyboardEvent): void {
    if (e.key === 'F6' && !(e.ctrlKey || e.metaKey || e.altKey) && !dialogShown()) {
      if (handlers.switchPane?.()) e.preventDefault();
      return;
    }
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'o') {
      e.preventDefault();
      handlers.open();
      return;
    }
    if (key === 's' && handlers.save) {
      // Even from a text field: Save is what every editor does with this key, never the browser's "Save page".
      e.preventDefault();
      if (e.shiftKey) handlers.saveAll?.();
      else handlers.save();
      return;
    }
    if (key === 'f' && handlers.find && !e.shiftKey) {
      e.preventDefault();
      handlers.find();
      return;
    }
    if (isEditable(e.target) || dialogShown()) return;
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      handlers.undo();
    } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
      e.preventDefault();
      handlers.redo();
    } else if (key === 'c' && !e.shiftKey && !window.getSelection()?.toString()) {
      if (handlers.copy?.()) e.preventDefault();
    } else if (key === 'v' && !e.shiftKey) {
      if (handlers.paste?.()) e.preventDefault();
    }
  }
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
