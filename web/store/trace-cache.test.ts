import { describe, expect, it } from 'vitest';
import type { Trace } from '../protocol/index.ts';
import { runForTest } from '../protocol/testing.ts';
import { estimateTraceBytes, TraceCache } from './trace-cache.ts';

/** A real run of the postcards preset with this message. */
function traceWith(message: string): Promise<Trace> {
  return runForTest('postcards', { config: { message } });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the trace cache', () => {
  it('keeps at most its number of entries, dropping the least recently used', async () => {
    const cache = new TraceCache({ entries: 3, bytes: Number.POSITIVE_INFINITY });
    for (const key of ['a', 'b', 'c']) cache.set(key, traceWith(key));
    await settle();
    expect(cache.get('a')).toBeDefined(); // now the most recently used
    cache.set('d', traceWith('d'));
    await settle();
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('d')).toBeDefined();
  });

  it('keeps at most its bytes, whatever the number of entries', async () => {
    const trace = await traceWith('x'.repeat(20_000));
    const one = estimateTraceBytes(trace);
    expect(one).toBeGreaterThanOrEqual(80_000); // the message twice at least, two bytes a character
    const cache = new TraceCache({ entries: 1_000, bytes: 5 * one + 1_000 });
    for (let i = 0; i < 200; i++) cache.set(`run ${i}`, Promise.resolve(trace));
    await settle();
    expect(cache.size).toBe(5);
    expect(cache.estimatedBytes).toBeLessThanOrEqual(5 * one + 1_000);
    expect(cache.get('run 199')).toBeDefined();
    expect(cache.get('run 0')).toBeUndefined();
  });

  it('forgets a run that failed, so asking again retries it', async () => {
    const cache = new TraceCache();
    cache.set('bad', Promise.reject(new Error('no')));
    await settle();
    expect(cache.get('bad')).toBeUndefined();
  });
});
