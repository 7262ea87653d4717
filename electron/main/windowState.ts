/**
 * Window size and position between runs, kept by main in the window-state file beside the renderer's own
 * values (core/session/uiStateFile.ts: one file for the window's state, no third store).
 */
import type { BrowserWindow, Rectangle } from 'electron';
import type { UiStateFile, WindowPlacement } from '../core/session/uiStateFile.js';

export type PlacementStore = Pick<UiStateFile, 'placement' | 'setPlacement'>;

export function savedBounds(state: PlacementStore): Partial<Rectangle> {
  return state.placement().bounds ?? { width: 1200, height: 800 };
}

export function rememberBounds(win: BrowserWindow, state: PlacementStore): void {
  let last: WindowPlacement = state.placement();
  if (last.maximized) win.maximize();
  const save = () => {
    const next: WindowPlacement = { ...last, maximized: win.isMaximized() };
    if (!win.isMaximized() && !win.isMinimized()) next.bounds = win.getBounds();
    // A move sends many events: the file is written only when the placement differs.
    if (JSON.stringify(next) === JSON.stringify(last)) return;
    last = next;
    state.setPlacement(next);
  };
  win.on('resize', save);
  win.on('move', save);
  win.on('close', save);
}
