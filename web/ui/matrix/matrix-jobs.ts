import {
  defenceMap,
  type KeyCache,
  type MatrixResult,
  runMatrix,
  type ScenarioConfig,
  searchBestAttack,
} from '../../protocol/index.ts';
import type { MatrixReply, MatrixRequest } from './matrix-messages.ts';

/**
 * What the worker (or the page, when no worker starts) does for each request: the same code
 * in both places. `pause` hands the event loop back between pieces of work, so a cancel can
 * arrive; `cryptoTime` reads the WebCrypto clock where one runs.
 */
export function matrixJobs(
  keys: KeyCache,
  post: (reply: MatrixReply) => void,
  pause: () => Promise<void> | void,
  cryptoTime: () => number,
) {
  let searching: AbortController | null = null;
  let lastGrid: { defences: string; results: MatrixResult[] } | null = null;

  async function search(id: number, defences: ScenarioConfig, depth: number) {
    searching?.abort();
    const stop = new AbortController();
    searching = stop;
    const started = performance.now();
    const best = await searchBestAttack(defences, keys, {
      depth,
      signal: stop.signal,
      progress: async (done) => {
        post({ id, kind: 'search-progress', ...done });
        await pause();
      },
    });
    if (searching === stop) searching = null;
    post({ id, kind: 'best', best, milliseconds: performance.now() - started });
  }

  return async (request: MatrixRequest): Promise<void> => {
    const { id } = request;
    try {
      if (request.kind === 'cancel') {
        searching?.abort();
        return;
      }
      if (request.kind === 'grid') {
        searching?.abort();
        const started = performance.now();
        cryptoTime();
        const results = await runMatrix(request.defences, keys, async ({ row, verdict }) => {
          post({ id, kind: 'row', row, verdict });
          await pause();
        });
        lastGrid = { defences: JSON.stringify(request.defences), results };
        post({
          id,
          kind: 'grid-done',
          milliseconds: performance.now() - started,
          cryptoMilliseconds: cryptoTime(),
        });
        await search(id, request.defences, request.depth);
        return;
      }
      if (request.kind === 'search') {
        await search(id, request.defences, request.depth);
        return;
      }
      const grid =
        lastGrid?.defences === JSON.stringify(request.defences)
          ? lastGrid.results
          : await runMatrix(request.defences, keys);
      post({ id, kind: 'map', map: await defenceMap(request.defences, grid, keys, pause) });
    } catch (error) {
      post({ id, kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
}
