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
  return formatNumberIn(n, intlLocale(inLocale));
}

/**
 * A number as the Intl locale `tag` writes it. English is written by hand when the number has
 * at most three decimals, as Intl would write it: the first Intl.NumberFormat a page makes
 * loads the locale's data, tens of milliseconds on a phone, for what a loop writes alike.
 */
export function formatNumberIn(n: number | bigint, tag: string): string {
  const english = tag === 'en' ? inEnglishByHand(n) : undefined;
  if (english !== undefined) return english;
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag);
    numberFormats.set(tag, format);
  }
  return format.format(n);
}

/** English with a comma between each group of three digits, or undefined to ask Intl. */
function inEnglishByHand(n: number | bigint): string | undefined {
  if (typeof n === 'bigint') return (n < 0n ? '-' : '') + grouped((n < 0n ? -n : n).toString());
  if (Object.is(n, -0) || !Number.isFinite(n)) return undefined;
  // "1234.5" → "1234", "5". More than three decimals (Intl rounds them) or an exponent ("1e+21")
  // are left to Intl.
  const written = /^(\d+)(?:\.(\d{1,3}))?$/.exec(String(Math.abs(n)));
  if (!written) return undefined;
  const [, whole = '', decimals] = written;
  return (n < 0 ? '-' : '') + grouped(whole) + (decimals ? `.${decimals}` : '');
}

function grouped(digits: string): string {
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}
