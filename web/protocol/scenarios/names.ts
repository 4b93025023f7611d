/**
 * Scenarios that replace the usual conversation: the toy exchanges of seed 001, and a key
 * sent in the clear.
 */
export const SPECIAL_SCENARIO_IDS = [
  'toy-multiplication',
  'toy-diffie-hellman',
  'toy-diffie-hellman-cost',
  'key-in-the-clear',
] as const;

export type SpecialScenarioId = (typeof SPECIAL_SCENARIO_IDS)[number];

/**
 * Every scenario's id, each written once. Ids only, so that Oscar's strategies, the presets
 * and the lesson list can name scenarios without loading them; registry.ts maps every id to
 * its module, and does not compile while one is missing.
 */
export const SCENARIO_IDS = [
  'conversation',
  'handshake',
  'relays',
  'replay',
  'nonce-reuse',
  'two-sessions',
  'restarting-ivs',
  ...SPECIAL_SCENARIO_IDS,
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

export function isSpecialScenario(name: string): name is SpecialScenarioId {
  return (SPECIAL_SCENARIO_IDS as readonly string[]).includes(name);
}

/** Presets that run a scenario of their own: the special ones, and two sessions in a row. */
export function presetRunsOwnScenario(name: string): boolean {
  return isSpecialScenario(name) || name === 'two-sessions';
}
