import { registerLessonText } from './register.ts';
import './step-titles/mixing-secrets.ts';

// The prose of the lesson “Mixing secrets”, step by step: narration, check questions and their
// choices. It loads with the lesson; its step titles are in step-titles/mixing-secrets.ts, its
// explanations in explanations/mixing-secrets.ts, its own title in titles.ts.

registerLessonText('mixing-secrets', [
  {
    body: 'Seed 001’s idea, in the box below: Alice and Bob agree in public on a common number n, and each keeps a secret, a and b. Each sends their secret times n, so the row “On the wire” holds n, A′ and B′: that is all Oscar copies.\n\nEach side then multiplies its own secret by the number that arrived, and the line under the two results says they match. Change n, a or b: they still do.\n\nThe stage runs seed 001’s own numbers (n = 300, a = 5, b = 7) as packets: press → to watch them travel.',
  },
  {
    body: 'Look at “Oscar’s move”. He copied n and A′ from the wire, so he divides A′ by n and gets Alice’s secret a back, exactly. Then he multiplies a by B′, as Alice does, and his number is theirs.\n\nTry large numbers: the division stays one line. On the stage Oscar does the same with the numbers he copied, then reads every message. A key exchange needs a step that is easy to do and hard to undo.',
    prompt: 'Oscar saw n, A′ and B′. What does he need to get Alice and Bob’s number?',
    choices: [
      'One division and one multiplication',
      'Years of guessing',
      'Nothing helps: the secrets never crossed the wire',
    ],
  },
  {
    body: 'Now the common numbers are a prime p and a base g, chosen in the box below. Alice sends A = g^a mod p and Bob sends B = g^b mod p; the row “On the wire” shows the four numbers Oscar copies. Each raises what arrived to their own secret, and the two results match.\n\nPress “Run Oscar’s search”. Recovering a from A is the discrete-logarithm problem. The naive attack tries exponents one by one: the counter shows how many. Real attacks are far faster: baby-step giant-step takes about √q steps for a group of order q, and the number field sieve is faster still for large p. Pohlig–Hellman, which splits the search along the factors of the group’s order, gains nothing here: p is a safe prime (p = 2q + 1, q prime) and g generates the subgroup of prime order q. That is why this group was chosen. Pick a larger p and run it again.\n\nThe stage runs the same exchange with the 8-bit p: Oscar’s search finds an exponent that works, and he reads every message.',
  },
  {
    body: 'Press “Measure on this computer”. The page runs Oscar’s search in the background for p of 8 bits, then 12, 16 and up, on random secrets, and plots the time of one search.\n\nEach extra bit doubles the exponents to try, so the dots climb a straight line on this scale. The second plot carries the line on to real sizes, for this naive search only. Real attacks are far faster; the published levels are about 112-bit security for 2048-bit Diffie-Hellman and about 128-bit for P-256 and X25519.\n\nOn the stage, after the exchange, Oscar counts his search on fresh secrets at 8, 12 and 16 bits.',
    prompt:
      'Count Oscar’s searches on the stage. p gets one bit longer: what happens to the number of exponents he tries?',
    choices: ['It about doubles', 'It barely changes', 'It more than triples'],
  },
  {
    body: 'The stage runs real Diffie-Hellman on an elliptic curve: X25519 where your browser has it, P-256 otherwise. Select “Alice’s public value” and “Bob’s public value” in the wire list: these are the A and B of this lesson, and all Oscar copies.\n\nUnder Alice’s and Bob’s names the session keys have the same fingerprint: each combined a private key with the other’s public value, then ran HKDF. Under Oscar’s name is only a key pair of his own, and the outcome counts what he read.',
    prompt: 'Oscar copied both public values and every message. How many messages could he read?',
    choices: ['None', 'Only the first', 'All of them'],
  },
]);
