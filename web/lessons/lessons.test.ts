import '../text/messages/engine-patterns.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { KeyCache, runScenario } from '../protocol/index.ts';
import { pressesToNextStep } from './beats.ts';
import { LESSONS } from './index.ts';
import { loadLessonPart } from './lesson-parts.ts';
import { choiceLabel, explanation } from './lesson-text.ts';
import { stepRequest } from './step-request.ts';
import { pausesEarly } from './types.ts';

const keys = new KeyCache();
const user = { rsaBits: 1024 as const };

/** A presenter reaches the next step in at most this many presses of → (issue: budgets). */
const PRESS_BUDGET = 6;

describe.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('lesson %s', (_id, lesson) => {
  beforeAll(() => loadLessonPart('explanations', lesson.id));

  it.each(lesson.steps.map((step, index) => [index + 1, step] as const))(
    'step %i runs, plays a part of its trace within the press budget, and its question has exactly one right answer',
    async (n, step) => {
      const request = stepRequest(step, user);
      const trace = await runScenario(request.scenario, request.config, request.plan, keys);
      expect(trace.events.length).toBeGreaterThan(0);
      const opening = step.opensAt(trace);
      const pause = step.pausesAt(trace);
      expect(opening).toBeGreaterThanOrEqual(0);
      expect(pause).toBeGreaterThanOrEqual(opening);
      expect(pause).toBeLessThanOrEqual(trace.events.length);
      // The page says whether the step stops before its run ends before the run exists.
      expect(pause < trace.events.length, 'the step stops before its run ends').toBe(
        pausesEarly(step),
      );
      expect(
        pressesToNextStep(trace.events, { opening, pause }),
        `presses of → from the opening (event ${opening}) past the pause (event ${pause})`,
      ).toBeLessThanOrEqual(PRESS_BUDGET);
      // The outcome and the question speak of the whole run: a step that asks pauses at its end.
      if (step.question) expect(pause).toBe(trace.events.length);
      if (step.question) {
        const right = step.question.choices.flatMap((c, index) =>
          c.isCorrect(trace.outcome) ? [choiceLabel(lesson.id, n - 1, index)] : [],
        );
        expect(right).toHaveLength(1);
        // The explanation's pattern finds every parameter it reads in the real outcome's.
        expect(explanation(lesson.id, n - 1, step.question, trace.outcome)).not.toBe('');
      }
    },
  );
});

describe('what the lessons claim', () => {
  it('each lesson id is unique', () => {
    const ids = LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
