import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type RunRequest, type Trace } from '../protocol/index.ts';
import { runForTest } from '../protocol/testing.ts';
import type { EngineService } from './engine-service.ts';
import { estimateTraceBytes, rememberingRuns, TraceCache } from './trace-cache.ts';

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

describe('an engine that remembers its runs', () => {
  /** An engine that counts the runs it is asked for, and the keys it forgets. */
  function countingEngine() {
    const asked: string[] = [];
    let cleared = 0;
    const engine: EngineService = {
      run: (request) => {
        asked.push(request.config.message);
        return traceWith(request.config.message);
      },
      exportFiles: () => Promise.reject(new Error('not used')),
      describePem: () => Promise.reject(new Error('not used')),
      wrapKeyTwice: () => Promise.reject(new Error('not used')),
      clearKeys: async () => void cleared++,
    };
    return { engine, asked, cleared: () => cleared };
  }
  const asking = (message: string): RunRequest => ({
    scenario: 'conversation',
    config: { ...DEFAULT_CONFIG, keyExchange: 'none', message },
    plan: { presence: 'passive' },
  });

  it('hands back the same trace for the same request, computed once', async () => {
    const counting = countingEngine();
    const remembering = rememberingRuns(counting.engine);

    const first = await remembering.run(asking('a'));
    await remembering.run(asking('b'));
    const again = await remembering.run(asking('a'));

    expect(again).toBe(first);
    expect(counting.asked).toEqual(['a', 'b']);
  });

  it('computes every run again once its keys are forgotten', async () => {
    const counting = countingEngine();
    const remembering = rememberingRuns(counting.engine);

    const before = await remembering.run(asking('a'));
    await remembering.clearKeys();
    const after = await remembering.run(asking('a'));

    expect(counting.cleared()).toBe(1);
    expect(counting.asked).toEqual(['a', 'a']);
    expect(after).not.toBe(before);
  });
});
