/**
 * Toasts (ElMessage) start below the toolbar, never over it (issue 20: an undo toast covered Undo/Redo
 * for 3 s, so a second Undo could not be clicked). The toolbar's height changes with the window's width
 * and the language, so it is measured, and kept measured, rather than assumed.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/** Space between the toolbar's lower edge and the first toast, in CSS pixels. */
const GAP = 8;

/** `ElConfigProvider :message="{ offset }"`: Element Plus reads it for every toast shown afterwards. */
export function useToastOffset(toolbarSelector = 'header[role="toolbar"]'): Ref<number> {
  const offset = ref(64);
  let observer: ResizeObserver | undefined;
  function measure(): void {
    const bar = document.querySelector(toolbarSelector);
    if (bar) offset.value = Math.ceil(bar.getBoundingClientRect().bottom) + GAP;
  }
  onMounted(() => {
    measure();
    const bar = document.querySelector(toolbarSelector);
    if (bar && typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(measure);
      observer.observe(bar);
    }
  });
  onBeforeUnmount(() => observer?.disconnect());
  return offset;
}
