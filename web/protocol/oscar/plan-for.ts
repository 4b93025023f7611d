import type { OscarPlan, OscarPresence } from './plan.ts';
import { OSCAR_STRATEGIES } from './registry.ts';

/**
 * The plan for a presence chosen in the controls: the strategy's own defaults, made for
 * `message` (the one Alice will send) when the strategy's defaults depend on it.
 */
export function planFor(presence: OscarPresence, message: string): OscarPlan {
  if (presence === 'off') return { presence };
  // The registry pairs each id with its strategy, whose defaults are its plan's options.
  const strategy = OSCAR_STRATEGIES[presence];
  const defaults = strategy.defaultsFor?.(message) ?? strategy.defaults;
  return { presence, ...defaults } as OscarPlan;
}
