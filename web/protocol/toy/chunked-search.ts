import { bruteForceDiscreteLog } from '../../crypto/toy-dh.ts';

/**
 * Oscar's brute-force search on the page's own thread, cut into chunks of about
 * `budgetMs` each with a pause in between, so the page keeps answering (no task near 50 ms).
 */

export type ChunkedSearchResult =
  | {
      readonly status: 'found';
      readonly exponent: bigint;
      readonly tried: number;
      readonly ms: number;
    }
  | { readonly status: 'not-found'; readonly tried: number; readonly ms: number }
  | { readonly status: 'stopped'; readonly tried: number; readonly ms: number };

export interface ChunkedSearchOptions {
  readonly signal?: AbortSignal;
  /** Called between chunks with the exponents tried so far and the time since the start. */
  readonly onProgress?: (tried: number, ms: number) => void;
  /** Aimed-for length of one chunk. */
  readonly budgetMs?: number;
  readonly firstChunk?: number;
  /** Gives the page its turn; by default a MessageChannel round trip (no 4 ms timer clamp). */
  readonly pause?: () => Promise<void>;
  readonly now?: () => number;
}

export const FIRST_CHUNK = 20_000;
export const MIN_CHUNK = 1_000;
export const MAX_CHUNK = 2_000_000;

/** The next chunk's size: scaled so it takes about `budgetMs`, growing at most 4× at a time. */
export function nextChunkSize(current: number, spentMs: number, budgetMs: number): number {
  const grown = Math.min(current * 4, MAX_CHUNK);
  if (spentMs <= 0) return grown;
  return Math.max(MIN_CHUNK, Math.min(grown, Math.floor((current * budgetMs) / spentMs)));
}

/** One message through a channel: a new task, without setTimeout's clamping when nested. */
function channelPause(): { pause: () => Promise<void>; close: () => void } {
  if (typeof MessageChannel === 'undefined') {
    return { pause: () => new Promise((resolve) => setTimeout(resolve, 0)), close: () => {} };
  }
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    pause: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
    close: () => {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

export async function searchInChunks(
  g: bigint,
  A: bigint,
  p: bigint,
  options: ChunkedSearchOptions = {},
): Promise<ChunkedSearchResult> {
  const now = options.now ?? (() => performance.now());
  const budgetMs = options.budgetMs ?? 4;
  const own = options.pause ? null : channelPause();
  const pause = options.pause ?? own?.pause ?? (() => Promise.resolve());
  const start = now();
  let tried = 0;
  let from = 0n;
  let chunk = options.firstChunk ?? FIRST_CHUNK;
  try {
    for (;;) {
      if (options.signal?.aborted) return { status: 'stopped', tried, ms: now() - start };
      const chunkStart = now();
      const result = bruteForceDiscreteLog(g, A, p, { fromExponent: from, maxSteps: chunk });
      const spent = now() - chunkStart;
      tried += result.steps;
      if (result.status === 'found') {
        return { status: 'found', exponent: result.exponent, tried, ms: now() - start };
      }
      if (result.status === 'not-found') return { status: 'not-found', tried, ms: now() - start };
      from = result.nextExponent;
      chunk = nextChunkSize(chunk, spent, budgetMs);
      options.onProgress?.(tried, now() - start);
      await pause();
    }
  } finally {
    own?.close();
  }
}
