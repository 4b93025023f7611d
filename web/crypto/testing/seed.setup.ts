import { beforeEach } from 'vitest';
import { reseed, testSeed } from './seeded-random.ts';

beforeEach((context) => {
  const seed = testSeed();
  reseed(seed, context.task.name);
  context.onTestFailed(() => {
    console.error(
      `"${context.task.name}" failed. Its random inputs came from seed ${seed}: rerun with HANDSHAKE_TEST_SEED=${seed}.`,
    );
  });
});
