/**
 * The single-file build's workers (see vite.single.config.ts): their code is inlined in the
 * page and started from a Blob URL, so that one HTML file opened from disk has everything.
 */

import MatrixWorker from '../matrix/matrix.worker.ts?worker&inline';
import BruteForceWorker from '../widgets/brute-force.worker.ts?worker&inline';
import DiscreteLogWorker from '../widgets/discrete-log.worker.ts?worker&inline';

export function startBruteForceWorker(): Worker {
  return new BruteForceWorker();
}

export function startDiscreteLogWorker(): Worker {
  return new DiscreteLogWorker();
}

export function startMatrixWorker(): Worker {
  return new MatrixWorker();
}

/**
 * None: the single file's stages run the engine on the page, as before workers. An inlined
 * engine worker would carry a second copy of the engine and make the file a third larger.
 */
export function startEngineWorker(): Worker | null {
  return null;
}
