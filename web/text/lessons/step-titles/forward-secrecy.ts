import { registerStepTitles } from '../keys.ts';

// The step titles of “Forward secrecy”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('forward-secrecy', [
  'Record now',
  'Decrypt later',
  'Ephemeral Diffie-Hellman',
  'Ephemeral means thrown away',
  'The next session',
  'Every new session is his',
]);
