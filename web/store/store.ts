import {
  createContext,
  createElement,
  type ReactNode,
  startTransition,
  use,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';
import type { OscarPlan, ScenarioConfig, Topology, Trace, TraceEvent } from '../protocol/index.ts';
import type { EngineService } from './engine-service.ts';
import type { HandBack, LabState, RunRequest, StepNavigator } from './lab-state.ts';
import { createLessonSlice } from './lesson-slice.ts';
import { createPlaybackSlice } from './playback-slice.ts';
import { createRunSlice } from './run-slice.ts';
import { eventsOf, selectConfig, selectPlan, selectShown, selectTrace } from './selectors.ts';

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
  return createElement(
    LabStoreContext.Provider,
    { value: store },
    createElement(DrawnRunProvider, null, children),
  );
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
 * The run as the stage and the panels draw it: its events, how many are shown, its topology,
 * and the settings it was asked with (what the stage shows at rest, before the run exists).
 */
export interface DrawnRun {
  readonly trace: Trace | null;
  readonly events: readonly TraceEvent[];
  readonly shown: number;
  readonly topology: Topology | null;
  readonly config: ScenarioConfig;
  readonly plan: OscarPlan;
}

const StageRunContext = createContext<DrawnRun | null>(null);
const PanelRunContext = createContext<DrawnRun | null>(null);
/** Which of the two a component below reads: the stage's, unless inside <PanelsArea>. */
const RunAreaContext = createContext<'stage' | 'panels'>('stage');

/**
 * The run, a moment behind the store, for everything that draws it. A new run or a beat of
 * playback first renders only what reads the store directly (the controls, so a press answers
 * at once). React then renders the stage again, in slices that yield to the browser, and
 * commits it; one task later the panels (PanelsArea: the diagram, the knowledge, the
 * narration, the inspector) follow in a render and a commit of their own. Two short tasks,
 * not one long one. Everything on the stage reads one run, and everything in the panels one
 * run, so neither ever mixes two.
 *
 * This is one component high in the tree on purpose: a store change re-renders it (reading
 * the store is always synchronous in React), and it hands its children on unchanged, so the
 * synchronous render stops here; only the deferred ones reach the readers below.
 */
function DrawnRunProvider({ children }: { children: ReactNode }) {
  const trace = useDeferredValue(useLab(selectTrace));
  const shown = useDeferredValue(useLab(selectShown));
  const config = useDeferredValue(useLab(selectConfig));
  const plan = useDeferredValue(useLab(selectPlan));
  // The events and the topology are the trace's own: read from the same deferred trace.
  const run = useMemo(
    () => ({
      trace,
      events: eventsOf(trace),
      shown,
      topology: trace?.topology ?? null,
      config,
      plan,
    }),
    [trace, shown, config, plan],
  );
  const [panelRun, setPanelRun] = useState(run);
  useEffect(() => {
    if (panelRun === run) return;
    const timer = setTimeout(() => startTransition(() => setPanelRun(run)));
    return () => clearTimeout(timer);
  }, [run, panelRun]);
  return createElement(
    StageRunContext.Provider,
    { value: run },
    createElement(PanelRunContext.Provider, { value: panelRun }, children),
  );
}

/** Marks the panels below or beside the stage: they draw the run a task after the stage. */
export function PanelsArea({ children }: { children: ReactNode }) {
  return createElement(RunAreaContext.Provider, { value: 'panels' }, children);
}

/** The run as drawn (DrawnRunProvider): what the stage and the panels read. */
export function useDrawnRun(): DrawnRun {
  const area = useContext(RunAreaContext);
  // `use` may read a context chosen at render: a component subscribes to one of the two only.
  const run = use(area === 'panels' ? PanelRunContext : StageRunContext);
  if (!run) throw new Error('useDrawnRun must be used inside <LabStoreProvider>.');
  return run;
}
