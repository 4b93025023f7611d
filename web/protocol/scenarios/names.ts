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

export function isScenarioId(name: string): name is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(name);
}
