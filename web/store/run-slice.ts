import type { StateCreator } from 'zustand';
import type { OpensslFile } from '../crypto/x509.ts';
import { pickCarried, type UserSettings } from '../lessons/step-request.ts';
import type { KeyCache } from '../protocol/keyring.ts';
import { DEFAULT_CONFIG } from '../protocol/presets.ts';
import type { OscarPlan, ScenarioConfig, Trace } from '../protocol/types.ts';
import type { LabState } from './store.ts';
import { TraceCache } from './trace-cache.ts';

export interface RunRequest {
  /** Names the run in its trace: a lesson or preset id. */
  readonly name: string;
  readonly config: ScenarioConfig;
  readonly plan: OscarPlan;
}

export interface RunSlice extends RunRequest {
  readonly status: 'idle' | 'computing' | 'ready' | 'error';
  readonly trace: Trace | null;
  readonly error: string | null;
  /** Runs the scenario for these settings (reusing the trace when nothing changed). */
  readonly compute: (request: RunRequest) => Promise<void>;
  /** Regenerates every long-term key and recomputes. */
  readonly newKeys: () => Promise<void>;
  readonly setConfig: (change: Partial<ScenarioConfig>) => Promise<void>;
  /** What the user chose that carries over to later steps (message, key sizes, curve). */
  readonly userSettings: UserSettings;
  readonly setPlan: (plan: OscarPlan) => Promise<void>;
  /** Runs with new settings from the controls; what the user chose carries over as with setConfig. */
  readonly setSettings: (next: { config: ScenarioConfig; plan: OscarPlan }) => Promise<void>;
  /** The run's files for OpenSSL (certificates, Bob's keys, the wrapped key). */
  readonly exportFiles: () => Promise<readonly OpensslFile[]>;
  /** Reads pasted PEM; rejects with a message that says what was wrong. Changes no state. */
  readonly describePem: (text: string) => ReturnType<EngineModule['describePastedPem']>;
}

function requestKey(request: RunRequest, keysVersion: number): string {
  return JSON.stringify([request.name, request.config, request.plan, keysVersion]);
}

type EngineModule = typeof import('../protocol/engine.ts');

interface LoadedEngine {
  readonly runScenario: EngineModule['runScenario'];
  readonly module: EngineModule;
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
    engine ??= import('../protocol/engine.ts').then((m) => ({
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
    name: 'postcards',
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
          runScenario(request.name, request.config, request.plan, keys),
        );
        traces.set(key, pending);
      }
      set({ ...request, status: 'computing', error: null });
      try {
        const trace = await pending;
        if (latest !== key) return;
        set({ trace, status: 'ready' });
        get().traceLoaded(trace);
      } catch (error) {
        if (latest !== key) return;
        set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
      }
    },

    exportFiles: async () => {
      const { trace } = get();
      if (!trace) throw new Error('Nothing has run yet.');
      const { module, keys } = await loadEngine();
      return module.exportOpensslFiles(keys, trace);
    },

    describePem: async (text) => (await loadEngine()).module.describePastedPem(text),

    newKeys: async () => {
      (await loadEngine()).keys.clear();
      keysGeneration++;
      traces.clear();
      const { name, config, plan } = get();
      await get().compute({ name, config, plan });
    },

    setConfig: async (change) => {
      const { name, config, plan, userSettings } = get();
      const carried = pickCarried(change);
      if (Object.keys(carried).length > 0) set({ userSettings: { ...userSettings, ...carried } });
      await get().compute({ name, config: { ...config, ...change }, plan });
    },

    setSettings: async (next) => {
      const { name, config, userSettings } = get();
      const change: Partial<Record<keyof ScenarioConfig, unknown>> = {};
      for (const key of Object.keys(next.config) as (keyof ScenarioConfig)[])
        if (next.config[key] !== config[key]) change[key] = next.config[key];
      const carried = pickCarried(change as Partial<ScenarioConfig>);
      if (Object.keys(carried).length > 0) set({ userSettings: { ...userSettings, ...carried } });
      await get().compute({ name, config: next.config, plan: next.plan });
    },

    setPlan: async (plan) => {
      const { name, config } = get();
      await get().compute({ name, config, plan });
    },
  });
};
