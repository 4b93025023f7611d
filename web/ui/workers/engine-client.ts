import type { RunRequest, Trace } from '../../protocol/index.ts';
import { EngineFailed, type EngineService } from '../../store/engine-service.ts';
import { inPageEngine } from '../../store/in-page-engine.ts';
import { rememberingRuns } from '../../store/trace-cache.ts';
import {
  type EngineAnswer,
  type EngineCall,
  type EngineRequest,
  perform,
} from './engine-messages.ts';
import { startEngineWorker } from './start-worker.ts';

interface Waiting {
  readonly call: EngineRequest;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** Registers the patterns of the engine's sentences on the page (engine-text.ts). */
const loadEngineText = (): Promise<void> => import('./engine-text.ts').then(() => undefined);

/**
 * The engine in a Web Worker of its own, started with the first call: runs, exports and key
 * generation never hold the page's thread. Runs are remembered on the page (trace-cache.ts).
 * If the worker cannot start or load (a browser or a policy without module workers), the
 * engine runs on the page instead, and the calls waiting are made again there.
 */
export function workerEngine(start: () => Worker | null = startEngineWorker): EngineService {
  let worker: Worker | null = null;
  let onPage: EngineService | null = null;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  let text: ReturnType<typeof loadEngineText> | null = null;

  const fallBackToPage = () => {
    worker?.terminate();
    worker = null;
    onPage ??= inPageEngine();
    const calls = [...waiting.values()];
    waiting.clear();
    for (const { call, resolve, reject } of calls) perform(call, onPage).then(resolve, reject);
  };

  const answer = ({ data }: MessageEvent<EngineAnswer>) => {
    const entry = waiting.get(data.id);
    if (!entry) return;
    waiting.delete(data.id);
    if (data.ok) entry.resolve(data.value);
    else entry.reject(new EngineFailed(data.failure));
  };

  /** The worker, started on the first call; null once the page runs the engine itself. */
  const theWorker = (): Worker | null => {
    if (worker || onPage) return worker;
    try {
      worker = start();
    } catch {
      worker = null;
    }
    if (!worker) return null;
    worker.addEventListener('message', answer);
    worker.addEventListener('error', (event) => {
      // The worker's script failed to load or to start: nothing it would answer is coming.
      event.preventDefault();
      fallBackToPage();
    });
    return worker;
  };

  const send = (made: EngineRequest): Promise<unknown> => {
    const running = theWorker();
    if (!running) {
      onPage ??= inPageEngine();
      return perform(made, onPage);
    }
    return new Promise((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { call: made, resolve, reject });
      const sent: EngineCall = { ...made, id };
      running.postMessage(sent);
    });
  };

  const call = async <T>(made: EngineRequest): Promise<T> => {
    text ??= loadEngineText();
    const [result] = await Promise.all([send(made), text]);
    return result as T;
  };

  return rememberingRuns({
    run: (request: RunRequest) => call<Trace>({ kind: 'run', request }),
    exportFiles: (trace) => call({ kind: 'exportFiles', trace }),
    describePem: (text) => call({ kind: 'describePem', text }),
    wrapKeyTwice: (publicKeySpki) => call({ kind: 'wrapKeyTwice', publicKeySpki }),
    clearKeys: () => call({ kind: 'clearKeys' }),
  });
}
