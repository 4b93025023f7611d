import { registerStepTitles } from '../keys.ts';

// The step titles of “Replay”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('replay', [
  'Pay twice',
  'Number every message',
  'Change the number?',
  'Nothing covers the number',
  'Drop one',
  'Hold one back',
  'Another session, the same numbers',
  'Bind the number to the session',
]);
