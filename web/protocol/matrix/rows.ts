import { CERTIFICATE_FORGERIES, type ScenarioConfig } from '../config-types.ts';
import type { OscarPlan } from '../oscar/plan.ts';
import { planFor } from '../oscar/plan-for.ts';
import { OSCAR_STRATEGIES, type StrategyId } from '../oscar/registry.ts';
import { FORGERY_LABELS } from '../settings.ts';
import { arenaConfig } from './arena-config.ts';

/** One line of "Can Oscar win?": a strategy, where it runs, and with which plan. */
export interface MatrixRow {
  /** Stable, for links: "mitm", "mitm/expired", "passive/inside-relay". */
  readonly id: string;
  readonly label: string;
  readonly strategy: StrategyId;
  /** The scenario it runs (web/protocol/scenarios/registry.ts). */
  readonly scenario: string;
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

function scenarioFor(strategy: StrategyId): string | undefined {
  const offered = OSCAR_STRATEGIES[strategy].scenarios;
  return SCENARIO_PREFERENCE.find((s) => offered.includes(s));
}

/**
 * Every registered strategy against `defences`, one row each; Oscar in the middle once per
 * certificate forgery when certificates are on, and a passive Oscar also inside a relay.
 */
export function matrixRows(defences: ScenarioConfig): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const strategy of Object.keys(OSCAR_STRATEGIES) as StrategyId[]) {
    const scenario = scenarioFor(strategy);
    if (!scenario || OSCAR_STRATEGIES[strategy].gridRow === false) continue;
    const label = OSCAR_STRATEGIES[strategy].label;
    const config = arenaConfig(scenario, defences);
    if (strategy === 'mitm' && defences.certificates === 'on') {
      for (const forgery of CERTIFICATE_FORGERIES)
        rows.push({
          id: `mitm/${forgery}`,
          label: `in the middle, presenting: ${FORGERY_LABELS[forgery]}`,
          strategy,
          scenario,
          plan: { presence: 'mitm', forgery },
          config,
        });
      continue;
    }
    rows.push({
      id: strategy,
      label,
      strategy,
      scenario,
      plan: planFor(strategy, config.message),
      config,
    });
    if (strategy === 'passive')
      rows.push({
        id: 'passive/inside-relay',
        label: 'inside a relay (seed 002’s brokers)',
        strategy,
        scenario: 'relays',
        plan: { presence: 'passive' },
        config: {
          ...defences,
          signatures: 'off', // seed 002's brokers do not sign
          topology: 'two-relays',
          oscarAt: 'broker-1',
        },
      });
  }
  return rows;
}
