import { describe, expect, it } from 'vitest';
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
    1234.5678,
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
