import { registerStepTitles } from '../keys.ts';

// The step titles of “Oscar in the middle”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('oscar-in-the-middle', [
  'Sealed, but for whom?',
  'Oscar swaps the key',
  'Two session keys',
  'Diffie-Hellman does not save them',
  'Flip the switch',
]);
