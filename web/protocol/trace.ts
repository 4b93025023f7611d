import type { ScenarioConfig } from './config-types.ts';
import type { TraceEvent } from './events.ts';
import type { OscarPlan } from './oscar/plan.ts';
import type { Outcome } from './outcome.ts';
import type { Topology } from './parties.ts';
import type { ScenarioId } from './scenarios/names.ts';

/** One run, whole: what was asked for, who took part, every event in order, and the outcome. */
export interface Trace {
  /** The scenario the engine played: the conversation may have become the handshake or the relays. */
  readonly scenario: ScenarioId;
  readonly config: ScenarioConfig;
  readonly plan: OscarPlan;
  readonly topology: Topology;
  readonly events: readonly TraceEvent[];
  readonly outcome: Outcome;
}
