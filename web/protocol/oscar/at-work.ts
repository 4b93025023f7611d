import type { StrategyAtWork } from './context.ts';
import type { OscarPlan } from './plan.ts';
import { OSCAR_STRATEGIES } from './registry.ts';
import type { OscarStrategy } from './strategy.ts';

/** The strategy the plan names, given the plan's options: what a run carries out. Null when off. */
export function strategyAtWork(plan: OscarPlan): StrategyAtWork | null {
  if (plan.presence === 'off') return null;
  // The plan holds the options of the strategy it names (plan.ts derives one from the other).
  const strategy = OSCAR_STRATEGIES[plan.presence] as OscarStrategy<typeof plan>;
  const { later } = strategy;
  return {
    start: (context) => strategy.start(context, plan),
    ...(later ? { later: (context) => later.call(strategy, context, plan) } : {}),
  };
}
