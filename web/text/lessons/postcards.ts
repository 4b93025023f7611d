import { registerLessonText } from './register.ts';
import './step-titles/postcards.ts';

// The prose of the lesson “Postcards”, step by step: narration, check questions and their choices.
// It loads with the lesson; its step titles are in step-titles/postcards.ts, its explanations in
// explanations/postcards.ts, its own title in titles.ts.

registerLessonText('postcards', [
  {
    body: 'Alice (left) wants to tell Bob (right) where to meet. The line between them is the Internet: every packet travels along it.\n\nPress → or Play and watch her message go. No attacker is drawn yet, but a plain message is readable by every router and provider it passes through.',
  },
  {
    body: 'Oscar sits in the middle of the wire, and every packet passes through him. Watch each packet stop at Oscar: he copies it, tries to read it, and sends it on.\n\nSelect a packet in the wire list to see exactly the bytes Oscar sees. The message is plain UTF-8: he reads it as easily as Bob does.',
  },
  {
    body: 'Neither Alice nor Bob noticed anything: Oscar only copied. Look at the narration log under Oscar’s name.',
    prompt: 'How many of the messages could Oscar read?',
    choices: ['None: he only passed them on', 'Only Alice’s', 'Every one of them'],
  },
]);
