import type { KeyCache } from './keyring.ts';
import { OSCAR_STRATEGIES } from './oscar/registry.ts';
import { outcomeOf } from './outcome.ts';
import { messageProblem } from './presets.ts';
import { Run } from './run.ts';
import { scenarioFor } from './scenarios/registry.ts';
import type { OscarPlan, ScenarioConfig, Trace } from './types.ts';

/** run(config, plan, keys) → Trace: everything in it was computed by this call. */
export async function runScenario(
  name: string,
  config: ScenarioConfig,
  plan: OscarPlan,
  keys: KeyCache,
): Promise<Trace> {
  const problem = messageProblem(config.message);
  if (problem) throw new Error(problem);
  const scenario = scenarioFor(name, config);
  if (plan.presence !== 'off' && !OSCAR_STRATEGIES[plan.presence].scenarios.includes(scenario.id))
    throw new Error(
      `Oscar’s strategy “${OSCAR_STRATEGIES[plan.presence].label}” has no part in “${scenario.title}”: pick another.`,
    );
  const topology = scenario.topology(config, plan);
  const run = new Run(plan, config, keys, topology);
  await scenario.play(run);
  await run.finish();
  return {
    scenario: name,
    config,
    plan,
    topology,
    events: run.events,
    outcome: outcomeOf(run.events),
  };
}
