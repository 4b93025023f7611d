import { type Locale, PSEUDO_LOCALE } from './locale.ts';

/**
 * Loads what a locale needs to render; then setLocale (locale.ts) can switch to it. English needs
 * nothing. The pseudo-locale is a tool for finding untranslated text, so its rewrite and the full
 * message reader it renders through load only when a link asks for it.
 */
export async function loadLocale(next: Locale): Promise<void> {
  if (next === PSEUDO_LOCALE) await import('./messages/pseudo-locale.ts');
}
