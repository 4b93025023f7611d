import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../protocol/presets.ts';
import type { Trace } from '../protocol/types.ts';
import { estimateTraceBytes, TraceCache } from './trace-cache.ts';

function traceWith(message: string): Trace {
  return {
    scenario: 'test',
    config: { ...DEFAULT_CONFIG, message },
    plan: { presence: 'off' },
    events: [
      {
        type: 'message-written',
        actor: 'alice',
        to: 'bob',
        messageId: 'm1',
        text: message,
        narration: 'Alice writes.',
      },
    ],
    outcome: {
      sent: 1,
      delivered: 0,
      deliveredToBob: 0,
      readByOscar: 0,
      rejected: 0,
      forgedAccepted: 0,
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the trace cache', () => {
  it('keeps at most its number of entries, dropping the least recently used', async () => {
    const cache = new TraceCache({ entries: 3, bytes: Number.POSITIVE_INFINITY });
    for (const key of ['a', 'b', 'c']) cache.set(key, Promise.resolve(traceWith(key)));
    await settle();
    expect(cache.get('a')).toBeDefined(); // now the most recently used
    cache.set('d', Promise.resolve(traceWith('d')));
    await settle();
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('d')).toBeDefined();
  });

  it('keeps at most its bytes, whatever the number of entries', async () => {
    const long = 'x'.repeat(20_000);
    const one = estimateTraceBytes(traceWith(long));
    expect(one).toBeGreaterThanOrEqual(80_000); // the message twice, two bytes a character
    const cache = new TraceCache({ entries: 1_000, bytes: 5 * one + 1_000 });
    for (let i = 0; i < 200; i++) cache.set(`run ${i}`, Promise.resolve(traceWith(`${i}${long}`)));
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
