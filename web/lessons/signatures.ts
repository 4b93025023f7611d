import '../text/lessons/signatures.ts';
import { after, atEnd, atStart, countOf, type Lesson } from './types.ts';

export const signatures: Lesson = {
  id: 'signatures',
  seed: '004',
  steps: [
    {
      preset: 'signatures',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      preset: 'signatures',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { keyExchange: 'none', signatures: 'ecdsa' },
      plan: { presence: 'tamper', byte: 4, xor: 0x08 },
      question: {
        choices: [
          {
            isCorrect: (o) => o.rejected > 0 && o.forgedAccepted === 0,
          },
          { isCorrect: (o) => o.forgedAccepted > 0 },
        ],
        explain: (o) => ({ ...countOf('rejected', o.rejected, o.sent), forged: o.forgedAccepted }),
      },
    },
    {
      preset: 'signatures',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { keyExchange: 'none', signatures: 'ecdsa' },
      plan: { presence: 'forge', text: 'pay 900 to Oscar' },
      question: {
        choices: [
          {
            isCorrect: (o) => o.rejected > 0 && o.forgedAccepted === 0,
          },
          { isCorrect: (o) => o.forgedAccepted > 0 },
        ],
        explain: (o) => ({ ...countOf('rejected', o.rejected, o.sent), forged: o.forgedAccepted }),
      },
    },
    {
      preset: 'signatures',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.readByOscar === 0 },
          {
            isCorrect: (o) => o.readByOscar === 1,
          },
          { isCorrect: (o) => o.readByOscar === 2 },
        ],
        explain: (o) => countOf('read', o.readByOscar, o.sent),
      },
    },
    {
      preset: 'signatures',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      config: { signaturePlacement: 'inside' },
    },
    {
      preset: 'signatures',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      config: { signaturePlacement: 'inside' },
      plan: { presence: 'mitm' },
      question: {
        choices: [
          { isCorrect: (o) => o.readByOscar === 0 },
          { isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) => countOf('read', o.readByOscar, o.sent),
      },
    },
  ],
};
