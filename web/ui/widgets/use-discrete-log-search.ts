import { useCallback, useEffect, useRef, useState } from 'react';
import { type ChunkedSearchResult, searchInChunks } from '../../protocol/index.ts';
import { startDiscreteLogWorker } from '../workers/start-worker.ts';
import type { DiscreteLogReply, DiscreteLogRequest } from './brute-force-messages.ts';

export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly tried: number; readonly ms: number }
  | ChunkedSearchResult
  | { readonly status: 'failed'; readonly message: string };

const IDLE: SearchState = { status: 'idle' };
/** The counter moves at most this often: the search, not React, should get the time. */
const REPAINT_MS = 100;

interface Job {
  readonly key: string;
  /** Ends the search and says so. */
  stop: () => void;
  /** Ends the search quietly: its question has changed or the page is leaving. */
  cancel: () => void;
}

/**
 * Oscar's search for x with g^x mod p = A: in a Web Worker, or in short chunks on this thread
 * where a worker cannot start. Changing g, A or p cancels a running search and forgets the
 * last result.
 */
export function useDiscreteLogSearch(g: bigint, A: bigint, p: bigint) {
  const key = `${g}/${A}/${p}`;
  const [entry, setEntry] = useState<{ key: string; state: SearchState }>({ key, state: IDLE });
  const job = useRef<Job | null>(null);

  useEffect(
    () => () => {
      if (job.current?.key !== key) return;
      job.current.cancel();
      job.current = null;
    },
    [key],
  );

  const start = useCallback(() => {
    job.current?.cancel();
    const startedAt = performance.now();
    let tried = 0;
    const mine: Job = { key, stop: () => {}, cancel: () => {} };
    job.current = mine;
    const show = (state: SearchState) => {
      if (job.current === mine) setEntry({ key, state });
    };
    const finish = (state: SearchState) => {
      if (job.current !== mine) return;
      job.current = null;
      setEntry({ key, state });
    };
    show({ status: 'running', tried: 0, ms: 0 });

    const onThisThread = () => {
      const controller = new AbortController();
      mine.stop = mine.cancel = () => controller.abort();
      let painted = 0;
      void searchInChunks(g, A, p, {
        signal: controller.signal,
        onProgress: (count, ms) => {
          if (ms - painted < REPAINT_MS) return;
          painted = ms;
          show({ status: 'running', tried: count, ms });
        },
      }).then(finish);
    };

    let worker: Worker;
    try {
      worker = startDiscreteLogWorker();
    } catch {
      onThisThread();
      return;
    }
    mine.cancel = () => worker.terminate();
    mine.stop = () => {
      worker.terminate();
      finish({ status: 'stopped', tried, ms: performance.now() - startedAt });
    };
    worker.onmessage = (event: MessageEvent<DiscreteLogReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        tried = reply.tried;
        show({ status: 'running', tried: reply.tried, ms: reply.ms });
        return;
      }
      worker.terminate();
      if (reply.type === 'error') finish({ status: 'failed', message: reply.message });
      else if (reply.status === 'found') finish({ ...reply, exponent: BigInt(reply.exponent) });
      else finish({ status: reply.status, tried: reply.tried, ms: reply.ms });
    };
    // A worker that cannot load (an old browser, a stricter policy): search here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (job.current === mine) onThisThread();
    };
    worker.postMessage({ g: String(g), A: String(A), p: String(p) } satisfies DiscreteLogRequest);
  }, [g, A, p, key]);

  const stop = useCallback(() => job.current?.stop(), []);

  return { state: entry.key === key ? entry.state : IDLE, start, stop };
}
