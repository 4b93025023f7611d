import '../text/lessons/compare-fingerprints.ts';
import { after, atEnd, atStart, countOf, detection, type Lesson, pauseAfter } from './types.ts';

export const compareFingerprints: Lesson = {
  id: 'compare-fingerprints',
  seed: '004',
  steps: [
    {
      preset: 'compare-fingerprints',
      opensAt: atStart,
      pausesAt: pauseAfter((e) => e.type === 'check' && e.actor === 'bob'),
      plan: { presence: 'passive' },
      config: { check: 'in-band' },
    },
    {
      preset: 'compare-fingerprints',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      config: { check: 'in-band' },
      question: {
        choices: [
          { isCorrect: (o) => o.detectedBy !== undefined },
          {
            isCorrect: (o) => o.detectedBy === undefined && o.readByOscar > 0,
          },
        ],
        explain: (o) => ({ ...detection(o), ...countOf('read', o.readByOscar, o.sent) }),
      },
    },
    {
      preset: 'compare-fingerprints',
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        choices: [
          { isCorrect: (o) => o.readByOscar === 0 },
          { isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) => ({
          sent: o.sent,
          ...detection(o),
          ...countOf('read', o.readByOscar, o.sent),
        }),
      },
    },
    {
      preset: 'compare-fingerprints',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { keyExchange: 'ecdh' },
    },
    {
      preset: 'compare-fingerprints',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
  ],
};
