import { describe, expect, test } from 'vitest';
import { TOY_GROUPS } from '../../crypto/toy-dh.ts';
import {
  DOUBLING_SLOPE,
  describeDuration,
  describeElapsed,
  factorPerBit,
  fitDoubling,
  fitLeastSquares,
  log10SecondsForSteps,
  type Measurement,
  nextToMeasure,
  predictLog10Seconds,
  secondsPerSearch,
  stepsPerSecond,
} from './brute-force-model.ts';

/** A computer doing `rate` steps per second, each search trying 2^(bits − 2) exponents. */
function simulated(bits: number, rate: number, searches = 4): Measurement {
  const steps = searches * 2 ** (bits - 2);
  return { bits, searches, steps, seconds: steps / rate };
}

describe('per-size figures', () => {
  test('time per search and steps per second', () => {
    const m: Measurement = { bits: 16, searches: 10, steps: 200_000, seconds: 0.01 };
    expect(secondsPerSearch(m)).toBeCloseTo(0.001);
    expect(stepsPerSecond(m)).toBeCloseTo(2e7);
  });
});

describe('fits', () => {
  const rate = 2.5e7;
  const data = [8, 12, 16, 20, 24].map((bits) => simulated(bits, rate));

  test('exact doubling data: both fits agree with the data', () => {
    const fixed = fitDoubling(data);
    const free = fitLeastSquares(data);
    expect(fixed).not.toBeNull();
    expect(free).not.toBeNull();
    if (!fixed || !free) return;
    expect(free.slope).toBeCloseTo(DOUBLING_SLOPE, 10);
    expect(free.intercept).toBeCloseTo(fixed.intercept, 10);
    expect(factorPerBit(free)).toBeCloseTo(2, 10);
    for (const m of data) {
      expect(predictLog10Seconds(fixed, m.bits)).toBeCloseTo(Math.log10(secondsPerSearch(m)), 10);
    }
  });

  test('the doubling fit is the mean offset; the free fit follows a different slope', () => {
    const tripling: Measurement[] = [1, 2, 3].map((bits) => ({
      bits,
      searches: 1,
      steps: 1,
      seconds: 3 ** bits,
    }));
    const free = fitLeastSquares(tripling);
    expect(free && factorPerBit(free)).toBeCloseTo(3, 10);
    const fixed = fitDoubling(tripling);
    const offsets = tripling.map((m) => Math.log10(m.seconds) - DOUBLING_SLOPE * m.bits);
    const mean = offsets.reduce((sum, offset) => sum + offset, 0) / offsets.length;
    expect(fixed?.intercept).toBeCloseTo(mean, 10);
  });

  test('too little data', () => {
    expect(fitDoubling([])).toBeNull();
    expect(fitLeastSquares([])).toBeNull();
    expect(fitLeastSquares([simulated(8, rate)])).toBeNull();
    expect(fitLeastSquares([simulated(8, rate), simulated(8, rate, 9)])).toBeNull();
    expect(fitDoubling([{ bits: 8, searches: 3, steps: 100, seconds: 0 }])).toBeNull();
    expect(fitDoubling([simulated(8, rate)])).not.toBeNull();
  });

  test('extrapolated to 2048 bits at 25 million steps a second: about 10^601 years', () => {
    const line = fitDoubling(data);
    if (!line) throw new Error('no fit');
    // 2^2046 steps / 2.5e7 per second, in years (and 2^128 steps: 10^23.6, so about 10^24).
    const expected = 2046 * DOUBLING_SLOPE - Math.log10(rate) - Math.log10(365.25 * 86400);
    const duration = describeDuration(predictLog10Seconds(line, 2048));
    expect(duration).toEqual({ kind: 'power', exponent: Math.round(expected) });
    expect(duration).toEqual({ kind: 'power', exponent: 601 });
  });

  test('published operation counts at a measured speed', () => {
    expect(log10SecondsForSteps(112, 1e7)).toBeCloseTo(112 * DOUBLING_SLOPE - 7, 10);
    expect(describeDuration(log10SecondsForSteps(128, 2.5e7))).toEqual({
      kind: 'power',
      exponent: 24,
    });
  });
});

describe('describeDuration', () => {
  test.each([
    [4.5e-5, 45, 'microseconds'],
    [3.21e-3, 3.2, 'milliseconds'],
    [0.42, 420, 'milliseconds'],
    [7.25, 7.3, 'seconds'],
    [119, 120, 'seconds'],
    [600, 10, 'minutes'],
    [36_000, 10, 'hours'],
    [864_000, 10, 'days'],
    [3.15576e9, 100, 'years'],
    [3.15576e12, 100_000, 'years'],
  ])('%d seconds is %d %s', (seconds, amount, unit) => {
    expect(describeDuration(Math.log10(seconds))).toEqual({ kind: 'amount', amount, unit });
  });

  test('a million years and more, as a power of ten', () => {
    expect(describeDuration(Math.log10(3.15576e13))).toEqual({ kind: 'power', exponent: 6 });
  });
});

describe('nextToMeasure', () => {
  test('starts at the smallest group', () => {
    expect(nextToMeasure(TOY_GROUPS, [], 2)).toBe(0);
  });

  test('goes on while the next size is expected to fit the budget', () => {
    const rate = 2.5e7;
    const done = [8, 12, 16, 20].map((bits) => simulated(bits, rate));
    // 24 bits: q/2 ≈ 4.2 million steps ≈ 0.17 s at this rate.
    expect(nextToMeasure(TOY_GROUPS, done, 2)).toBe(4);
    // 28 bits: ≈ 67 million steps ≈ 2.7 s: over a 2 s budget.
    expect(nextToMeasure(TOY_GROUPS, [...done, simulated(24, rate)], 2)).toBeNull();
    expect(nextToMeasure(TOY_GROUPS, [...done, simulated(24, rate)], 3)).toBe(5);
  });

  test('stops after the last group', () => {
    const all = TOY_GROUPS.map((g) => simulated(g.bits, 1e12));
    expect(nextToMeasure(TOY_GROUPS, all, 1e9)).toBeNull();
  });
});

describe('describeElapsed', () => {
  test('under 0.1 ms is too short to say', () => {
    expect(describeElapsed(0)).toBeNull();
    expect(describeElapsed(0.05)).toBeNull();
    expect(describeElapsed(Number.NaN)).toBeNull();
  });

  test('elapsed times in the unit that fits', () => {
    expect(describeElapsed(0.42)).toEqual({ kind: 'amount', amount: 420, unit: 'microseconds' });
    expect(describeElapsed(12.3)).toEqual({ kind: 'amount', amount: 12, unit: 'milliseconds' });
    expect(describeElapsed(1_340)).toEqual({ kind: 'amount', amount: 1.3, unit: 'seconds' });
  });
});
