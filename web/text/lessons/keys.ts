import { registerMessages } from '../catalogue.ts';

/**
 * The one key scheme of the lessons' words: `lesson.<id>.title`, `lesson.<id>.summary`, and
 * per step (numbered from 1) `lesson.<id>.step.<n>.title`, `.body`, `.prompt`, `.choice.<k>`
 * and `.explain`. The lesson text files hand their patterns to registerLessonWords below and
 * to the functions of register.ts, which write the keys: no file spells a key by hand.
 */
export type StepPart = 'title' | 'body' | 'prompt' | 'explain' | `choice.${number}`;

export const lessonKey = (lessonId: string, part: 'title' | 'summary'): string =>
  `lesson.${lessonId}.${part}`;

/** The key of a part of a step; `stepIndex` counts from 0, the key's number from 1. */
export const stepKey = (lessonId: string, stepIndex: number, part: StepPart): string =>
  `lesson.${lessonId}.step.${stepIndex + 1}.${part}`;

/** Every lesson's title, or every lesson's summary, by lesson id. */
export function registerLessonWords(
  part: 'title' | 'summary',
  byLesson: Readonly<Record<string, string>>,
): void {
  registerMessages(
    Object.fromEntries(
      Object.entries(byLesson).map(([lessonId, words]) => [lessonKey(lessonId, part), words]),
    ),
  );
}

/** A lesson's step titles, in order. */
export function registerStepTitles(lessonId: string, stepTitles: readonly string[]): void {
  registerMessages(
    Object.fromEntries(
      stepTitles.map((title, index) => [stepKey(lessonId, index, 'title'), title]),
    ),
  );
}
