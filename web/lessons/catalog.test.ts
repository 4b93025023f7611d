import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog.ts';
import { LESSONS } from './index.ts';

describe('the lesson catalog', () => {
  it('lists the same lessons as index.ts, in the same order', () => {
    expect(CATALOG.map((entry) => entry.id)).toEqual(LESSONS.map((lesson) => lesson.id));
  });

  it.each(CATALOG.map((entry) => [entry.id, entry] as const))(
    '%s matches the lesson its entry loads',
    async (_id, entry) => {
      const lesson = await entry.load();
      expect({ id: entry.id, seed: entry.seed, steps: entry.steps }).toEqual({
        id: lesson.id,
        seed: lesson.seed,
        steps: lesson.steps.length,
      });
    },
  );
});
