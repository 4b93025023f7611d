import { describe, expect, test } from 'vitest';
import { EncodingError } from './encoding.ts';
import { fromPem } from './pem.ts';
import { reseed, seededInt, testSeed } from './testing/seeded-random.ts';

/**
 * The reading the scanner replaces, kept here as the oracle: on short texts its backtracking
 * costs nothing, and it says exactly which block a PEM reader should find.
 */
// redos-checked: quadratic on long texts (the reason it was replaced); here texts are short.
const PATTERN = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/;

function byPattern(text: string): string {
  const match = PATTERN.exec(text.trim());
  if (!match) return 'none';
  const [, begin, body, end] = match;
  return `${begin}|${body}|${end}`;
}

function byScanner(text: string): string {
  try {
    const block = fromPem(text);
    return `${block.label}|…|${block.label}`;
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    const mismatch = /^The block begins as “([A-Z0-9 ]*)” but ends as “([A-Z0-9 ]*)”/.exec(
      error.message,
    );
    if (mismatch) return `${mismatch[1]}|…|${mismatch[2]}`;
    if (/^(No PEM block|Nothing was pasted)/.test(error.message)) return 'none';
    return `found: ${error.message}`;
  }
}

const PIECES = [
  '-----BEGIN ',
  '-----END ',
  '-----',
  '---',
  'A',
  'KEY',
  ' ',
  '\n',
  'QUJD',
  'RA==',
  '-',
  'b',
];

describe('fromPem scans', () => {
  test('finds the same block as the regular expression it replaces, on 5,000 short texts', () => {
    reseed(testSeed(), 'pem scanner');
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = 1 + seededInt(14);
      for (let i = 0; i < length; i++) text += PIECES[seededInt(PIECES.length)];
      const expected = byPattern(text);
      const found = byScanner(text);
      if (expected === 'none') expect(found, JSON.stringify(text)).toBe('none');
      else {
        const [begin, , end] = expected.split('|');
        // Same labels; a block found then passes or fails on its body, as before.
        const sameBlock =
          found === `${begin}|…|${end}` ||
          (found.startsWith('found:') && found.includes(`“${begin}”`));
        expect(sameBlock, `${JSON.stringify(text)} → ${found}`).toBe(true);
      }
    }
  });

  test('reads the body between the first BEGIN and the first END after it', () => {
    const text = 'x -----BEGIN A----- QUJD -----END A----- -----BEGIN B----- RA== -----END B-----';
    expect(new TextDecoder().decode(fromPem(text).der)).toBe('ABC');
  });

  test('1 MB of BEGIN lines without an END answers in one pass', () => {
    const text = '-----BEGIN A-----\n'.repeat(55_556);
    const started = performance.now();
    expect(() => fromPem(text)).toThrow(/No PEM block found/);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
