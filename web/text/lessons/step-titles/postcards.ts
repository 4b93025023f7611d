import { registerStepTitles } from '../keys.ts';

// The step titles of “Postcards”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('postcards', [
  'Two people, one wire',
  'Oscar joins the wire',
  'What did Oscar learn?',
]);
