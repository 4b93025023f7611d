import type { ScenarioConfig } from '../config-types.ts';
import { scenarioOfSettings } from './choose.ts';
import { conversation } from './conversation.ts';
import { handshake } from './handshake.ts';
import { nonceReuse } from './nonce-reuse.ts';
import { relays } from './relays.ts';
import { replayScenario } from './replay.ts';
import { restartingIvs } from './restarting-ivs.ts';
import type { Scenario } from './scenario.ts';
import { TOY_SCENARIOS } from './toy.ts';
import { twoSessions } from './two-sessions.ts';

/** Scenarios by name. Adding one: its module, and a line here. */
export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  conversation,
  handshake,
  relays,
  replay: replayScenario,
  'nonce-reuse': nonceReuse,
  'two-sessions': twoSessions,
  'restarting-ivs': restartingIvs,
  ...TOY_SCENARIOS,
};

/**
 * The scenario a run's name asks for. Other names (a lesson, the sandbox) run what the
 * settings say: seed 003's handshake, or the conversation, through two relays or not.
 */
export function scenarioFor(name: string, config: ScenarioConfig): Scenario {
  const named = Object.hasOwn(SCENARIOS, name) ? SCENARIOS[name] : undefined;
  if (named) return named;
  return { handshake, relays, conversation }[scenarioOfSettings(config)];
}
