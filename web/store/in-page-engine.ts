import { type Engine, type KeyCache, loadEngine, nextTask } from '../protocol/index.ts';
import { EngineFailed, type EngineService } from './engine-service.ts';

/**
 * The engine on this thread. It loads (WebCrypto wrappers, scenarios, the engine's sentences)
 * with the first call, not with the page, and keeps one key cache for its life.
 */
export function inPageEngine(): EngineService {
  let engine: Promise<{ module: Engine; keys: KeyCache }> | null = null;
  /** Works with the engine, rejecting with an EngineFailed for whatever it throws. */
  const withEngine = async <T>(work: (module: Engine, keys: KeyCache) => Promise<T> | T) => {
    engine ??= loadEngine().then((module) => ({ module, keys: new module.KeyCache() }));
    const { module, keys } = await engine;
    try {
      return await work(module, keys);
    } catch (error) {
      throw new EngineFailed(module.engineFailure(error));
    }
  };
  return {
    run: (request) =>
      withEngine((module, keys) =>
        module.runScenario(request.scenario, request.config, request.plan, keys, nextTask),
      ),
    exportFiles: (trace) => withEngine((module, keys) => module.exportOpensslFiles(keys, trace)),
    describePem: (text) => withEngine((module) => module.describePastedPem(text)),
    wrapKeyTwice: (spki) => withEngine((module) => module.wrapSameKeyTwice(spki)),
    clearKeys: () => withEngine((_, keys) => keys.clear()),
  };
}
