import type { OSCAR_STRATEGIES, StrategyId } from './registry.ts';
import type { OscarStrategy } from './strategy.ts';

type OptionsOf<Strategy> = Strategy extends OscarStrategy<infer Options> ? Options : never;

/** A plan for one strategy: its id as `presence`, and the options its module declares. */
export type StrategyPlan<Id extends StrategyId = StrategyId> = {
  [I in Id]: { readonly presence: I } & OptionsOf<(typeof OSCAR_STRATEGIES)[I]>;
}[Id];

/**
 * Oscar's plan. `off`: the wire is private. Otherwise one of his strategies (./registry.ts)
 * and its options, declared by the strategy's module: adding a strategy adds its plan here.
 */
export type OscarPlan = { readonly presence: 'off' } | StrategyPlan;

/** Oscar's choices for the two-party conversation (the sandbox's list and the oracle's). */
export const OSCAR_PRESENCES: readonly OscarPresence[] = [
  'off',
  'passive',
  'mitm',
  'tamper',
  'forge',
];
/** 'off', or an Oscar strategy's id (./registry.ts). */
export type OscarPresence = OscarPlan['presence'];
