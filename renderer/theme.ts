/**
 * Light and dark themes: 'system' follows prefers-color-scheme live; the choice is remembered between
 * runs (stores/windowState.ts). Element Plus switches on the `dark` class of <html>.
 */
import { useWindowStateStore } from './stores/windowState';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'mpe.theme';
const media = window.matchMedia('(prefers-color-scheme: dark)');

export function savedTheme(): ThemeChoice {
  const v = useWindowStateStore().get(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

/** The user's pick: remembered, then shown. */
export function chooseTheme(choice: ThemeChoice): void {
  useWindowStateStore().set(KEY, choice);
  applyTheme(choice);
}

export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && media.matches);
  document.documentElement.classList.toggle('dark', dark);
}

media.addEventListener('change', () => applyTheme(savedTheme()));
