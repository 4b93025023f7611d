import { registerStepTitles } from '../keys.ts';

// The step titles of “Compare fingerprints”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('compare-fingerprints', [
  'A hash of both keys',
  'Oscar rewrites the checksum',
  'Pick up the phone',
  'The same with ECDH',
  'What seed 004 admits',
]);
