import { registerMessages } from '../../catalogue.ts';
import { stepKey } from '../keys.ts';

// How the explanation files register their patterns, and the pattern fragments they share, so
// that each is written once.

/**
 * `countOf('read')` reads the parameters `read`, `readOf` and `readShare` (lessons/types.ts
 * computes them): "none of the 3", "both", "all 3", "1 of 3".
 */
export const countOf = (name: string): string =>
  `{${name}Share, select, none {none of the {${name}Of}} both {both} all {all {${name}Of}} other {{${name}} of {${name}Of}}}`;

/** "nothing" or the check's name, from the parameters `caught` and `check`. */
export const DETECTED = '{caught, select, yes {{check}} other {nothing}}';

/**
 * A lesson's explanations of its check questions, by step number (from 1). Their parameters come
 * from the lesson's `explain`, computed from the outcome.
 */
export function registerExplanations(
  lessonId: string,
  explanations: Readonly<Record<number, string>>,
): void {
  registerMessages(
    Object.fromEntries(
      Object.entries(explanations).map(([step, pattern]) => [
        stepKey(lessonId, Number(step) - 1, 'explain'),
        pattern,
      ]),
    ),
  );
}
