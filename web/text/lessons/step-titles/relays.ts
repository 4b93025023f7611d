import { registerStepTitles } from '../keys.ts';

// The step titles of “Relays”, in order. They load with the lesson, which imports them, and
// on their own when a step is opened before its lesson has arrived (lessons/lesson-parts.ts).
registerStepTitles('relays', [
  'Two brokers share a key',
  'Each broker hands it to its session',
  'One key on every link',
  'Bob’s reply',
  'A stolen group key works on any link',
  'A key per link',
  'One link’s key opens one link',
  'Oscar inside a broker',
  'A relay that alters',
  'End to end',
  'End to end catches the change',
  'What a relay still sees',
]);
