import type { StateCreator } from 'zustand';
import { pickCarried } from '../lessons/step-request.ts';
import {
  DEFAULT_CONFIG,
  type Engine,
  type KeyCache,
  loadEngine,
  nextTask,
  type ScenarioConfig,
} from '../protocol/index.ts';
import type { LabState, RunRequest, RunSlice } from './lab-state.ts';
import { TraceCache } from './trace-cache.ts';

function requestKey(request: RunRequest, keysVersion: number): string {
  return JSON.stringify([request.scenario, request.config, request.plan, keysVersion]);
}

interface LoadedEngine {
  readonly runScenario: Engine['runScenario'];
  readonly module: Engine;
  readonly keys: KeyCache;
}

/** Loads the engine and its key cache once, on first call. */
export type EngineLoader = () => Promise<LoadedEngine>;

/**
 * The engine (WebCrypto wrappers, scenarios) loads with the first run, not with the page.
 * Stores given the same loader share one key cache: the handout's steps show the same keys.
 */
export function engineLoader(): EngineLoader {
  let engine: Promise<LoadedEngine> | null = null;
  return () => {
    engine ??= loadEngine().then((m) => ({
      module: m,
      runScenario: m.runScenario,
      keys: new m.KeyCache(),
    }));
    return engine;
  };
}

export const createRunSlice = (
  loadEngine: EngineLoader = engineLoader(),
): StateCreator<LabState, [], [], RunSlice> => {
  const traces = new TraceCache();
  let latest = '';
  let keysGeneration = 0;

  return (set, get) => ({
    scenario: 'conversation',
    config: DEFAULT_CONFIG,
    plan: { presence: 'passive' },
    status: 'idle',
    userSettings: {},
    trace: null,
    error: null,

    compute: async (request) => {
      const key = requestKey(request, keysGeneration);
      latest = key;
      let pending = traces.get(key);
      if (!pending) {
        pending = loadEngine().then(({ runScenario, keys }) =>
          runScenario(request.scenario, request.config, request.plan, keys, nextTask),
        );
        traces.set(key, pending);
      }
      set({ ...request, status: 'computing', error: null });
      try {
        const trace = await pending;
        // The engine's last steps and the stage's render of their trace are two tasks, so the
        // page can paint and answer a key press between them.
        await nextTask();
        if (latest !== key) return;
        set({ trace, status: 'ready' });
        get().traceLoaded(trace);
      } catch (error) {
        if (latest !== key) return;
        // A refusal is a catalogue message: the engine, loaded by now, renders it.
        const { module } = await loadEngine();
        if (latest !== key) return;
        set({ status: 'error', error: module.runErrorText(error) });
      }
    },

    exportFiles: async () => {
      const { trace } = get();
      if (!trace) throw new Error('Nothing has run yet.');
      const { module, keys } = await loadEngine();
      return module.exportOpensslFiles(keys, trace);
    },

    describePem: async (text) => (await loadEngine()).module.describePastedPem(text),
    wrapKeyTwice: async (spki) => (await loadEngine()).module.wrapSameKeyTwice(spki),

    newKeys: async () => {
      (await loadEngine()).keys.clear();
      keysGeneration++;
      traces.clear();
      const { scenario, config, plan } = get();
      await get().compute({ scenario, config, plan });
    },

    setConfig: async (change) => {
      const { scenario, config, plan, userSettings } = get();
      const carried = pickCarried(change);
      if (Object.keys(carried).length > 0) set({ userSettings: { ...userSettings, ...carried } });
      await get().compute({ scenario, config: { ...config, ...change }, plan });
    },

    setSettings: async (next) => {
      const { scenario, config, userSettings } = get();
      const change: Partial<Record<keyof ScenarioConfig, unknown>> = {};
      for (const key of Object.keys(next.config) as (keyof ScenarioConfig)[])
        if (next.config[key] !== config[key]) change[key] = next.config[key];
      const carried = pickCarried(change as Partial<ScenarioConfig>);
      if (Object.keys(carried).length > 0) set({ userSettings: { ...userSettings, ...carried } });
      await get().compute({ scenario, config: next.config, plan: next.plan });
    },

    setPlan: async (plan) => {
      const { scenario, config } = get();
      await get().compute({ scenario, config, plan });
    },
  });
};
