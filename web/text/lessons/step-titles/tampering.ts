import { registerStepTitles } from '../keys.ts';

// The step titles of “Tampering”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('tampering', [
  'Locked, so safe?',
  'Flip a bit',
  'Pick your own byte',
  'AES-GCM says no',
]);
