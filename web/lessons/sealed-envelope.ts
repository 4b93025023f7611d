import '../text/lessons/sealed-envelope.ts';
import { after, atEnd, atStart, countOf, type Lesson, pauseAfter } from './types.ts';

export const sealedEnvelope: Lesson = {
  id: 'sealed-envelope',
  seed: '000',
  steps: [
    {
      preset: 'sealed-envelope',
      opensAt: atStart,
      pausesAt: pauseAfter((e) => e.type === 'key-learned' && e.actor === 'alice'),
      plan: { presence: 'passive' },
    },
    {
      preset: 'sealed-envelope',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'alice'),
      widget: 'oaep-twice',
      pausesAt: pauseAfter((e) => e.type === 'key-learned' && e.actor === 'bob'),
      plan: { presence: 'passive' },
    },
    {
      preset: 'sealed-envelope',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
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
    {
      preset: 'sealed-envelope',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
  ],
};
