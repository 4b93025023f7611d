/**
 * Oscar's search for one toy Diffie-Hellman public value, off the page's thread: the page
 * stays free to draw the counter and answer the Stop button (which ends this worker).
 */

import { searchInChunks } from '../../protocol/index.ts';
import type { DiscreteLogReply, DiscreteLogRequest } from './brute-force-messages.ts';

/** How often the counter on the page moves. */
const PROGRESS_MS = 50;

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: DiscreteLogReply): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<DiscreteLogRequest>) => void,
  ): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', async ({ data }) => {
  try {
    let posted = 0;
    const result = await searchInChunks(BigInt(data.g), BigInt(data.A), BigInt(data.p), {
      // Nothing else runs in this thread, so no need to hand the turn to anyone.
      pause: () => Promise.resolve(),
      onProgress: (tried, ms) => {
        if (ms - posted < PROGRESS_MS) return;
        posted = ms;
        scope.postMessage({ type: 'progress', tried, ms });
      },
    });
    scope.postMessage(
      result.status === 'found'
        ? { ...result, type: 'result', exponent: String(result.exponent) }
        : { ...result, type: 'result' },
    );
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
