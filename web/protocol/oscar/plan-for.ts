import type { OscarPlan, OscarPresence } from './plan.ts';
import { OSCAR_STRATEGIES } from './registry.ts';

/** The plan for a presence chosen in the controls: the strategy's own defaults. */
export function planFor(presence: OscarPresence): OscarPlan {
  if (presence === 'off') return { presence };
  // The registry pairs each id with its strategy, whose defaults are its plan's options.
  return { presence, ...OSCAR_STRATEGIES[presence].defaults } as OscarPlan;
}
