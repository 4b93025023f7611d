/**
 * "Can Oscar win?" off the page's thread: every row of the matrix, run for real with one key
 * cache kept for the worker's life, so keys are generated once and the next run is warm.
 */
import { KeyCache } from '../../protocol/keyring.ts';
import { searchBestAttack } from '../../protocol/matrix/best-attack.ts';
import { runMatrix } from '../../protocol/matrix/run-matrix.ts';
import { takeWebCryptoTime, timeWebCrypto } from './crypto-timer.ts';
import type { MatrixReply, MatrixRequest } from './matrix-messages.ts';

timeWebCrypto();

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: MatrixReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<MatrixRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;
const keys = new KeyCache();

scope.addEventListener('message', async ({ data }) => {
  const started = performance.now();
  takeWebCryptoTime();
  try {
    await runMatrix(data.defences, keys, ({ row, verdict }) =>
      scope.postMessage({ id: data.id, kind: 'row', row, verdict }),
    );
    const best = await searchBestAttack(data.defences, keys);
    scope.postMessage({ id: data.id, kind: 'best', best });
    const milliseconds = performance.now() - started;
    const cryptoMilliseconds = takeWebCryptoTime();
    scope.postMessage({ id: data.id, kind: 'done', milliseconds, cryptoMilliseconds });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      kind: 'failed',
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
