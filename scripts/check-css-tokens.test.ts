import { describe, expect, it } from 'vitest';
import { unsetTokens } from './check-css-tokens.ts';

describe('unsetTokens', () => {
  it('names a token a stylesheet reads that nothing sets', () => {
    const sources = [{ path: 'web/a.css', text: '.box { border-radius: var(--radius); }' }];
    expect(unsetTokens(sources)).toEqual(['web/a.css: --radius']);
  });

  it('accepts a token set in any stylesheet or by a component', () => {
    const sources = [
      { path: 'web/theme.css', text: ':root { --ink: #111; }' },
      { path: 'web/a.css', text: '.a { color: var(--ink); left: var(--wire-from); }' },
      { path: 'web/Stage.tsx', text: "style={{ '--wire-from': '10%' }}" },
    ];
    expect(unsetTokens(sources)).toEqual([]);
  });

  it('leaves a read with a fallback alone: that token is meant to be optional', () => {
    const sources = [{ path: 'web/a.css', text: '.a { min-height: var(--parties-bottom, 0px); }' }];
    expect(unsetTokens(sources)).toEqual([]);
  });
});
