import { describe, expect, it } from 'vitest';
import { formatMessage, parameterNames } from './icu.ts';
import { pseudoLocalize } from './pseudo.ts';

const copies = '{n, plural, =0 {no copy} one {# copy} other {# copies}} of {total, number} orders';

describe('formatMessage', () => {
  it('fills parameters, plurals and numbers', () => {
    expect(formatMessage(copies, { n: 0, total: 3 })).toBe('no copy of 3 orders');
    expect(formatMessage(copies, { n: 1, total: 3 })).toBe('1 copy of 3 orders');
    expect(formatMessage(copies, { n: 4, total: 12000 })).toBe('4 copies of 12,000 orders');
  });

  it('selects a branch, or other', () => {
    const p = '{kind, select, aes {an AES key} other {a key}}';
    expect(formatMessage(p, { kind: 'aes' })).toBe('an AES key');
    expect(formatMessage(p, { kind: 'rsa' })).toBe('a key');
  });

  it('formats numbers for the locale', () => {
    expect(formatMessage('{n, number}', { n: 1234567 }, 'de')).toBe('1.234.567');
  });

  it('refuses a missing parameter and a malformed pattern', () => {
    expect(() => formatMessage('Hello {name}', {})).toThrow(/needs the parameter "name"/);
    expect(() => formatMessage('Hello {name')).toThrow(SyntaxError);
    expect(() => formatMessage('a } b')).toThrow(/unmatched/);
    expect(() => formatMessage('{n, plural, one {x}}', { n: 1 })).toThrow(/no "other"/);
    expect(() => formatMessage('{n, plural, other {x}}', { n: 'two' })).toThrow(TypeError);
  });

  it('lists the parameters a pattern reads', () => {
    expect([...parameterNames(copies)].sort()).toEqual(['n', 'total']);
  });
});

describe('pseudoLocalize', () => {
  it('accents words, keeps syntax, pads by 35% and brackets', () => {
    const pseudo = pseudoLocalize('Bob refuses {n, plural, one {# copy} other {# copies}}');
    expect(formatMessage(pseudo, { n: 2 })).toMatch(/^\[Ɓöƀ ŕéƒûšéš 2 çöþîéš ·+\]$/);
    expect(formatMessage(pseudo, { n: 1 })).toMatch(/^\[Ɓöƀ ŕéƒûšéš 1 çöþý ·+\]$/);
    const letters = 'Bobrefusescopies'.length;
    expect(pseudo.match(/·/g)?.length).toBe(Math.ceil(letters * 0.35));
  });
});
