/**
 * The reader's language, and numbers written in it. Kept apart from the catalogue so that a
 * page which only writes a number does not load the pattern reader.
 */
export const PSEUDO_LOCALE = 'en-XA';

export type Locale = 'en' | typeof PSEUDO_LOCALE;
export const LOCALES: readonly Locale[] = ['en', PSEUDO_LOCALE];

let current: Locale = 'en';

export function setLocale(next: Locale): void {
  current = next;
}

export function currentLocale(): Locale {
  return current;
}

/** The Intl locale behind a Lab locale: the pseudo-locale writes numbers as English does. */
export function intlLocale(locale: Locale): string {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the current locale writes it ("20,000" in English): for text not yet in the
 * catalogue; a pattern says `{n, number}` instead.
 */
export function formatNumber(n: number | bigint, inLocale: Locale = current): string {
  const tag = intlLocale(inLocale);
  // Whole numbers in English are grouped by hand: the first Intl.NumberFormat a page makes
  // loads the locale's data, tens of milliseconds on a phone, for what a loop writes alike.
  if (tag === 'en' && (typeof n === 'bigint' || (Number.isSafeInteger(n) && !Object.is(n, -0))))
    return groupedInEnglish(n);
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag);
    numberFormats.set(tag, format);
  }
  return format.format(n);
}

/** An integer with a comma between each group of three digits, as `Intl` writes it in English. */
function groupedInEnglish(n: number | bigint): string {
  const digits = (n < 0 ? -n : n).toString();
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}
