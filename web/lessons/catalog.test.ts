import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog.ts';
import { LESSONS } from './index.ts';
import { LESSON_SUMMARIES } from './summaries.ts';

describe('the lesson catalog', () => {
  it('lists the same lessons as index.ts, in the same order', () => {
    expect(CATALOG.map((entry) => entry.id)).toEqual(LESSONS.map((lesson) => lesson.id));
    expect(Object.keys(LESSON_SUMMARIES)).toEqual(LESSONS.map((lesson) => lesson.id));
  });

  it.each(CATALOG.map((entry) => [entry.id, entry] as const))(
    '%s matches the lesson its entry loads',
    async (_id, entry) => {
      const lesson = await entry.load();
      expect({
        id: entry.id,
        title: entry.title,
        summary: LESSON_SUMMARIES[entry.id],
        seed: entry.seed,
        stepTitles: entry.stepTitles,
      }).toEqual({
        id: lesson.id,
        title: lesson.title,
        summary: lesson.summary,
        seed: lesson.seed,
        stepTitles: lesson.steps.map((step) => step.title),
      });
    },
  );
});
