/**
 * Light and dark themes: 'system' follows prefers-color-scheme live; the choice is kept in
 * localStorage. Element Plus switches on the `dark` class of <html>.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'mpe.theme';
const media = window.matchMedia('(prefers-color-scheme: dark)');

export function savedTheme(): ThemeChoice {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  localStorage.setItem(KEY, choice);
  const dark = choice === 'dark' || (choice === 'system' && media.matches);
  document.documentElement.classList.toggle('dark', dark);
}

media.addEventListener('change', () => applyTheme(savedTheme()));
