import type { Run } from '../run.ts';
import { keyInTheClear } from './key-in-the-clear.ts';
import type { SpecialScenarioId } from './names.ts';
import { toyDiffieHellman, toyDiffieHellmanCost } from './toy-diffie-hellman.ts';
import { toyMultiplication } from './toy-multiplication.ts';

export { isSpecialScenario, type SpecialScenarioId } from './names.ts';

/** Each special scenario's run, by name (see names.ts). */
export const SPECIAL_SCENARIOS: Record<SpecialScenarioId, (run: Run) => Promise<void>> = {
  'toy-multiplication': toyMultiplication,
  'toy-diffie-hellman': toyDiffieHellman,
  'toy-diffie-hellman-cost': toyDiffieHellmanCost,
  'key-in-the-clear': keyInTheClear,
};
