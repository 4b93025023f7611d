import { registerStepTitles } from '../keys.ts';

// The step titles of “Sealed envelope”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('sealed-envelope', [
  'Bob sends an open padlock',
  'Alice seals the session key',
  'Talking privately',
  'Try it yourself',
]);
