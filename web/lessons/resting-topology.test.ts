import { describe, expect, it } from 'vitest';
import {
  PRESET_IDS,
  PRESETS,
  presetConfig,
  restingTopology,
  scenarioFor,
} from '../protocol/index.ts';
import { LESSONS } from './index.ts';
import { stepRequest } from './step-request.ts';

// The stage draws a step's parties before its run exists (and in the HTML rendered ahead of
// time): they must be the ones the run then brings.
describe('the stage at rest shows the run’s own parties', () => {
  for (const lesson of LESSONS) {
    lesson.steps.forEach((step, index) => {
      it(`${lesson.id} step ${index + 1}`, () => {
        const { scenario, config, plan } = stepRequest(step);
        expect(restingTopology(config, plan)).toEqual(
          scenarioFor(scenario, config).topology(config, plan),
        );
      });
    });
  }
  for (const id of PRESET_IDS) {
    it(`preset ${id}`, () => {
      const config = presetConfig(id);
      const { plan } = PRESETS[id];
      expect(restingTopology(config, plan)).toEqual(
        scenarioFor(PRESETS[id].scenario, config).topology(config, plan),
      );
    });
  }
});
