import { atEnd, atStart, countOf, type Lesson } from './types.ts';

export const postcards: Lesson = {
  id: 'postcards',
  title: 'Postcards',
  summary: 'A message sent as it is can be read by anyone on the wire.',
  seed: '000',
  steps: [
    {
      title: 'Two people, one wire',
      body: 'Alice (left) wants to tell Bob (right) where to meet. The line between them is the Internet: every packet travels along it.\n\nPress → or Play and watch her message go. No attacker is drawn yet, but a plain message is readable by every router and provider it passes through.',
      preset: 'postcards',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'off' },
    },
    {
      title: 'Oscar joins the wire',
      body: 'Oscar sits in the middle of the wire, and every packet passes through him. Watch each packet stop at Oscar: he copies it, tries to read it, and sends it on.\n\nSelect a packet in the wire list to see exactly the bytes Oscar sees. The message is plain UTF-8: he reads it as easily as Bob does.',
      preset: 'postcards',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      title: 'What did Oscar learn?',
      body: 'Neither Alice nor Bob noticed anything: Oscar only copied. Look at the narration log under Oscar’s name.',
      preset: 'postcards',
      opensAt: atEnd,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      question: {
        prompt: 'How many of the messages could Oscar read?',
        choices: [
          { label: 'None: he only passed them on', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'Only Alice’s', isCorrect: (o) => o.readByOscar === 1 },
          { label: 'Every one of them', isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages, and nobody could tell: a postcard shows its text to every hand it passes through.`,
      },
    },
  ],
};
