/**
 * happy-dom lays nothing out: every element measures 0×0, so a virtualized list (the profile list, the
 * property grid) would render no row at all. Give elements a window-sized box, as a real window would.
 */
for (const [prop, size] of [
  ['clientHeight', 800],
  ['clientWidth', 1200],
  ['offsetHeight', 800],
  ['offsetWidth', 1200],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => size });
}
