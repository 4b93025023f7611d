import { describe, expect, it } from 'vitest';
import { redosProblem, regexesIn } from './check-regexes.ts';

const found = (pattern: string | null, flags = '') => ({ file: 'x.ts', line: 1, pattern, flags });

describe('the ReDoS check', () => {
  it('finds literals and RegExp constructions, not look-alikes in strings and comments', () => {
    const source = [
      'const a = /a+b/g; // /not+a+regex/',
      "const s = '/not+either/';",
      "const b = new RegExp('c+d', 'i');",
      'const c = RegExp(s);',
    ].join('\n');
    expect(regexesIn('x.ts', source)).toEqual([
      { file: 'x.ts', line: 1, pattern: 'a+b', flags: 'g' },
      { file: 'x.ts', line: 3, pattern: 'c+d', flags: 'i' },
      { file: 'x.ts', line: 4, pattern: null, flags: '' },
    ]);
  });

  it('refuses patterns that backtrack across the input, and patterns built at run time', () => {
    expect(redosProblem(found('-----BEGIN ([A-Z0-9 ]+)-----([\\s\\S]*?)-----END'))).toMatch(
      /not safe/,
    );
    expect(redosProblem(found('\\/+$'))).toMatch(/not safe/);
    expect(redosProblem(found('^(a+)+$'))).toMatch(/not safe/);
    expect(redosProblem(found(null))).toMatch(/Built at run time/);
  });

  it('passes patterns that cannot', () => {
    expect(redosProblem(found('^[1-9]\\d{0,5}$'))).toBeNull();
    expect(redosProblem(found('\\s+', 'g'))).toBeNull();
  });
});
