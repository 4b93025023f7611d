import type { ScenarioConfig } from '../config-types.ts';
import { scenarioOfSettings } from './choose.ts';
import { conversation } from './conversation.ts';
import { handshake } from './handshake.ts';
import type { ScenarioId } from './names.ts';
import { nonceReuse } from './nonce-reuse.ts';
import { relays } from './relays.ts';
import { replayScenario } from './replay.ts';
import { restartingIvs } from './restarting-ivs.ts';
import type { Scenario } from './scenario.ts';
import { TOY_SCENARIOS } from './toy.ts';
import { twoSessions } from './two-sessions.ts';

/** Scenarios by id. Adding one: its module, its id in names.ts, and a line here. */
export const SCENARIOS: Readonly<Record<ScenarioId, Scenario>> = {
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
 * The scenario a run asks for. The conversation (the sandbox's, and most lessons') runs what the
 * settings say: seed 003's handshake, or the conversation, through two relays or not, so that a
 * learner who changes the protocol or the topology sees that change.
 */
export function scenarioFor(id: ScenarioId, config: ScenarioConfig): Scenario {
  if (id !== 'conversation') return SCENARIOS[id];
  return { handshake, relays, conversation }[scenarioOfSettings(config)];
}
