/**
 * The lab's engine off the page's thread: every run, export and key of a stage is computed here,
 * with one key cache for the worker's life. The page's side is engine-client.ts.
 */
import { inPageEngine } from '../../store/in-page-engine.ts';
import { type EngineAnswer, type EngineCall, serveEngine } from './engine-messages.ts';

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: EngineAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineCall>) => void): void;
}
const scope = self as unknown as WorkerScope;
const serve = serveEngine(inPageEngine(), (answer) => scope.postMessage(answer));

scope.addEventListener('message', ({ data }) => serve(data));
