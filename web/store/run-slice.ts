import type { StateCreator } from 'zustand';
import { pickCarried } from '../lessons/step-request.ts';
import {
  DEFAULT_CONFIG,
  engineFailureText,
  nextTask,
  type ScenarioConfig,
} from '../protocol/index.ts';
import { type EngineService, failureOf } from './engine-service.ts';
import type { LabState, RunSlice } from './lab-state.ts';

/** Stores given the same engine share its keys (and, if it remembers runs, its runs). */
export const createRunSlice = (engine: EngineService): StateCreator<LabState, [], [], RunSlice> => {
  /** Counts the runs asked for: only the latest one's result is shown. */
  let asked = 0;

  return (set, get) => ({
    scenario: 'conversation',
    config: DEFAULT_CONFIG,
    plan: { presence: 'passive' },
    status: 'idle',
    userSettings: {},
    trace: null,
    error: null,

    compute: async (request) => {
      const mine = ++asked;
      const pending = engine.run(request);
      const now = get();
      set({
        scenario: request.scenario,
        // Settings asked for again keep their object, so nothing that reads them renders again:
        // a page rendered ahead of time already holds its step's settings when the step opens.
        config: sameFields(now.config, request.config) ? now.config : request.config,
        plan: sameFields(now.plan, request.plan) ? now.plan : request.plan,
        status: 'computing',
        error: null,
      });
      try {
        const trace = await pending;
        // The engine's last steps and the stage's render of their trace are two tasks, so the
        // page can paint and answer a key press between them.
        await nextTask();
        if (asked !== mine) return;
        set({ trace, status: 'ready' });
        get().traceLoaded(trace);
      } catch (error) {
        if (asked !== mine) return;
        // A refusal is a catalogue message, rendered here in the page's language.
        set({ status: 'error', error: engineFailureText(failureOf(error)) });
      }
    },

    exportFiles: async () => {
      const { trace } = get();
      if (!trace) throw new Error('Nothing has run yet.');
      return engine.exportFiles(trace);
    },

    describePem: (text) => engine.describePem(text),
    wrapKeyTwice: (spki) => engine.wrapKeyTwice(spki),

    newKeys: async () => {
      await engine.clearKeys();
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

/** Whether two records hold the same fields with the same values (compared one level deep). */
function sameFields(a: object, b: object): boolean {
  const fields = Object.keys(a);
  return (
    fields.length === Object.keys(b).length &&
    fields.every((field) => Object.is(a[field as keyof typeof a], b[field as keyof typeof b]))
  );
}
