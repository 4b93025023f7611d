import { type Locale, t } from '../text/index.ts';
import '../text/lessons/titles.ts';
import type { Outcome } from '../protocol/types.ts';
import type { CheckQuestion } from './types.ts';

/**
 * Where a lesson's words live in the catalogue. Every lesson's title and step titles are in
 * text/lessons/titles.ts, loaded with every page; its summary in text/lessons/summaries.ts; the
 * rest of its prose in text/lessons/<id>.ts, which its module imports, so it loads with the lesson.
 */
const stepKey = (lessonId: string, stepIndex: number) => `lesson.${lessonId}.step.${stepIndex + 1}`;

export const lessonTitle = (lessonId: string): string => t(`lesson.${lessonId}.title`);

/** Needs text/lessons/summaries.ts loaded. */
export const lessonSummary = (lessonId: string): string => t(`lesson.${lessonId}.summary`);

export const stepTitle = (lessonId: string, stepIndex: number): string =>
  t(`${stepKey(lessonId, stepIndex)}.title`);

/** The step's narration, by paragraph. Needs the lesson loaded. */
export const stepParagraphs = (lessonId: string, stepIndex: number): string[] =>
  t(`${stepKey(lessonId, stepIndex)}.body`).split('\n\n');

export const questionPrompt = (lessonId: string, stepIndex: number): string =>
  t(`${stepKey(lessonId, stepIndex)}.prompt`);

/** A choice's label; progress stores the English one (`inLocale` 'en'), whatever the page shows. */
export const choiceLabel = (
  lessonId: string,
  stepIndex: number,
  choiceIndex: number,
  inLocale?: Locale,
): string => t(`${stepKey(lessonId, stepIndex)}.choice.${choiceIndex + 1}`, undefined, inLocale);

export const explanation = (
  lessonId: string,
  stepIndex: number,
  question: CheckQuestion,
  outcome: Outcome,
): string => t(`${stepKey(lessonId, stepIndex)}.explain`, question.explain(outcome));
