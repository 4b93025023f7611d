import { type SettingText, settingSays } from '../text/messages/settings.ts';
import type { ScenarioConfig } from './config-types.ts';
import type { KeyCache } from './keyring.ts';
import { strategyAtWork } from './oscar/at-work.ts';
import type { OscarPlan, OscarPresence } from './oscar/plan.ts';
import { OSCAR_STRATEGIES, type StrategyId } from './oscar/registry.ts';
import { outcomeOf } from './outcome.ts';
import { messageProblem } from './presets.ts';
import { type Pace, Run } from './run.ts';
import { RunRefused } from './run-refused.ts';
import type { ScenarioId } from './scenarios/names.ts';
import { scenarioFor } from './scenarios/registry.ts';
import type { Trace } from './trace.ts';

/** Oscar's choices that have a part in a run of this scenario and config: off, and its strategies. */
export function strategiesFor(scenarioId: ScenarioId, config: ScenarioConfig): OscarPresence[] {
  const { id } = scenarioFor(scenarioId, config);
  const strategies = (Object.keys(OSCAR_STRATEGIES) as StrategyId[]).filter((s) =>
    OSCAR_STRATEGIES[s].scenarios.includes(id),
  );
  return ['off', ...strategies];
}

/** Why Oscar's plan has no part in this run, naming the choices that do; null when it has. */
export function strategyProblem(
  scenarioId: ScenarioId,
  config: ScenarioConfig,
  plan: OscarPlan,
): SettingText | null {
  if (plan.presence === 'off') return null;
  const scenario = scenarioFor(scenarioId, config);
  if (OSCAR_STRATEGIES[plan.presence].scenarios.includes(scenario.id)) return null;
  return settingSays('setting.strategy-misfit', {
    strategy: OSCAR_STRATEGIES[plan.presence].label,
    scenario: { key: `scenario.${scenario.id}` satisfies SettingText['key'] },
    choices: strategiesFor(scenarioId, config).join(', '),
  });
}

/** What a run is asked for: the scenario, its settings and Oscar's plan. */
export interface RunRequest {
  /** The conversation becomes seed 003's handshake or the relays by its settings. */
  readonly scenario: ScenarioId;
  readonly config: ScenarioConfig;
  readonly plan: OscarPlan;
}

/** run(config, plan, keys) → Trace: everything in it was computed by this call. */
export async function runScenario(
  scenarioId: ScenarioId,
  config: ScenarioConfig,
  plan: OscarPlan,
  keys: KeyCache,
  pace: Pace | null = null,
): Promise<Trace> {
  const problem = messageProblem(config.message) ?? strategyProblem(scenarioId, config, plan);
  if (problem) throw new RunRefused(problem);
  const scenario = scenarioFor(scenarioId, config);
  const topology = scenario.topology(config, plan);
  const run = new Run(plan.presence, strategyAtWork(plan), config, keys, topology, pace);
  run.joinNetwork();
  await scenario.play(run, plan);
  await run.finish();
  return {
    scenario: scenario.id,
    config,
    plan,
    topology,
    events: run.events,
    outcome: outcomeOf(run.events),
  };
}
