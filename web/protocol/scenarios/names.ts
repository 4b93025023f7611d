/**
 * Scenarios that replace the usual conversation: the toy exchanges of seed 001, and a key
 * sent in the clear. Names only, so that the lesson list can tell them apart without
 * loading the engine.
 */
export const SPECIAL_SCENARIO_IDS = [
  'toy-multiplication',
  'toy-diffie-hellman',
  'toy-diffie-hellman-cost',
  'key-in-the-clear',
] as const;

export type SpecialScenarioId = (typeof SPECIAL_SCENARIO_IDS)[number];

export function isSpecialScenario(name: string): name is SpecialScenarioId {
  return (SPECIAL_SCENARIO_IDS as readonly string[]).includes(name);
}

/** Presets that run a scenario of their own: the special ones, and two sessions in a row. */
export function presetRunsOwnScenario(name: string): boolean {
  return isSpecialScenario(name) || name === 'two-sessions';
}
