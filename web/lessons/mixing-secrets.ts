import type { Outcome } from '../protocol/index.ts';
import { atEnd, atStart, countOf, type Lesson } from './types.ts';

export const mixingSecrets: Lesson = {
  id: 'mixing-secrets',
  title: 'Mixing secrets',
  summary:
    'Alice and Bob make a shared key from public values: seed 001’s multiplication falls to one division, powers modulo a prime do not, and real ECDH keeps Oscar out.',
  seed: '001',
  steps: [
    {
      title: 'Multiply and hope',
      body: 'Seed 001’s idea, in the box below: Alice and Bob agree in public on a common number n, and each keeps a secret, a and b. Each sends their secret times n, so the row “On the wire” holds n, A′ and B′: that is all Oscar copies.\n\nEach side then multiplies its own secret by the number that arrived, and the line under the two results says they match. Change n, a or b: they still do.\n\nThe stage runs seed 001’s own numbers (n = 300, a = 5, b = 7) as packets: press → to watch them travel.',
      preset: 'toy-multiplication',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'multiplication-scheme',
    },
    {
      title: 'One division',
      body: 'Look at “Oscar’s move”. He copied n and A′ from the wire, so he divides A′ by n and gets Alice’s secret a back, exactly. Then he multiplies a by B′, as Alice does, and his number is theirs.\n\nTry large numbers: the division stays one line. On the stage Oscar does the same with the numbers he copied, then reads every message. A key exchange needs a step that is easy to do and hard to undo.',
      preset: 'toy-multiplication',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'multiplication-scheme',
      question: {
        prompt: 'Oscar saw n, A′ and B′. What does he need to get Alice and Bob’s number?',
        choices: [
          {
            label: 'One division and one multiplication',
            isCorrect: (o) => o.recoveries?.[0]?.method === 'division' && o.readByOscar > 0,
          },
          {
            label: 'Years of guessing',
            isCorrect: (o) => o.recoveries?.[0]?.method === 'discrete-log search',
          },
          {
            label: 'Nothing helps: the secrets never crossed the wire',
            isCorrect: (o) => o.recoveries === undefined && o.readByOscar === 0,
          },
        ],
        explain: (o) =>
          `On the stage Oscar divided A′ by n and got a = ${o.recoveries?.[0]?.secret ?? '?'}, then read ${countOf(o.readByOscar, o.sent)} messages. Multiplication is undone by division, so the secrets were on the wire in all but name.`,
      },
    },
    {
      title: 'Powers, not products',
      body: 'Now the common numbers are a prime p and a base g, chosen in the box below. Alice sends A = g^a mod p and Bob sends B = g^b mod p; the row “On the wire” shows the four numbers Oscar copies. Each raises what arrived to their own secret, and the two results match.\n\nPress “Run Oscar’s search”. Recovering a from A is the discrete-logarithm problem. The naive attack tries exponents one by one: the counter shows how many. Real attacks are far faster: baby-step giant-step takes about √q steps for a group of order q, and the number field sieve is faster still for large p. Pohlig–Hellman, which splits the search along the factors of the group’s order, gains nothing here: p is a safe prime (p = 2q + 1, q prime) and g generates the subgroup of prime order q. That is why this group was chosen. Pick a larger p and run it again.\n\nThe stage runs the same exchange with the 8-bit p: Oscar’s search finds an exponent that works, and he reads every message.',
      preset: 'toy-diffie-hellman',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'toy-diffie-hellman',
    },
    {
      title: 'How long would Oscar take?',
      body: 'Press “Measure on this computer”. The page runs Oscar’s search in the background for p of 8 bits, then 12, 16 and up, on random secrets, and plots the time of one search.\n\nEach extra bit doubles the exponents to try, so the dots climb a straight line on this scale. The second plot carries the line on to real sizes, for this naive search only. Real attacks are far faster; the published levels are about 112-bit security for 2048-bit Diffie-Hellman and about 128-bit for P-256 and X25519.\n\nOn the stage, after the exchange, Oscar counts his search on fresh secrets at 8, 12 and 16 bits.',
      preset: 'toy-diffie-hellman-cost',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'brute-force-cost',
      question: {
        prompt:
          'Count Oscar’s searches on the stage. p gets one bit longer: what happens to the number of exponents he tries?',
        choices: [
          {
            label: 'It about doubles',
            isCorrect: (o) => inRange(growthPerBit(o), 1.5, 3),
          },
          { label: 'It barely changes', isCorrect: (o) => inRange(growthPerBit(o), 0, 1.5) },
          {
            label: 'It more than triples',
            isCorrect: (o) => inRange(growthPerBit(o), 3, Number.POSITIVE_INFINITY),
          },
        ],
        explain: (o) =>
          `Oscar’s searches here grew ×${growthPerBit(o)?.toFixed(2) ?? '?'} per bit of p: each bit doubles the exponents to try, and the time follows the count.`,
      },
    },
    {
      title: 'The real thing: ECDH',
      body: 'The stage runs real Diffie-Hellman on an elliptic curve: X25519 where your browser has it, P-256 otherwise. Select “Alice’s public value” and “Bob’s public value” in the wire list: these are the A and B of this lesson, and all Oscar copies.\n\nUnder Alice’s and Bob’s names the session keys have the same fingerprint: each combined a private key with the other’s public value, then ran HKDF. Under Oscar’s name is only a key pair of his own, and the outcome counts what he read.',
      preset: 'mixing-secrets',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      question: {
        prompt:
          'Oscar copied both public values and every message. How many messages could he read?',
        choices: [
          { label: 'None', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'Only the first', isCorrect: (o) => o.readByOscar === 1 },
          { label: 'All of them', isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages; Alice and Bob read ${countOf(o.delivered, o.sent)}. No known method turns the two public values into the session key without a private key: that is an assumption, the computational Diffie-Hellman problem, not a proof.`,
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
