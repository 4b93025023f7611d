import { LESSONS as LESSON_MODULES } from '../web/lessons/index.ts';
import {
  lessonSummary,
  lessonTitle,
  questionPrompt,
  stepParagraphs,
  stepTitle,
} from '../web/lessons/lesson-text.ts';
import type { CheckQuestion, Lesson, LessonStep } from '../web/lessons/types.ts';
import '../web/text/lessons/summaries.ts';

/** A step with its English words from the catalogue, as the specs compare them with the page. */
export interface WordedStep extends LessonStep {
  readonly title: string;
  readonly body: string;
  readonly question?: CheckQuestion & { readonly prompt: string };
}

export interface WordedLesson extends Lesson {
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly WordedStep[];
}

/** Every lesson, in teaching order, with the English the page shows (the default language). */
export const LESSONS: readonly WordedLesson[] = LESSON_MODULES.map((lesson) => ({
  ...lesson,
  title: lessonTitle(lesson.id),
  summary: lessonSummary(lesson.id),
  steps: lesson.steps.map((step, index): WordedStep => {
    const { question, ...rest } = step;
    return {
      ...rest,
      title: stepTitle(lesson.id, index),
      body: stepParagraphs(lesson.id, index).join('\n\n'),
      ...(question ? { question: { ...question, prompt: questionPrompt(lesson.id, index) } } : {}),
    };
  }),
}));
