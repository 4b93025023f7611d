import type { Run } from '../run.ts';
import { keyInTheClear } from './key-in-the-clear.ts';
import { toyDiffieHellman, toyDiffieHellmanCost } from './toy-diffie-hellman.ts';
import { toyMultiplication } from './toy-multiplication.ts';

/**
 * Scenarios that replace the usual conversation: the toy exchanges of seed 001, and a key
 * sent in the clear. Chosen by a preset's `scenario`.
 */
export const SPECIAL_SCENARIOS = {
  'toy-multiplication': toyMultiplication,
  'toy-diffie-hellman': toyDiffieHellman,
  'toy-diffie-hellman-cost': toyDiffieHellmanCost,
  'key-in-the-clear': keyInTheClear,
} as const satisfies Record<string, (run: Run) => Promise<void>>;

export type SpecialScenarioId = keyof typeof SPECIAL_SCENARIOS;

export function isSpecialScenario(name: string): name is SpecialScenarioId {
  return Object.hasOwn(SPECIAL_SCENARIOS, name);
}
