import type { ScenarioConfig } from '../config-types.ts';
import type { OscarPlan } from '../oscar/plan.ts';
import { planFor } from '../oscar/plan-for.ts';
import { OSCAR_STRATEGIES, type StrategyId } from '../oscar/registry.ts';
import type { GridRow } from '../oscar/strategy.ts';
import type { ScenarioId } from '../scenarios/names.ts';
import { arenaConfig } from './arena-config.ts';

/** One line of "Can Oscar win?": a strategy, where it runs, and with which plan. */
export interface MatrixRow {
  /** Stable, for links: "mitm", "mitm/expired", "passive/inside-relay". */
  readonly id: string;
  readonly label: string;
  readonly strategy: StrategyId;
  /** The scenario it runs (web/protocol/scenarios/registry.ts). */
  readonly scenario: ScenarioId;
  readonly plan: OscarPlan;
  /** The run's settings: the defences picked, adapted to the scenario. */
  readonly config: ScenarioConfig;
}

/**
 * Where each strategy is run, best first: the payment orders (where replays, drops and
 * reordering show), IVs counted from 1 in each session (where a long-term key repeats a key
 * stream), the two-way conversation, seed 003's handshake. The nonce-reuse lesson's scenario
 * is left out on purpose: it makes the mistake itself, whatever the defences.
 */
const SCENARIO_PREFERENCE = ['replay', 'restarting-ivs', 'conversation', 'handshake'] as const;

function scenarioFor(strategy: StrategyId): ScenarioId | undefined {
  const offered = OSCAR_STRATEGIES[strategy].scenarios;
  return SCENARIO_PREFERENCE.find((s) => offered.includes(s));
}

/**
 * Every registered strategy against `defences`: the rows it declares (Oscar in the middle
 * once per certificate forgery, a passive Oscar also inside a relay), or one with its defaults.
 */
export function matrixRows(defences: ScenarioConfig): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const strategy of Object.keys(OSCAR_STRATEGIES) as StrategyId[]) {
    const entry = OSCAR_STRATEGIES[strategy];
    const usual = scenarioFor(strategy);
    if (!usual) continue;
    const declared: readonly GridRow<object>[] = entry.gridRows?.(defences) ?? [{ options: {} }];
    for (const row of declared) {
      const scenario = row.elsewhere?.scenario ?? usual;
      const config = row.elsewhere?.config ?? arenaConfig(scenario, defences);
      rows.push({
        id: row.variant ? `${strategy}/${row.variant}` : strategy,
        label: row.label ?? entry.label,
        strategy,
        scenario,
        // The registry pairs each id with its strategy, whose options these are.
        plan: { ...planFor(strategy, config.message), ...row.options } as OscarPlan,
        config,
      });
    }
  }
  return rows;
}
