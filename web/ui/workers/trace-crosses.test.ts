import '../../text/messages/engine-patterns.ts';
import { expect, it } from 'vitest';
import { LESSONS } from '../../lessons/index.ts';
import { stepRequest } from '../../lessons/step-request.ts';
import { KeyCache, runScenario } from '../../protocol/index.ts';

/**
 * The page's runs come from a worker, by structured clone: a trace must be plain data (no class,
 * function or key object in it) that arrives exactly as it left. Every step of every lesson.
 */
it('every lesson step’s trace crosses from the worker unchanged', async () => {
  const keys = new KeyCache();
  let steps = 0;
  for (const lesson of LESSONS) {
    for (const step of lesson.steps) {
      const { scenario, config, plan } = stepRequest(step);
      const trace = await runScenario(scenario, config, plan, keys);
      expect(structuredClone(trace), `${lesson.id} step ${steps}`).toStrictEqual(trace);
      steps++;
    }
  }
  expect(steps).toBeGreaterThanOrEqual(68);
});
