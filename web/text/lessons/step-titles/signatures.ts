import { registerStepTitles } from '../keys.ts';

// The step titles of “Signatures”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('signatures', [
  'Seed 004’s packet',
  'A changed message fails',
  'A forged message fails',
  'The flaw: a signature in the clear',
  'The fix: sign inside',
  'What signatures cannot do',
]);
