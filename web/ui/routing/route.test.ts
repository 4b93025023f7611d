import { describe, expect, it } from 'vitest';
import { isEmbed, lessonHash, parseRoute, printHash } from './route.ts';

describe('parseRoute', () => {
  it('reads lesson steps, 1-based', () => {
    expect(parseRoute('#/lesson/postcards/2')).toEqual({
      page: 'lesson',
      lessonId: 'postcards',
      stepIndex: 1,
    });
    expect(parseRoute('#/lesson/postcards')).toEqual({
      page: 'lesson',
      lessonId: 'postcards',
      stepIndex: 0,
    });
    expect(parseRoute(lessonHash('sealed-envelope', 3))).toEqual({
      page: 'lesson',
      lessonId: 'sealed-envelope',
      stepIndex: 3,
    });
  });

  it('reads a lesson’s handout, and only for a lesson that exists', () => {
    expect(parseRoute('#/lesson/replay/print')).toEqual({ page: 'print', lessonId: 'replay' });
    expect(parseRoute(printHash('relays'))).toEqual({ page: 'print', lessonId: 'relays' });
    expect(parseRoute('#/lesson/nope/print')).toMatchObject({ page: 'not-found' });
    expect(parseRoute('#/lesson/replay/print/2')).toMatchObject({ page: 'not-found' });
  });

  it('treats empty hashes as home', () => {
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/')).toEqual({ page: 'home' });
  });

  it('explains unknown lessons, steps and malformed links', () => {
    expect(parseRoute('#/lesson/nope/1')).toMatchObject({
      page: 'not-found',
      problem: expect.stringContaining('“nope”'),
    });
    expect(parseRoute('#/lesson/postcards/99')).toMatchObject({
      problem: expect.stringContaining('steps 1 to 3'),
    });
    expect(parseRoute('#/lesson/postcards/0')).toMatchObject({ page: 'not-found' });
    expect(parseRoute('#/lesson/postcards/two')).toMatchObject({ page: 'not-found' });
    expect(parseRoute('#/%E0%A4%A')).toMatchObject({ page: 'not-found' });
    expect(parseRoute('#/lesson/postcards/1/extra')).toMatchObject({ page: 'not-found' });
  });

  it('reads step numbers written without leading zeros or signs only', () => {
    for (const written of ['0001', '00001', '01', '+1', '-1', '1.0', '1e0', ' 1', '0x1', '0']) {
      expect(parseRoute(`#/lesson/postcards/${written}`), written).toMatchObject({
        page: 'not-found',
      });
    }
    expect(parseRoute('#/lesson/postcards/3')).toMatchObject({ page: 'lesson', stepIndex: 2 });
  });

  it('shortens a long bad link in its message', () => {
    const route = parseRoute(`#/lesson/postcards/${'9'.repeat(10_000)}`);
    expect(route).toMatchObject({ page: 'not-found' });
    if (route.page !== 'not-found') return;
    expect(route.problem.length).toBeLessThan(200);
    expect(route.problem).toContain('…');
  });

  it('reads the sandbox and its settings', () => {
    expect(parseRoute('#/sandbox')).toEqual({ page: 'sandbox', query: '' });
    expect(parseRoute('#/sandbox?oscar=mitm')).toEqual({ page: 'sandbox', query: 'oscar=mitm' });
  });

  it('keeps everything after the first "?" as the query: a "?" or "#" in a value is data', () => {
    expect(parseRoute('#/sandbox?message=Are you there? Call me')).toEqual({
      page: 'sandbox',
      query: 'message=Are you there? Call me',
    });
    expect(parseRoute('#/matrix?cipher=aes-ctr#2?row=replay')).toEqual({
      page: 'matrix',
      query: 'cipher=aes-ctr#2?row=replay',
    });
    expect(parseRoute('#/sandbox/?')).toEqual({ page: 'sandbox', query: '' });
  });

  it('detects embed mode', () => {
    expect(isEmbed('?embed=1')).toBe(true);
    expect(isEmbed('?embed=0')).toBe(false);
    expect(isEmbed('')).toBe(false);
  });
});
