import type { Outcome } from '../protocol/index.ts';
import { hasMessage, t } from '../text/catalogue.ts';
import { lessonKey, stepKey } from '../text/lessons/keys.ts';
import '../text/lessons/titles.ts';
import type { Locale } from '../text/locale.ts';
import type { CheckQuestion } from './types.ts';

/**
 * A lesson's words, rendered. Every lesson's title is in text/lessons/titles.ts, loaded with every
 * page; its summary in text/lessons/summaries.ts; the rest of its prose in text/lessons/<id>.ts
 * (which imports its step titles), imported by its module, so it loads with the lesson.
 */
export const lessonTitle = (lessonId: string): string => t(lessonKey(lessonId, 'title'));

/** Needs text/lessons/summaries.ts loaded. */
export const lessonSummary = (lessonId: string): string => t(lessonKey(lessonId, 'summary'));

/** Whether the lesson's step titles are here: with the lesson, or alone (lesson-parts.ts). */
export const stepTitlesLoaded = (lessonId: string): boolean =>
  hasMessage(stepKey(lessonId, 0, 'title'));

/** Needs the lesson's step titles loaded (stepTitlesLoaded). */
export const stepTitle = (lessonId: string, stepIndex: number): string =>
  t(stepKey(lessonId, stepIndex, 'title'));

/** The step's narration, by paragraph. Needs the lesson loaded. */
export const stepParagraphs = (lessonId: string, stepIndex: number): string[] =>
  t(stepKey(lessonId, stepIndex, 'body')).split('\n\n');

export const questionPrompt = (lessonId: string, stepIndex: number): string =>
  t(stepKey(lessonId, stepIndex, 'prompt'));

/** A choice's label; progress stores the English one (`inLocale` 'en'), whatever the page shows. */
export const choiceLabel = (
  lessonId: string,
  stepIndex: number,
  choiceIndex: number,
  inLocale?: Locale,
): string => t(stepKey(lessonId, stepIndex, `choice.${choiceIndex + 1}`), undefined, inLocale);

/** Explanations load apart from their lesson (lesson-parts.ts): once one is here, all of its are. */
export const explanationLoaded = (lessonId: string, stepIndex: number): boolean =>
  hasMessage(stepKey(lessonId, stepIndex, 'explain'));

/** Needs the lesson's explanations loaded (explanationLoaded). */
export const explanation = (
  lessonId: string,
  stepIndex: number,
  question: CheckQuestion,
  outcome: Outcome,
): string => t(stepKey(lessonId, stepIndex, 'explain'), question.explain(outcome));
