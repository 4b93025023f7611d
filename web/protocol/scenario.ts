import { conversation } from './conversation.ts';
import type { KeyCache } from './keyring.ts';
import { outcomeOf } from './outcome.ts';
import { messageProblem } from './presets.ts';
import { Run } from './run.ts';
import { isSpecialScenario, SPECIAL_SCENARIOS } from './scenarios/index.ts';
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
  const run = new Run(plan, config, keys);
  run.joined('alice', ...(plan.presence === 'off' ? [] : (['oscar'] as const)), 'bob');
  await (isSpecialScenario(name) ? SPECIAL_SCENARIOS[name](run) : conversation(run));
  return { scenario: name, config, plan, events: run.events, outcome: outcomeOf(run.events) };
}
