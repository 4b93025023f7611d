import type { ScenarioConfig } from '../config-types.ts';
import type { OscarPlan } from '../oscar/plan.ts';
import type { Topology } from '../parties.ts';
import type { Run } from '../run.ts';
import type { ScenarioId } from './names.ts';

/** A protocol the engine can run: who takes part (its topology), and what they do. */
export interface Scenario {
  /**
   * Its id in the registry; Oscar's strategies list the scenarios they apply to by it. Its
   * title is the catalogue's `scenario.<id>` (web/text/messages/settings.ts).
   */
  readonly id: ScenarioId;
  readonly topology: (config: ScenarioConfig, plan: OscarPlan) => Topology;
  /** Plays the run; `plan` is Oscar's, for a scenario whose parties meet him outside a link. */
  readonly play: (run: Run, plan: OscarPlan) => Promise<void>;
}
