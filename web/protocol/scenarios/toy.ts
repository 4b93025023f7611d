import type { Run } from '../run.ts';
import { directTopology } from '../topology.ts';
import { keyInTheClear } from './key-in-the-clear.ts';
import type { SpecialScenarioId } from './names.ts';
import type { Scenario } from './scenario.ts';
import { toyDiffieHellman, toyDiffieHellmanCost } from './toy-diffie-hellman.ts';
import { toyMultiplication } from './toy-multiplication.ts';

/** A scenario on Alice and Bob's one wire whose whole story is `play`. */
function onOneWire(id: SpecialScenarioId, play: (run: Run) => Promise<void>): Scenario {
  return {
    id,
    topology: (_config, plan) => directTopology(plan),
    play,
  };
}

/** Seed 001's toy exchanges, and a key sent in the clear: each replaces the usual conversation. */
export const TOY_SCENARIOS: Readonly<Record<SpecialScenarioId, Scenario>> = {
  'toy-multiplication': onOneWire('toy-multiplication', toyMultiplication),
  'toy-diffie-hellman': onOneWire('toy-diffie-hellman', toyDiffieHellman),
  'toy-diffie-hellman-cost': onOneWire('toy-diffie-hellman-cost', toyDiffieHellmanCost),
  'key-in-the-clear': onOneWire('key-in-the-clear', keyInTheClear),
};
