import type { ScenarioConfig } from '../types.ts';
import { conversation } from './conversation.ts';
import { handshake } from './handshake.ts';
import { nonceReuse } from './nonce-reuse.ts';
import { relays } from './relays.ts';
import { replayScenario } from './replay.ts';
import type { Scenario } from './scenario.ts';
import { TOY_SCENARIOS } from './toy.ts';

/** Scenarios by name. Adding one: its module, and a line here. */
export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  conversation,
  handshake,
  relays,
  replay: replayScenario,
  'nonce-reuse': nonceReuse,
  ...TOY_SCENARIOS,
};

/**
 * The scenario a run's name asks for. Lessons and presets that are not scenarios of their
 * own run the conversation (through two relays when the topology says so).
 */
export function scenarioFor(name: string, config: ScenarioConfig): Scenario {
  const named = Object.hasOwn(SCENARIOS, name) ? SCENARIOS[name] : undefined;
  if (named) return named;
  const relays = config.topology === 'two-relays' ? SCENARIOS.relays : undefined;
  return relays ?? conversation;
}
