import { describe, expect, it } from 'vitest';
import { readQuery, splitAtQuery, unreadNotice, writeQuery } from './link-query.ts';

describe('splitAtQuery', () => {
  it('splits at the first "?" only', () => {
    expect(splitAtQuery('/sandbox?message=Are you there? Call me')).toEqual({
      path: '/sandbox',
      query: 'message=Are you there? Call me',
    });
    expect(splitAtQuery('/sandbox')).toEqual({ path: '/sandbox', query: '' });
    expect(splitAtQuery('/sandbox??a=1')).toEqual({ path: '/sandbox', query: '?a=1' });
  });
});

describe('readQuery', () => {
  it('reads a hand-written value whole, "?", "#" and "=" included', () => {
    expect(readQuery('message=Are you there? Call me').pairs).toEqual([
      ['message', 'Are you there? Call me'],
    ]);
    expect(readQuery('message=#1 = first&oscar=off').pairs).toEqual([
      ['message', '#1 = first'],
      ['oscar', 'off'],
    ]);
    expect(readQuery('?a=1').pairs).toEqual([['?a', '1']]);
  });

  it('decodes percent-escapes and "+", and keeps a malformed escape as written', () => {
    expect(readQuery('message=pay+100%20to%20Carol%3F%23%26').pairs).toEqual([
      ['message', 'pay 100 to Carol?#&'],
    ]);
    expect(readQuery('message=100%&rsa=%E0%A4%A').pairs).toEqual([
      ['message', '100%'],
      ['rsa', '%E0%A4%A'],
    ]);
  });

  it('keeps repeats in order, reads a bare name as an empty value and skips empty parts', () => {
    expect(readQuery('a=1&&a=2&flag&').pairs).toEqual([
      ['a', '1'],
      ['a', '2'],
      ['flag', ''],
    ]);
    expect(readQuery('').pairs).toEqual([]);
  });
});

describe('writeQuery', () => {
  it('encodes every name and value, so what is written reads back the same', () => {
    const pairs: [string, string][] = [
      ['message', 'Are you there? Call me #1 & 2 = 3 + 4 % 5 “ok” 😀'],
      ['oscar', 'mitm'],
    ];
    const written = writeQuery(pairs);
    expect(written).not.toMatch(/[ ?#"+]/);
    expect(written.startsWith('message=Are%20you%20there%3F%20Call%20me%20%231%20%26')).toBe(true);
    expect(readQuery(written).pairs).toEqual(pairs);
  });

  it('writes a lone surrogate as U+FFFD instead of throwing', () => {
    expect(readQuery(writeQuery([['message', 'a\uD800b']])).pairs).toEqual([
      ['message', 'a\uFFFDb'],
    ]);
  });
});

describe('a query past the limit', () => {
  it('is read to its 100th pair, and says how much was left', () => {
    const query = 'a=1&'.repeat(150);
    const read = readQuery(query);
    expect(read.pairs).toHaveLength(100);
    expect(read.unread).toBe(200);
    expect(unreadNotice(read)).toBe(
      'The link has more than 100 settings: its last 200 characters were not read.',
    );
    expect(unreadNotice(readQuery('a=1'))).toBeNull();
  });
});
