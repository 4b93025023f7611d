import type { ScenarioConfig } from '../config-types.ts';

/**
 * The scenario the settings describe, for runs not named after a scenario of their own
 * (a lesson, the sandbox): seed 003's handshake, or the conversation, through relays or not.
 */
export function scenarioOfSettings(
  config: ScenarioConfig,
): 'handshake' | 'relays' | 'conversation' {
  if (config.protocol === 'handshake') return 'handshake';
  return config.topology === 'two-relays' ? 'relays' : 'conversation';
}
