import { describe, expect, it } from 'vitest';
import { pluralCategory } from './icu.ts';
import { formatNumber, PSEUDO_LOCALE } from './locale.ts';

describe('formatNumber', () => {
  // What Intl writes in English is the reference; the hand-grouped path must agree everywhere.
  const english = new Intl.NumberFormat('en');
  const samples: (number | bigint)[] = [
    0,
    7,
    -7,
    999,
    1000,
    -1000,
    20_000,
    123_456,
    1_000_000,
    -9_876_543,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    -0,
    0.5,
    -0.25,
    0.125,
    1234.5,
    1234.5678,
    0.1 + 0.2,
    1e-7,
    123456.789,
    Number.MAX_SAFE_INTEGER + 2,
    Number.POSITIVE_INFINITY,
    Number.NaN,
    1e21,
    2n ** 128n,
    -(10n ** 30n),
    0n,
  ];
  it.each(samples.map((n) => [String(n), n] as const))(
    'writes %s as Intl does in English',
    (_, n) => {
      expect(formatNumber(n, 'en')).toBe(english.format(n));
      expect(formatNumber(n, PSEUDO_LOCALE)).toBe(english.format(n));
    },
  );

  it('groups thousands with commas', () => {
    expect(formatNumber(20_000, 'en')).toBe('20,000');
    expect(formatNumber(-1_234_567, 'en')).toBe('-1,234,567');
  });
});

describe('pluralCategory', () => {
  // English's rule by hand must pick what Intl.PluralRules picks.
  const english = new Intl.PluralRules('en');
  it.each([0, 1, -1, 2, 1.5, 0.5, 11, 21, 101, 1e6])('picks for %s what Intl picks', (n) => {
    expect(pluralCategory(n, 'en')).toBe(english.select(n));
  });

  it('asks Intl for other languages', () => {
    expect(pluralCategory(2, 'ru')).toBe(new Intl.PluralRules('ru').select(2));
    expect(pluralCategory(5, 'ru')).toBe('many');
  });
});
