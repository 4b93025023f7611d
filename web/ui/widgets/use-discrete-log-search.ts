import { useCallback, useEffect, useRef, useState } from 'react';
import { type ChunkedSearchResult, searchInChunks } from './chunked-search.ts';

export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly tried: number; readonly ms: number }
  | ChunkedSearchResult;

const IDLE: SearchState = { status: 'idle' };
/** Progress repaints at most this often: the search, not React, should get the time. */
const REPAINT_MS = 100;

/**
 * Oscar's search for x with g^x mod p = A, run in chunks on this thread. Changing g, A or p
 * cancels a running search and forgets the last result.
 */
export function useDiscreteLogSearch(g: bigint, A: bigint, p: bigint) {
  const key = `${g}/${A}/${p}`;
  const [entry, setEntry] = useState<{ key: string; state: SearchState }>({ key, state: IDLE });
  const job = useRef<{ key: string; controller: AbortController } | null>(null);

  useEffect(
    () => () => {
      // A new question (or leaving the page) cancels the search for the old one.
      if (job.current?.key !== key) return;
      job.current.controller.abort();
      job.current = null;
    },
    [key],
  );

  const start = useCallback(() => {
    job.current?.controller.abort();
    const mine = { key, controller: new AbortController() };
    job.current = mine;
    setEntry({ key, state: { status: 'running', tried: 0, ms: 0 } });
    let painted = 0;
    void searchInChunks(g, A, p, {
      signal: mine.controller.signal,
      onProgress: (tried, ms) => {
        if (job.current !== mine || ms - painted < REPAINT_MS) return;
        painted = ms;
        setEntry({ key, state: { status: 'running', tried, ms } });
      },
    }).then((result) => {
      if (job.current !== mine) return;
      job.current = null;
      setEntry({ key, state: result });
    });
  }, [g, A, p, key]);

  const stop = useCallback(() => job.current?.controller.abort(), []);

  return { state: entry.key === key ? entry.state : IDLE, start, stop };
}
