import type { TestProject } from 'vitest/node';

/** Chooses the run's seed for random test inputs: HANDSHAKE_TEST_SEED, or a fresh one. */
export default function setup(project: TestProject): void {
  const fromEnv = process.env.HANDSHAKE_TEST_SEED;
  const [fresh = 0] = crypto.getRandomValues(new Uint32Array(1));
  const seed = fromEnv ? Number(fromEnv) : fresh >>> 1;
  if (!Number.isInteger(seed)) throw new Error(`HANDSHAKE_TEST_SEED must be a whole number.`);
  project.provide('testSeed', seed);
}
