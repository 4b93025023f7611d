import { describe, expect, test } from 'vitest';
import { render } from '../../text/index.ts';
import { parseInteger } from './parse-integer.ts';

const POSITIVE = { min: 1n, maxDigits: 30 };

describe('parseInteger', () => {
  test('reads digits, with spaces around, a plus sign or leading zeros', () => {
    expect(parseInteger('300', 'n', POSITIVE)).toEqual({ ok: true, value: 300n });
    expect(parseInteger('  7 ', 'b', POSITIVE)).toEqual({ ok: true, value: 7n });
    expect(parseInteger('+0042', 'a', POSITIVE)).toEqual({ ok: true, value: 42n });
  });

  test('keeps 30-digit numbers exact', () => {
    const big = '987654321098765432109876543210';
    expect(parseInteger(big, 'n', POSITIVE)).toEqual({ ok: true, value: BigInt(big) });
  });

  test.each([
    ['', /Type a value for n/],
    ['-5', /must not be negative/],
    ['−5', /must not be negative/],
    ['3.5', /digits 0–9/],
    ['1e3', /digits 0–9/],
    ['12 34', /digits 0–9/],
    ['abc', /digits 0–9/],
    ['0', /at least 1; 0 is not/],
    ['1'.repeat(31), /31 digits; the limit is 30/],
  ])('rejects %j with a message', (text, message) => {
    const parsed = parseInteger(text, 'n', POSITIVE);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(render(parsed.message)).toMatch(message);
  });

  test('checks an upper bound and names the range', () => {
    const rule = { min: 1n, max: 112n, maxDigits: 10 };
    expect(parseInteger('112', 'a', rule)).toEqual({ ok: true, value: 112n });
    const parsed = parseInteger('113', 'a', rule);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(render(parsed.message)).toBe('a must be a whole number from 1 to 112; 113 is not.');
  });
});
