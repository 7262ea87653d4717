/** Window size and position, kept in electron-store between runs. */
import type { BrowserWindow, Rectangle } from 'electron';
import type Store from 'electron-store';

export interface WindowState {
  bounds?: Rectangle;
  maximized?: boolean;
}

export function savedBounds(settings: Store<WindowState>): Partial<Rectangle> {
  return settings.get('bounds') ?? { width: 1200, height: 800 };
}

export function rememberBounds(win: BrowserWindow, settings: Store<WindowState>): void {
  if (settings.get('maximized')) win.maximize();
  const save = () => {
    settings.set('maximized', win.isMaximized());
    if (!win.isMaximized() && !win.isMinimized()) settings.set('bounds', win.getBounds());
  };
  win.on('resize', save);
  win.on('move', save);
  win.on('close', save);
}
