import { useCallback, useEffect, useRef, useState } from 'react';
import { TOY_GROUPS } from '../../crypto/index.ts';
import { type Measurement, nextToMeasure } from '../../protocol/index.ts';
import { startBruteForceWorker } from '../workers/start-worker.ts';
import type { MeasureRequest, WorkerReply } from './brute-force-messages.ts';

export interface CostMeasurement {
  readonly status: 'idle' | 'running' | 'done' | 'stopped' | 'failed';
  readonly measurements: readonly Measurement[];
  /** The size being measured now and how far it got. */
  readonly current: {
    readonly bits: number;
    readonly searches: number;
    readonly steps: number;
  } | null;
  readonly error: string | null;
}

/** The next size is measured only while one search there is expected to take at most this. */
export const BUDGET_SECONDS = 1.5;

const INITIAL: CostMeasurement = { status: 'idle', measurements: [], current: null, error: null };

const starting = (groupIndex: number) => ({
  bits: TOY_GROUPS[groupIndex]?.bits ?? 0,
  searches: 0,
  steps: 0,
});

/**
 * Times Oscar's brute-force search in a Web Worker, one toy group after another from 8 bits
 * up, and stops at the first size expected to take longer than BUDGET_SECONDS per search.
 */
export function useCostMeasurement() {
  const [state, setState] = useState<CostMeasurement>(INITIAL);
  const workerRef = useRef<Worker | null>(null);

  const end = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);
  useEffect(() => end, [end]);

  const start = useCallback(() => {
    end();
    let worker: Worker;
    try {
      worker = startBruteForceWorker();
    } catch (error) {
      setState({
        ...INITIAL,
        status: 'failed',
        error: `The background worker did not start: ${error}`,
      });
      return;
    }
    workerRef.current = worker;
    const measurements: Measurement[] = [];
    const measure = (groupIndex: number) => {
      worker.postMessage({ type: 'measure', groupIndex } satisfies MeasureRequest);
      setState({
        status: 'running',
        measurements: [...measurements],
        current: starting(groupIndex),
        error: null,
      });
    };
    const fail = (message: string) => {
      end();
      setState((s) => ({ ...s, status: 'failed', current: null, error: message }));
    };

    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (workerRef.current !== worker) return;
      const reply = event.data;
      if (reply.type === 'progress') {
        const { bits } = starting(reply.groupIndex);
        setState((s) => ({
          ...s,
          current: { bits, searches: reply.searches, steps: reply.steps },
        }));
      } else if (reply.type === 'result') {
        measurements.push(reply.measurement);
        const next = nextToMeasure(TOY_GROUPS, measurements, BUDGET_SECONDS);
        if (next !== null) return measure(next);
        end();
        setState({ status: 'done', measurements: [...measurements], current: null, error: null });
      } else {
        fail(reply.message);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(`The background worker stopped: ${event.message || 'it could not be loaded'}.`);
    };
    measure(0);
  }, [end]);

  const stop = useCallback(() => {
    end();
    setState((s) => (s.status === 'running' ? { ...s, status: 'stopped', current: null } : s));
  }, [end]);

  return { state, start, stop };
}
