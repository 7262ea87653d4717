/** The widths of the resizable panes, remembered between runs (stores/windowState.ts). */
import { reactive, watch } from 'vue';
import { useWindowStateStore } from '../stores/windowState';

const KEY = 'mpe.panels';
/**
 * Default, smallest and largest width of each pane, in CSS pixels. The profiles pane's smallest keeps a
 * profile name of 15 characters whole beside its Default badge (issue 20: at 200 px names read "O…"
 * while the badges stayed); ProfileList drops the service count first.
 */
export const PANES = {
  workspace: { default: 300, min: 260, max: 640 },
  sections: { default: 300, min: 180, max: 720 },
} as const;
export type Pane = keyof typeof PANES;

function initial(): Record<Pane, number> {
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(useWindowStateStore().get(KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    // A damaged value: the defaults.
  }
  const size = (p: Pane) => {
    const v = saved[p];
    return typeof v === 'number' && v >= PANES[p].min && v <= PANES[p].max ? v : PANES[p].default;
  };
  return { workspace: size('workspace'), sections: size('sections') };
}

let sizes: Record<Pane, number> | undefined;

export function usePanelSizes(): Record<Pane, number> {
  if (!sizes) {
    sizes = reactive(initial());
    const windowState = useWindowStateStore();
    watch(sizes, (s) => windowState.set(KEY, JSON.stringify(s)));
  }
  return sizes;
}
