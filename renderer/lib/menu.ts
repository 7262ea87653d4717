/** One entry of a context menu (components/layout/ContextMenu.vue). */
export interface MenuItem {
  id: string;
  label: string;
  run: () => unknown;
  danger?: boolean;
}
