import { describe, expect, it } from 'vitest';
import { firstCharacters, shorten, showInvisibles } from './text.ts';

describe('cutting text', () => {
  it('never splits a surrogate pair', () => {
    expect(firstCharacters('ab🏛', 3)).toBe('ab');
    expect(firstCharacters('abc', 3)).toBe('abc');
    expect(firstCharacters('abcd', 3)).toBe('abc');
    expect(shorten('x'.repeat(10_000), 60)).toBe(`${'x'.repeat(59)}…`);
    expect(shorten('short', 60)).toBe('short');
  });
});

describe('showing invisible characters', () => {
  it('writes out bidi overrides and terminal escapes', () => {
    expect(showInvisibles('\u202Elive')).toBe('<U+202E>live');
    expect(showInvisibles('\u001b[31mred\u001b[0m')).toBe('<U+001B>[31mred<U+001B>[0m');
    expect(showInvisibles('a\nb\u200Fc')).toBe('a<U+000A>b<U+200F>c');
    expect(showInvisibles('plain, עברית, 🏛️')).toBe('plain, עברית, 🏛️');
  });
});
