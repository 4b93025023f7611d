import { registerStepTitles } from '../keys.ts';

// The step titles of “Mixing secrets”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('mixing-secrets', [
  'Multiply and hope',
  'One division',
  'Powers, not products',
  'How long would Oscar take?',
  'The real thing: ECDH',
]);
