import { readStored, writeStored } from '../store/browser-storage.ts';

/** "system" follows the operating system's light or dark setting. */
export const THEME_CHOICES = ['system', 'light', 'dark', 'projector'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = Exclude<ThemeChoice, 'system'>;

const STORAGE_KEY = 'handshake-lab:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

/** `?theme=light|dark|projector` in a link (an embed has no header to choose in). */
export function themeFromSearch(search: string): Theme | null {
  const value = new URLSearchParams(search).get('theme');
  return isThemeChoice(value) && value !== 'system' ? value : null;
}

/** The choice saved in this browser, or "system" when none (or something unknown) is saved. */
export function storedThemeChoice(): ThemeChoice {
  const saved = readStored(STORAGE_KEY);
  return isThemeChoice(saved) ? saved : 'system';
}

export function saveThemeChoice(choice: ThemeChoice): void {
  writeStored(STORAGE_KEY, choice);
}

function resolve(choice: ThemeChoice): Theme {
  if (choice !== 'system') return choice;
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

let current: ThemeChoice = 'system';

/** Sets <html data-theme>, which selects one block of custom properties in theme.css. */
export function applyTheme(choice: ThemeChoice): void {
  current = choice;
  const theme = resolve(choice);
  // Only a change is written: setting the attribute restyles the whole page, even to its value.
  if (document.documentElement.dataset.theme !== theme)
    document.documentElement.dataset.theme = theme;
}

/** The theme on screen at start: the link's, else the saved one; "system" keeps following the OS. */
export function startTheme(search: string): ThemeChoice {
  const choice = themeFromSearch(search) ?? storedThemeChoice();
  applyTheme(choice);
  window.matchMedia?.(DARK_QUERY).addEventListener('change', () => {
    if (current === 'system') applyTheme('system');
  });
  return choice;
}

export function currentThemeChoice(): ThemeChoice {
  return current;
}
