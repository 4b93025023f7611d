import { atEnd, atStart, type Lesson } from './types.ts';

export const nonceReuse: Lesson = {
  id: 'nonce-reuse',
  title: 'Nonce reuse',
  summary:
    'A deliberate mistake: two messages under the same key and nonce. The key stream cancels out, and Oscar reads without a key.',
  seed: '004',
  steps: [
    {
      title: 'One counter, two messages',
      body: 'A deliberate mistake, made here on purpose: everywhere else the app draws a fresh random nonce for every message. Alice encrypts two messages with AES-CTR under the same key and the same counter block.\n\nCTR encrypts by XOR with a key stream made from the key and the counter. Same key, same counter: same key stream. So C1 ⊕ C2 = P1 ⊕ P2, and the key is gone from the equation. The first message is a public announcement Oscar knows; he XORs it in and gets the second.',
      preset: 'nonce-reuse',
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        prompt: 'What did Oscar need to read the second message?',
        choices: [
          {
            label: 'The two ciphertexts and the first message’s text',
            isCorrect: (o) => o.readByOscar === 1,
          },
          { label: 'The key', isCorrect: (o) => o.readByOscar === 0 },
        ],
        explain: (o) =>
          `Oscar read ${o.readByOscar} of ${o.sent} messages exactly, with no key: one known plaintext and a repeated nonce are enough.`,
      },
    },
    {
      title: 'AES-GCM does not save it',
      body: 'The same mistake with AES-GCM and a repeated IV. GCM encrypts in counter mode too, so the same key stream leaks in the same way: look at Oscar’s XOR in the narration. Bob’s tags still verify, because nobody changed anything.\n\nIt is worse than a leak. The two tags under one IV let Oscar set up an equation whose unknown is GHASH’s authentication key H; solving it gives him candidates for H, and with H he can compute valid tags for ciphertexts of his own under that IV. A repeated GCM IV costs both confidentiality and integrity.',
      preset: 'nonce-reuse',
      config: { cipher: 'aes-gcm' },
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        prompt: 'Did GCM’s tag keep Oscar from reading the second message?',
        choices: [
          { label: 'No: he read it', isCorrect: (o) => o.readByOscar === 1 },
          { label: 'Yes', isCorrect: (o) => o.readByOscar === 0 },
        ],
        explain: (o) =>
          `Oscar read ${o.readByOscar} of ${o.sent} messages. A tag detects changes; it does not hide anything, and under a repeated IV it cannot even be trusted to detect changes.`,
      },
    },
  ],
};
