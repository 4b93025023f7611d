import { describe, expect, test } from 'vitest';
import { modPow, TOY_GROUPS } from '../../crypto/toy-dh.ts';
import { MAX_CHUNK, MIN_CHUNK, nextChunkSize, searchInChunks } from './chunked-search.ts';

const group16 = TOY_GROUPS.find((g) => g.bits === 16);
if (!group16) throw new Error('no 16-bit toy group');
const { p, q, g } = group16;

describe('nextChunkSize', () => {
  test('aims at the budget', () => {
    expect(nextChunkSize(20_000, 2, 8)).toBe(80_000);
    expect(nextChunkSize(20_000, 16, 8)).toBe(10_000);
  });

  test('grows at most fourfold and stays within bounds', () => {
    expect(nextChunkSize(20_000, 0, 8)).toBe(80_000);
    expect(nextChunkSize(20_000, 0.001, 8)).toBe(80_000);
    expect(nextChunkSize(MAX_CHUNK, 0.001, 8)).toBe(MAX_CHUNK);
    expect(nextChunkSize(1_500, 1_000, 8)).toBe(MIN_CHUNK);
  });
});

describe('searchInChunks', () => {
  test('finds the secret exponent across many chunks and reports progress', async () => {
    const secret = q - 2n;
    const progress: number[] = [];
    const result = await searchInChunks(g, modPow(g, secret, p), p, {
      firstChunk: MIN_CHUNK,
      budgetMs: 8,
      now: () => 0,
      pause: () => Promise.resolve(),
      onProgress: (tried) => progress.push(tried),
    });
    expect(result).toMatchObject({ status: 'found', exponent: secret, tried: Number(secret) + 1 });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });

  test('uses its own pause by default and finds small secrets at once', async () => {
    const result = await searchInChunks(g, modPow(g, 5n, p), p);
    expect(result).toMatchObject({ status: 'found', exponent: 5n, tried: 6 });
  });

  test('stops when asked', async () => {
    const controller = new AbortController();
    const result = await searchInChunks(g, modPow(g, q - 1n, p), p, {
      firstChunk: MIN_CHUNK,
      now: () => 0,
      signal: controller.signal,
      pause: async () => controller.abort(),
    });
    expect(result).toEqual({ status: 'stopped', tried: MIN_CHUNK, ms: 0 });
  });

  test('says so when the value is not a power of g', async () => {
    // g generates the subgroup of order q; p − 1 (that is −1) is outside it.
    const result = await searchInChunks(g, p - 1n, p, { now: () => 0 });
    expect(result.status).toBe('not-found');
  });
});
