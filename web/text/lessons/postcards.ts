import { registerMessages } from '../catalogue.ts';
import { countOf } from './count-of.ts';

// The prose of the lesson “Postcards”, step by step: narration, check questions, choices and
// explanations. It loads with the lesson. The title and step titles are in titles.ts.
registerMessages({
  'lesson.postcards.step.1.body':
    'Alice (left) wants to tell Bob (right) where to meet. The line between them is the Internet: every packet travels along it.\n\nPress → or Play and watch her message go. No attacker is drawn yet, but a plain message is readable by every router and provider it passes through.',
  'lesson.postcards.step.2.body':
    'Oscar sits in the middle of the wire, and every packet passes through him. Watch each packet stop at Oscar: he copies it, tries to read it, and sends it on.\n\nSelect a packet in the wire list to see exactly the bytes Oscar sees. The message is plain UTF-8: he reads it as easily as Bob does.',
  'lesson.postcards.step.3.body':
    'Neither Alice nor Bob noticed anything: Oscar only copied. Look at the narration log under Oscar’s name.',
  'lesson.postcards.step.3.prompt': 'How many of the messages could Oscar read?',
  'lesson.postcards.step.3.choice.1': 'None: he only passed them on',
  'lesson.postcards.step.3.choice.2': 'Only Alice’s',
  'lesson.postcards.step.3.choice.3': 'Every one of them',
  'lesson.postcards.step.3.explain': `Oscar read ${countOf('read')} messages, and nobody could tell: a postcard shows its text to every hand it passes through.`,
});
