import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import {
  loadEngine,
  type MapRow,
  type MatrixResult,
  type ScenarioConfig,
  type SearchReport,
} from '../../protocol/index.ts';
import { startMatrixWorker } from '../workers/start-worker.ts';
import type { MatrixReply, MatrixRequest } from './matrix-messages.ts';

export interface SearchProgress {
  readonly scripts: number;
  readonly states: number;
  readonly depth: number;
}

export interface MatrixState {
  readonly status: 'idle' | 'running' | 'done' | 'failed';
  /**
   * The rows on screen. A new run starts from the last run's rows and replaces each in place
   * as its answer arrives, so the table keeps its rows (and React its DOM) across a toggle.
   */
  readonly results: readonly MatrixResult[];
  /** Ids of the rows this run has answered; the others are the last run's, until replaced. */
  readonly answered: ReadonlySet<string>;
  readonly milliseconds: number | null;
  /** Of those, the time inside WebCrypto (measured in the worker only). */
  readonly cryptoMilliseconds: number | null;
  /** The search: under way (with its progress), or its report. */
  readonly searching: SearchProgress | null;
  readonly search: SearchReport | null;
  readonly searchMilliseconds: number | null;
  readonly map: readonly MapRow[] | null;
  readonly error: string | null;
  /** Where the rows were computed: a worker, or the page itself when no worker could start. */
  readonly where: 'worker' | 'page' | null;
  /** The defences these results answer (the page may already show others). */
  readonly defences: ScenarioConfig | null;
}

const INITIAL: MatrixState = {
  status: 'idle',
  results: [],
  answered: new Set(),
  milliseconds: null,
  cryptoMilliseconds: null,
  searching: null,
  search: null,
  searchMilliseconds: null,
  map: null,
  error: null,
  where: null,
  defences: null,
};

/** Folds one reply into the state. */
function reduce(s: MatrixState, reply: MatrixReply): MatrixState {
  switch (reply.kind) {
    case 'row': {
      const result = { row: reply.row, verdict: reply.verdict };
      const at = s.results.findIndex((r) => r.row.id === reply.row.id);
      const results =
        at === -1 ? [...s.results, result] : s.results.map((r, i) => (i === at ? result : r));
      return { ...s, results, answered: new Set(s.answered).add(reply.row.id) };
    }
    case 'grid-done':
      return {
        ...s,
        // Rows these defences do not have (a forgery's, once certificates are off) go now.
        results: s.results.filter((r) => s.answered.has(r.row.id)),
        status: 'done',
        milliseconds: reply.milliseconds,
        cryptoMilliseconds: Number.isNaN(reply.cryptoMilliseconds)
          ? null
          : reply.cryptoMilliseconds,
        searching: { scripts: 0, states: 0, depth: 0 },
      };
    case 'search-progress':
      return { ...s, searching: reply };
    case 'best':
      return { ...s, searching: null, search: reply.best, searchMilliseconds: reply.milliseconds };
    case 'map':
      return { ...s, map: reply.map };
    case 'failed':
      return { ...s, status: 'failed', searching: null, error: reply.error };
  }
}

type Send = (request: MatrixRequest) => void;

/** The page's fallback: the same jobs on this thread, yielding to the event loop between pieces. */
async function pageSender(listen: (reply: MatrixReply) => void): Promise<Send> {
  const [{ matrixJobs }, { KeyCache }] = await Promise.all([
    import('./matrix-jobs.ts'),
    loadEngine(),
  ]);
  const handle = matrixJobs(
    new KeyCache(),
    listen,
    () => new Promise((resolve) => setTimeout(resolve, 0)),
    () => Number.NaN,
  );
  return (request) => void handle(request);
}

/**
 * Runs the grid and the search whenever the defences change (newer runs replace older ones);
 * `searchTo` searches again to another depth, `cancel` stops it, `askForMap` computes the
 * defence map.
 */
export function useMatrix(defences: ScenarioConfig, depth: number) {
  const [state, setState] = useState<MatrixState>(INITIAL);
  const send = useRef<Send | null>(null);
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const depthRef = useRef(depth);
  depthRef.current = depth;
  const defencesRef = useRef(defences);
  defencesRef.current = defences;

  const listen = useCallback((reply: MatrixReply) => {
    if (reply.id !== runId.current) return;
    // Rows and progress arrive many times a second: React renders them in slices it can
    // interrupt, and each commit changes one row, so no reply holds the page's thread for long.
    startTransition(() => setState((s) => reduce(s, reply)));
  }, []);

  useEffect(() => () => worker.current?.terminate(), []);

  /** The worker, or the page itself once a worker has failed to start or to run. */
  const sender = useCallback(async (): Promise<Send> => {
    if (send.current) return send.current;
    try {
      const started = startMatrixWorker();
      started.onmessage = (event: MessageEvent<MatrixReply>) => listen(event.data);
      started.onerror = (event) => {
        // The worker failed to load or to run: the page takes over and starts the grid again.
        event.preventDefault();
        started.terminate();
        worker.current = null;
        void pageSender(listen).then((post) => {
          send.current = post;
          const id = ++runId.current;
          setState({ ...INITIAL, status: 'running', where: 'page', defences: defencesRef.current });
          post({ id, kind: 'grid', defences: defencesRef.current, depth: depthRef.current });
        });
      };
      worker.current = started;
      send.current = (request) => started.postMessage(request);
      setState((s) => ({ ...s, where: 'worker' }));
    } catch {
      send.current = await pageSender(listen);
      setState((s) => ({ ...s, where: 'page' }));
    }
    return send.current;
  }, [listen]);

  useEffect(() => {
    const id = ++runId.current;
    setState((s) => ({
      ...INITIAL,
      status: 'running',
      where: s.where,
      defences,
      results: s.results,
    }));
    void sender().then((post) => post({ id, kind: 'grid', defences, depth: depthRef.current }));
  }, [defences, sender]);

  const searchTo = useCallback(
    (to: number) => {
      const id = ++runId.current;
      setState((s) => ({
        ...s,
        search: null,
        map: null,
        searching: { scripts: 0, states: 0, depth: 0 },
      }));
      // The grid's replies belong to the run before: keep them.
      void sender().then((post) => post({ id, kind: 'search', defences, depth: to }));
    },
    [defences, sender],
  );

  const cancel = useCallback(() => {
    void sender().then((post) => post({ id: runId.current, kind: 'cancel' }));
  }, [sender]);

  const askForMap = useCallback(() => {
    const id = runId.current;
    void sender().then((post) => post({ id, kind: 'map', defences }));
  }, [defences, sender]);

  return { state, searchTo, cancel, askForMap };
}
