import '../text/lessons/locked-box.ts';
import { after, atEnd, atStart, countOf, type Lesson } from './types.ts';

export const lockedBox: Lesson = {
  id: 'locked-box',
  seed: '000',
  steps: [
    {
      preset: 'locked-box',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      preset: 'locked-box',
      opensAt: after((e) => e.type === 'message-written'),
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      question: {
        choices: [
          { isCorrect: (o) => o.readByOscar === 0 },
          { isCorrect: (o) => o.readByOscar === 1 },
          { isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) => ({
          ...countOf('read', o.readByOscar, o.sent),
          ...countOf('delivered', o.delivered, o.sent),
        }),
      },
    },
    {
      preset: 'key-in-the-clear',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      question: {
        choices: [
          {
            isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent,
          },
          {
            isCorrect: (o) => o.delivered < o.sent,
          },
          {
            isCorrect: (o) => o.readByOscar === 0 && o.delivered === o.sent,
          },
        ],
        explain: (o) => ({
          ...countOf('read', o.readByOscar, o.sent),
          ...countOf('delivered', o.delivered, o.sent),
        }),
      },
    },
  ],
};
