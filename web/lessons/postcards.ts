import '../text/lessons/postcards.ts';
import { atEnd, atStart, countOf, type Lesson } from './types.ts';

export const postcards: Lesson = {
  id: 'postcards',
  seed: '000',
  steps: [
    {
      preset: 'postcards',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'off' },
    },
    {
      preset: 'postcards',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      preset: 'postcards',
      opensAt: atEnd,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      question: {
        choices: [
          { isCorrect: (o) => o.readByOscar === 0 },
          { isCorrect: (o) => o.readByOscar === 1 },
          { isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) => countOf('read', o.readByOscar, o.sent),
      },
    },
  ],
};
