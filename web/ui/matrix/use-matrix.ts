import { useCallback, useEffect, useRef, useState } from 'react';
import type { BestAttack } from '../../protocol/matrix/best-attack.ts';
import type { MatrixResult } from '../../protocol/matrix/run-matrix.ts';
import type { ScenarioConfig } from '../../protocol/types.ts';
import { startMatrixWorker } from '../widgets/start-worker.ts';
import type { MatrixReply, MatrixRequest } from './matrix-messages.ts';

export interface MatrixState {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  readonly results: readonly MatrixResult[];
  /** Oscar's shortest winning script within the bound, once searched. */
  readonly best: BestAttack | null;
  readonly milliseconds: number | null;
  /** Of those, the time inside WebCrypto (measured in the worker only). */
  readonly cryptoMilliseconds: number | null;
  readonly error: string | null;
  /** Where the rows were computed: a worker, or the page itself when no worker could start. */
  readonly where: 'worker' | 'page' | null;
}

const INITIAL: MatrixState = {
  status: 'idle',
  results: [],
  best: null,
  milliseconds: null,
  cryptoMilliseconds: null,
  error: null,
  where: null,
};

type Listener = (reply: MatrixReply) => void;

/** The page's fallback: the same rows on this thread, yielding to the event loop between rows. */
async function runOnPage(request: MatrixRequest, listen: Listener): Promise<void> {
  const [{ runMatrix }, { KeyCache }, { searchBestAttack }] = await Promise.all([
    import('../../protocol/matrix/run-matrix.ts'),
    import('../../protocol/keyring.ts'),
    import('../../protocol/matrix/best-attack.ts'),
  ]);
  pageKeys ??= new KeyCache();
  const started = performance.now();
  try {
    await runMatrix(request.defences, pageKeys, async ({ row, verdict }) => {
      listen({ id: request.id, kind: 'row', row, verdict });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const best = await searchBestAttack(
      request.defences,
      pageKeys,
      () => new Promise((resolve) => setTimeout(resolve, 0)),
    );
    listen({ id: request.id, kind: 'best', best });
    listen({
      id: request.id,
      kind: 'done',
      milliseconds: performance.now() - started,
      cryptoMilliseconds: Number.NaN,
    });
  } catch (error) {
    listen({ id: request.id, kind: 'failed', error: String(error) });
  }
}
let pageKeys: import('../../protocol/keyring.ts').KeyCache | undefined;

/** Runs the matrix for the given defences whenever they change; newer runs replace older ones. */
export function useMatrix(defences: ScenarioConfig): MatrixState {
  const [state, setState] = useState<MatrixState>(INITIAL);
  const worker = useRef<Worker | null>(null);
  const workerBroken = useRef(false);
  const runId = useRef(0);

  const listen = useCallback<Listener>((reply) => {
    if (reply.id !== runId.current) return;
    setState((s) => {
      if (reply.kind === 'row')
        return { ...s, results: [...s.results, { row: reply.row, verdict: reply.verdict }] };
      if (reply.kind === 'best') return { ...s, best: reply.best };
      if (reply.kind === 'done')
        return {
          ...s,
          status: 'done',
          milliseconds: reply.milliseconds,
          cryptoMilliseconds: Number.isNaN(reply.cryptoMilliseconds)
            ? null
            : reply.cryptoMilliseconds,
        };
      return { ...s, status: 'failed', error: reply.error };
    });
  }, []);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    const id = ++runId.current;
    const request: MatrixRequest = { id, defences };
    const fallBack = () => {
      workerBroken.current = true;
      worker.current?.terminate();
      worker.current = null;
      setState({ ...INITIAL, status: 'running', where: 'page' });
      void runOnPage(request, listen);
    };
    if (workerBroken.current) return fallBack();
    try {
      worker.current ??= startMatrixWorker();
    } catch {
      return fallBack();
    }
    const current = worker.current;
    current.onmessage = (event: MessageEvent<MatrixReply>) => listen(event.data);
    current.onerror = (event) => {
      event.preventDefault();
      if (id === runId.current) fallBack();
    };
    setState({ ...INITIAL, status: 'running', where: 'worker' });
    current.postMessage(request);
  }, [defences, listen]);

  return state;
}
