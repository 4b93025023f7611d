import { registerStepTitles } from '../keys.ts';

// The step titles of “A whole handshake”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('handshake', [
  'HELLO, HELLO+ACK, ACK',
  'A key, the messages, CLOSE',
  'Oscar answers HELLO',
  'Sign the handshake',
  'When the keys come in HELLO',
  'A message goes missing',
  'Oscar says goodbye for Alice',
  'No CLOSE at all',
  'A signed CLOSE with a count',
  'A count is not a transcript',
  'Key confirmation: Finished',
  'Records and close_notify',
]);
