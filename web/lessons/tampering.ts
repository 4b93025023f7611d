import '../text/lessons/tampering.ts';
import { atEnd, atStart, countOf, type Lesson } from './types.ts';

export const tampering: Lesson = {
  id: 'tampering',
  seed: '004',
  steps: [
    {
      preset: 'tampering',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      preset: 'tampering',
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.rejected > 0 },
          {
            isCorrect: (o) => o.forgedAccepted > 0,
          },
        ],
        explain: (o) => ({
          ...countOf('forged', o.forgedAccepted, o.sent),
          ...countOf('rejected', o.rejected, o.sent),
        }),
      },
    },
    {
      preset: 'tampering',
      opensAt: atStart,
      pausesAt: atEnd,
      widget: 'tamper-byte',
    },
    {
      preset: 'tampering',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { cipher: 'aes-gcm' },
      widget: 'tamper-byte',
      question: {
        choices: [
          { isCorrect: (o) => o.forgedAccepted > 0 },
          {
            isCorrect: (o) => o.rejected > 0 && o.forgedAccepted === 0,
          },
        ],
        explain: (o) => ({ ...countOf('rejected', o.rejected, o.sent), forged: o.forgedAccepted }),
      },
    },
  ],
};
