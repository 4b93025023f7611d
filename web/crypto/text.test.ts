import { describe, expect, it } from 'vitest';
import { KeyCache } from '../protocol/keyring.ts';
import { DEFAULT_CONFIG, messageProblem } from '../protocol/presets.ts';
import { runScenario } from '../protocol/scenario.ts';
import { firstCharacters, loneSurrogateAt, shorten, showInvisibles } from './text.ts';

describe('messages that are not well-formed Unicode', () => {
  it('are refused, naming the lone half of a surrogate pair', () => {
    expect(messageProblem('x\ud800y\udc00z')).toMatch(
      /not well-formed Unicode: character 2 is U\+D800, half of a surrogate pair/,
    );
    expect(messageProblem('\udc00')).toMatch(/character 1 is U\+DC00/);
    expect(loneSurrogateAt('a🏛️b')).toBe(-1);
    expect(messageProblem('Meet at the 🏛️ at 3 🕒')).toBeNull();
  });

  it('never reach the engine, so no outcome can claim they were read exactly', async () => {
    await expect(
      runScenario(
        'postcards',
        { ...DEFAULT_CONFIG, keyExchange: 'none', message: 'x\ud800y\udc00z' },
        { presence: 'passive' },
        new KeyCache(),
      ),
    ).rejects.toThrow(/not well-formed Unicode/);
  });
});

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
