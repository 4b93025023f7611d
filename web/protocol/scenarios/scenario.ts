import type { Run } from '../run.ts';
import type { OscarPlan, ScenarioConfig, Topology } from '../types.ts';

/** A protocol the engine can run: who takes part (its topology), and what they do. */
export interface Scenario {
  /** Its name in the registry; Oscar's strategies list the scenarios they apply to by it. */
  readonly id: string;
  readonly title: string;
  readonly topology: (config: ScenarioConfig, plan: OscarPlan) => Topology;
  readonly play: (run: Run) => Promise<void>;
}
