import { createContext, createElement, type ReactNode, useContext, useDeferredValue } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';
import type { EngineService } from './engine-service.ts';
import type { HandBack, LabState, RunRequest, StepNavigator } from './lab-state.ts';
import { createLessonSlice } from './lesson-slice.ts';
import { createPlaybackSlice } from './playback-slice.ts';
import { createRunSlice } from './run-slice.ts';

export type LabStore = StoreApi<LabState>;

/** One store per stage, so two embedded stages on one page never share state. */
export function createLabStore(options: {
  /**
   * Where runs are computed: a worker on the page (ui/workers/engine-client.ts), the engine on
   * this thread in tests (inPageEngine). Stores given the same service hold the same keys
   * (the handout's steps).
   */
  engine: EngineService;
  autoplay?: boolean;
  navigate?: StepNavigator;
  handBack?: HandBack;
  /** The run the page opens with: the stage shows its parties before it is computed. */
  firstRun?: RunRequest;
}): LabStore {
  return createStore<LabState>()((...a) => ({
    ...createRunSlice(options.engine)(...a),
    ...createPlaybackSlice(...a),
    ...createLessonSlice(options.navigate, options.handBack)(...a),
    ...options.firstRun,
    autoplay: options.autoplay ?? true,
  }));
}

const LabStoreContext = createContext<LabStore | null>(null);

export function LabStoreProvider({ children, store }: { children: ReactNode; store: LabStore }) {
  return createElement(LabStoreContext.Provider, { value: store }, children);
}

export function useLabStoreApi(): LabStore {
  const store = useContext(LabStoreContext);
  if (!store) throw new Error('useLab must be used inside <LabStoreProvider>.');
  return store;
}

export function useLab<T>(selector: (state: LabState) => T): T {
  return useStore(useLabStoreApi(), selector);
}

/**
 * What the stage and the panels draw from the run, a moment behind the store. React renders
 * them again in slices that yield to the browser, after the task that brought a new run or a
 * beat of playback, instead of all of them inside that task. A component reads all of the run
 * it draws (the events, how many are shown, the trace) this way, so its parts agree; the
 * controls read the store as it is, so a press answers at once.
 */
export function useLabDeferred<T>(selector: (state: LabState) => T): T {
  return useDeferredValue(useLab(selector));
}
