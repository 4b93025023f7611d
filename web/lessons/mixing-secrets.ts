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
      body: 'Seed 001’s idea, in the box below: Alice and Bob agree in public on a common number n, and each keeps a secret, a and b. Each sends their secret times n, so the row “On the wire” holds n, A′ and B′: that is all Oscar copies.\n\nEach side then multiplies its own secret by the number that arrived, and the line under the two results says they match. Change n, a or b: they still do.',
      preset: 'mixing-secrets',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'multiplication-scheme',
    },
    {
      title: 'One division',
      body: 'Look at “Oscar’s move”. He copied n and A′ from the wire, so he divides A′ by n and gets Alice’s secret a back, exactly. Then he multiplies a by B′, as Alice does, and his number is theirs.\n\nTry large numbers: the division stays one line. A key exchange needs a step that is easy to do and hard to undo.',
      preset: 'mixing-secrets',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'multiplication-scheme',
      question: {
        prompt: 'Oscar saw n, A′ and B′. What does he need to get Alice and Bob’s number?',
        choices: [
          { label: 'One division and one multiplication', isCorrect: () => true },
          { label: 'Years of guessing', isCorrect: () => false },
          { label: 'Nothing helps: the secrets never crossed the wire', isCorrect: () => false },
        ],
        explain: () =>
          'A′ ÷ n is Alice’s secret a, and a × B′ is the shared number. Multiplication is undone by division, so the secrets were on the wire in all but name.',
      },
    },
    {
      title: 'Powers, not products',
      body: 'Now the common numbers are a prime p and a base g, chosen in the box below. Alice sends A = g^a mod p and Bob sends B = g^b mod p; the row “On the wire” shows the four numbers Oscar copies. Each raises what arrived to their own secret, and the two results match.\n\nPress “Run Oscar’s search”. No division undoes a power modulo p, so he tries exponents one by one: the counter shows how many. Pick a larger p and run it again.',
      preset: 'mixing-secrets',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'toy-diffie-hellman',
    },
    {
      title: 'How long would Oscar take?',
      body: 'Press “Measure on this computer”. The page runs Oscar’s search in the background for p of 8 bits, then 12, 16 and up, on random secrets, and plots the time of one search.\n\nEach extra bit doubles the exponents to try, so the dots climb a straight line on this scale. The second plot carries the line on to real sizes: read the years under it.',
      preset: 'mixing-secrets',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      widget: 'brute-force-cost',
      question: {
        prompt: 'p gets one bit longer. What happens to the time of Oscar’s search?',
        choices: [
          { label: 'It about doubles', isCorrect: () => true },
          { label: 'It grows by one step', isCorrect: () => false },
          { label: 'It stays the same', isCorrect: () => false },
        ],
        explain: () =>
          'One more bit doubles the number of exponents to try. Four more bits, from one dot to the next, multiply the time by 16.',
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
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages; Alice and Bob read ${countOf(o.delivered, o.sent)}. Without a private key, two public values give him no session key.`,
      },
    },
  ],
};
