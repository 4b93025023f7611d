/**
 * The lab's Web Workers, each a file of its own next to the page (the production build's
 * policy allows workers from the page's own origin only). The single-file build swaps this
 * module for start-worker.inline.ts, whose workers travel inside the page as Blob URLs.
 */
export function startBruteForceWorker(): Worker {
  return new Worker(new URL('../widgets/brute-force.worker.ts', import.meta.url), {
    type: 'module',
  });
}

export function startDiscreteLogWorker(): Worker {
  return new Worker(new URL('../widgets/discrete-log.worker.ts', import.meta.url), {
    type: 'module',
  });
}

export function startMatrixWorker(): Worker {
  return new Worker(new URL('../matrix/matrix.worker.ts', import.meta.url), { type: 'module' });
}

/** The engine's worker for a stage (engine-client.ts); null where the page runs it itself. */
export function startEngineWorker(): Worker | null {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}
