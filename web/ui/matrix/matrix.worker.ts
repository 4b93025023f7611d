/**
 * "Can Oscar win?" off the page's thread: the grid, the best-attack search and the defence
 * map, run for real with one key cache kept for the worker's life, so keys are generated once
 * and the next run is warm.
 */
import { KeyCache } from '../../protocol/index.ts';
import { takeWebCryptoTime, timeWebCrypto } from './crypto-timer.ts';
import { matrixJobs } from './matrix-jobs.ts';
import type { MatrixReply, MatrixRequest } from './matrix-messages.ts';

timeWebCrypto();

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: MatrixReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<MatrixRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;
const handle = matrixJobs(
  new KeyCache(),
  (reply) => scope.postMessage(reply),
  // A macrotask, so that a "cancel" waiting in the queue is handled before the next script.
  () => new Promise((resolve) => setTimeout(resolve, 0)),
  takeWebCryptoTime,
);

scope.addEventListener('message', ({ data }) => void handle(data));
