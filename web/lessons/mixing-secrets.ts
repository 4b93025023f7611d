import '../text/lessons/mixing-secrets.ts';
import type { Outcome } from '../protocol/index.ts';
import { atEnd, atStart, countOf, type Lesson } from './types.ts';

export const mixingSecrets: Lesson = {
  id: 'mixing-secrets',
  seed: '001',
  steps: [
    {
      preset: 'toy-multiplication',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'multiplication-scheme',
    },
    {
      preset: 'toy-multiplication',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'multiplication-scheme',
      question: {
        choices: [
          {
            isCorrect: (o) => o.recoveries?.[0]?.method === 'division' && o.readByOscar > 0,
          },
          {
            isCorrect: (o) => o.recoveries?.[0]?.method === 'discrete-log search',
          },
          {
            isCorrect: (o) => o.recoveries === undefined && o.readByOscar === 0,
          },
        ],
        explain: (o) => ({
          secret: o.recoveries?.[0]?.secret ?? '?',
          ...countOf('read', o.readByOscar, o.sent),
        }),
      },
    },
    {
      preset: 'toy-diffie-hellman',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'toy-diffie-hellman',
    },
    {
      preset: 'toy-diffie-hellman-cost',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'brute-force-cost',
      question: {
        choices: [
          {
            isCorrect: (o) => inRange(growthPerBit(o), 1.5, 3),
          },
          { isCorrect: (o) => inRange(growthPerBit(o), 0, 1.5) },
          {
            isCorrect: (o) => inRange(growthPerBit(o), 3, Number.POSITIVE_INFINITY),
          },
        ],
        explain: (o) => ({ growth: growthPerBit(o)?.toFixed(2) ?? '?' }),
      },
    },
    {
      preset: 'mixing-secrets',
      opensAt: atStart,
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
  ],
};

/** How much Oscar's average search grew per bit of p, between the smallest and largest size measured. */
function growthPerBit(o: Outcome): number | null {
  const costs = o.searchCosts ?? [];
  const first = costs[0];
  const last = costs[costs.length - 1];
  if (!first || !last || last.bits === first.bits) return null;
  const ratio = last.tries / last.searches / (first.tries / first.searches);
  return ratio ** (1 / (last.bits - first.bits));
}

function inRange(value: number | null, low: number, high: number): boolean {
  return value !== null && value >= low && value < high;
}
