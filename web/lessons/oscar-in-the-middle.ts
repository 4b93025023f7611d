import '../text/lessons/oscar-in-the-middle.ts';
import { after, atEnd, atStart, countOf, type Lesson, pauseAfter } from './types.ts';

export const oscarInTheMiddle: Lesson = {
  id: 'oscar-in-the-middle',
  seed: '001',
  steps: [
    {
      preset: 'sealed-envelope',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      preset: 'oscar-in-the-middle',
      opensAt: atStart,
      pausesAt: pauseAfter((e) => e.type === 'key-learned' && e.actor === 'alice'),
    },
    {
      preset: 'oscar-in-the-middle',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'alice'),
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.readByOscar === 0 },
          { isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) => ({
          ...countOf('read', o.readByOscar, o.sent),
          ...countOf('delivered', o.delivered, o.sent),
        }),
      },
    },
    {
      preset: 'oscar-in-the-middle',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { keyExchange: 'ecdh' },
      question: {
        choices: [
          { isCorrect: (o) => o.readByOscar === 0 },
          { isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) => countOf('read', o.readByOscar, o.sent),
      },
    },
    {
      preset: 'oscar-in-the-middle',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { keyExchange: 'ecdh' },
      widget: 'oscar-switch',
    },
  ],
};
