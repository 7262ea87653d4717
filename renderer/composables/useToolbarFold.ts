/**
 * A toolbar that folds instead of wrapping: the bar's foldable items, in the order they give way, are
 * folded one by one into its "More" menu until the rest fits on one line (issue 20: at 1024×700 the
 * toolbar wrapped — title on two lines, Undo/Redo stacked). Measured, not guessed per width: French
 * labels are longer than English ones, and the desktop app may lack "This computer".
 */
import { nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref, type WatchSource } from 'vue';

/**
 * `order` lists the foldable items, the first to give way first. Returns whether an item is folded, and
 * the folded ones in the bar's own order (for the menu). `watchAlso`: what changes the bar's content
 * (language, optional buttons), after which the fit is made again.
 */
export function useToolbarFold<K extends string>(bar: Ref<HTMLElement | null>, order: readonly K[], watchAlso: WatchSource[] = []) {
  const folded = ref(0);
  let fitting = false;
  let again = false;

  const isFolded = (key: K): boolean => order.indexOf(key) < folded.value;

  /** Everything shown, then one more folded at a time while the bar is wider than its box. */
  async function fit(): Promise<void> {
    if (fitting) {
      again = true;
      return;
    }
    fitting = true;
    try {
      do {
        again = false;
        folded.value = 0;
        await nextTick();
        while (bar.value && bar.value.scrollWidth > bar.value.clientWidth + 1 && folded.value < order.length) {
          folded.value++;
          await nextTick();
        }
      } while (again);
    } finally {
      fitting = false;
    }
  }

  let observer: ResizeObserver | undefined;
  let lastWidth = -1;
  onMounted(() => {
    observer = new ResizeObserver(() => {
      // Only the bar's own width matters: folding changes what is inside, never the box.
      const w = bar.value?.clientWidth ?? 0;
      if (w !== lastWidth) {
        lastWidth = w;
        void fit();
      }
    });
    if (bar.value) observer.observe(bar.value);
    void fit();
  });
  onBeforeUnmount(() => observer?.disconnect());
  watch(watchAlso, () => void fit(), { flush: 'post' });

  return { folded, isFolded, fit };
}
