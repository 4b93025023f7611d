import { loadLocale } from '../text/load-locale.ts';
import { LOCALES, type Locale, setLocale } from '../text/locale.ts';

/**
 * The page's language: `?lang=en-XA` opens the pseudo-locale, anything else the lab does not
 * have is noted and the page stays in English. A page parameter (ui/routing/path-links.ts), so every
 * link inside the app and every embed link carries it.
 */
export interface LanguageChoice {
  readonly locale: Locale;
  /** The value asked for when the lab has no such language, for a notice. */
  readonly unknown: string | null;
}

export function languageFromSearch(search: string): LanguageChoice {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === null || asked === '') return { locale: 'en', unknown: null };
  const locale = LOCALES.find((known) => known.toLowerCase() === asked.toLowerCase());
  return locale ? { locale, unknown: null } : { locale: 'en', unknown: asked };
}

let started: LanguageChoice = { locale: 'en', unknown: null };

/**
 * Renders every message in the link's language and says so in <html lang>. English needs nothing
 * loaded; another language is loaded first, before anything renders.
 */
export async function startLanguage(search: string): Promise<LanguageChoice> {
  started = languageFromSearch(search);
  await loadLocale(started.locale);
  setLocale(started.locale);
  // Written only when it differs: setting <html lang>, even to the same value, makes the
  // browser look at the whole page's style again, in the task before hydration.
  if (document.documentElement.lang !== started.locale) {
    document.documentElement.lang = started.locale;
  }
  return started;
}

/** The language asked for that the lab does not have, or null. */
export function unknownLanguage(): string | null {
  return started.unknown;
}
