import { registerStepTitles } from '../keys.ts';

// The step titles of “Certificate authority”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('certificate-authority', [
  'Someone vouches for Bob',
  'Oscar swaps the key again',
  'Every forgery Oscar can make',
  'A compromised CA',
  'Check it yourself',
  'Bring your own certificate',
]);
