import { beforeAll, describe, expect, it } from 'vitest';
import { isPlainPattern, registeredMessages } from '../text/index.ts';
import '../text/lessons/summaries.ts';
import { LESSONS } from './index.ts';
import { loadLessonPart } from './lesson-parts.ts';
import { stepParagraphs, stepTitle } from './lesson-text.ts';

/** The keys a lesson's shape asks for, written out here from the key scheme, not read from code. */
function keysOf(lesson: (typeof LESSONS)[number]): string[] {
  const keys = [`lesson.${lesson.id}.title`, `lesson.${lesson.id}.summary`];
  lesson.steps.forEach((step, index) => {
    const at = `lesson.${lesson.id}.step.${index + 1}`;
    keys.push(`${at}.title`, `${at}.body`);
    if (!step.question) return;
    keys.push(`${at}.prompt`, `${at}.explain`);
    step.question.choices.forEach((_, choice) => {
      keys.push(`${at}.choice.${choice + 1}`);
    });
  });
  return keys.sort();
}

describe('the lessons’ words in the catalogue', () => {
  beforeAll(() => Promise.all(LESSONS.map((lesson) => loadLessonPart('explanations', lesson.id))));

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s has exactly the keys its steps and questions need, none missing, none left over',
    (id, lesson) => {
      const registered = [...registeredMessages().keys()]
        .filter((key) => key.startsWith(`lesson.${id}.`))
        .sort();
      expect(registered).toEqual(keysOf(lesson));
      for (const key of registered) expect(registeredMessages().get(key)?.trim()).not.toBe('');
    },
  );

  it('asks nothing of the full message reader before a run: only explanations count or choose', () => {
    // A step page shows its title, body, question and choices before the engine (and the reader
    // it brings) has loaded; an explanation is rendered from the outcome the engine computed.
    const needReader = [...registeredMessages()]
      .filter(([key]) => key.startsWith('lesson.') && !key.endsWith('.explain'))
      .filter(([, pattern]) => !isPlainPattern(pattern))
      .map(([key]) => key);
    expect(needReader).toEqual([]);
    expect(isPlainPattern('{caught, select, yes {{check}} other {nothing}}')).toBe(false);
  });

  it('renders a step from its keys', () => {
    expect(stepTitle('postcards', 0)).toBe('Two people, one wire');
    expect(stepParagraphs('postcards', 0)).toHaveLength(2);
  });

  it('writes each lesson and step title once: nowhere in the lesson modules', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const lesson of LESSONS) {
      const source = await readFile(new URL(`./${lesson.id}.ts`, import.meta.url), 'utf8');
      const title = registeredMessages().get(`lesson.${lesson.id}.step.1.title`) ?? '';
      expect(source).not.toContain(title);
    }
  });
});
