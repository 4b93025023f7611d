import { describe, expect, test } from 'vitest';
import { describeDuration, describeElapsed } from '../../protocol/index.ts';
import { countInWords, durationText, elapsedText } from './durations.tsx';

describe('durations in words (English)', () => {
  test.each([
    [4.5e-5, '45 µs'],
    [3.21e-3, '3.2 ms'],
    [0.42, '420 ms'],
    [7.25, '7.3 s'],
    [60, '60 s'],
    [150, '2.5 minutes'],
    [600, '10 minutes'],
    [3_600 * 1.04, '62 minutes'],
    [36_000, '10 hours'],
    [86_400, '24 hours'],
    [864_000, '10 days'],
    [3.15576e7 * 3, '3 years'],
    [3.15576e9, '100 years'],
    [3.15576e12, '100,000 years'],
    [3.15576e13, 'about 10^6 years'],
  ])('%d seconds: %s', (seconds, text) => {
    expect(durationText(describeDuration(Math.log10(seconds)))).toBe(text);
  });

  test('one of a unit is singular', () => {
    expect(durationText({ kind: 'amount', amount: 1, unit: 'minutes' })).toBe('1 minute');
    expect(durationText({ kind: 'amount', amount: 1, unit: 'years' })).toBe('1 year');
  });

  test('elapsed times measured on the page', () => {
    expect(elapsedText(describeElapsed(0))).toBe('under 0.1 ms');
    expect(elapsedText(describeElapsed(0.05))).toBe('under 0.1 ms');
    expect(elapsedText(describeElapsed(0.42))).toBe('420 µs');
    expect(elapsedText(describeElapsed(12.3))).toBe('12 ms');
    expect(elapsedText(describeElapsed(1_340))).toBe('1.3 s');
  });

  test('counts in words, two significant digits', () => {
    expect(countInWords(25_123_456)).toBe('25 million');
    expect(countInWords(312_000)).toBe('310 thousand');
  });
});
