import { registerMessages } from '../catalogue.ts';
import { type StepPart, stepKey } from './keys.ts';

// How the lessons' text files register their patterns under the keys of keys.ts. Apart from
// keys.ts, which every page loads, because only a lesson page needs these.
//
// A step's title, body, prompt and choices are plain patterns, read before anything has run
// (lessons/lesson-text.test.ts holds them to it). Its question's explanation may count and choose
// (plurals, selects): it is rendered from the outcome of a run, so it loads when a run has one
// (explanations/, loaded by lessons/lesson-parts.ts), and the engine that computed it brought the
// full message reader with its own patterns (text/messages/engine-patterns.ts).

/** A step's words beyond its title: its narration and, when it asks, its check question. */
export interface StepText {
  /** Plain text; a blank line separates paragraphs. */
  readonly body: string;
  readonly prompt?: string;
  /** One label per choice, in the order of the lesson's choices. */
  readonly choices?: readonly string[];
}

/** A lesson's prose, step by step. */
export function registerLessonText(lessonId: string, steps: readonly StepText[]): void {
  const patterns: Record<string, string> = {};
  steps.forEach((step, index) => {
    const key = (part: StepPart) => stepKey(lessonId, index, part);
    patterns[key('body')] = step.body;
    if (step.prompt !== undefined) patterns[key('prompt')] = step.prompt;
    step.choices?.forEach((label, choice) => {
      patterns[key(`choice.${choice + 1}`)] = label;
    });
  });
  registerMessages(patterns);
}
