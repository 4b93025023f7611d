import { registerStepTitles } from '../keys.ts';

// The step titles of “Nonce reuse”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('nonce-reuse', [
  'One counter, two messages',
  'Only as far as he knows',
  'AES-GCM does not save it',
]);
