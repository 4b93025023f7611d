import type { EngineFailure, RunRequest, Trace } from '../../protocol/index.ts';
import { type EngineService, failureOf } from '../../store/engine-service.ts';

/** One call of an EngineService (store/engine-service.ts), as data. */
export type EngineRequest =
  | { readonly kind: 'run'; readonly request: RunRequest }
  | { readonly kind: 'exportFiles'; readonly trace: Trace }
  | { readonly kind: 'describePem'; readonly text: string }
  | { readonly kind: 'wrapKeyTwice'; readonly publicKeySpki: Uint8Array }
  | { readonly kind: 'clearKeys' };

/** To the engine's worker: a call, and the id its answer comes back with. */
export type EngineCall = EngineRequest & { readonly id: number };

/** From the worker: the call's value, or its failure as data. */
export type EngineAnswer =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly failure: EngineFailure };

/** Makes a call on an engine: in the worker, or on the page when no worker runs. */
export function perform(call: EngineRequest, engine: EngineService): Promise<unknown> {
  switch (call.kind) {
    case 'run':
      return engine.run(call.request);
    case 'exportFiles':
      return engine.exportFiles(call.trace);
    case 'describePem':
      return engine.describePem(call.text);
    case 'wrapKeyTwice':
      return engine.wrapKeyTwice(call.publicKeySpki);
    case 'clearKeys':
      return engine.clearKeys();
  }
}

/**
 * The worker's side: makes each call on the engine and posts its answer. An answer that cannot
 * be posted (a value the structured clone refuses) is posted as a failure, so no call waits
 * for ever.
 */
export function serveEngine(
  engine: EngineService,
  post: (answer: EngineAnswer) => void,
): (call: EngineCall) => void {
  const fail = (id: number, error: unknown) => post({ id, ok: false, failure: failureOf(error) });
  return (call) =>
    void perform(call, engine).then(
      (value) => {
        try {
          post({ id: call.id, ok: true, value });
        } catch (error) {
          fail(call.id, error);
        }
      },
      (error: unknown) => fail(call.id, error),
    );
}
