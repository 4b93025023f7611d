import { after, atEnd, atStart, countOf, type Lesson } from './types.ts';

export const lockedBox: Lesson = {
  id: 'locked-box',
  title: 'Locked box',
  summary: 'A shared AES key keeps Oscar out. But how did the key get there?',
  seed: '000',
  steps: [
    {
      title: 'A key they both hold',
      body: 'Under Alice’s and Bob’s names you see the same key: same colour, same fingerprint. It is an AES key, and both already have it.\n\nAlice now encrypts with AES-GCM before sending. The packet carries a lock.',
      preset: 'locked-box',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      title: 'What Oscar sees',
      body: 'Select the encrypted message in the wire list. Oscar sees a 12-byte IV, a ciphertext exactly as long as the message, and a 16-byte tag. He copies every byte, and reads nothing: he has no key to try.',
      preset: 'locked-box',
      opensAt: after((e) => e.type === 'message-written'),
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      question: {
        prompt: 'How many of the messages could Oscar read?',
        choices: [
          { label: 'None', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'The first one', isCorrect: (o) => o.readByOscar === 1 },
          { label: 'All of them', isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages; Bob and Alice read ${countOf(o.delivered, o.sent)}. The ciphertext is useless without the key.`,
      },
    },
    {
      title: 'The open question',
      body: 'Look at the key under Alice’s and Bob’s names once more: it never crossed this wire. Alice and Bob have never met. If Alice had sent the key as a postcard, Oscar would have copied the key too, and then every message.\n\nThe next lesson, Sealed envelope, answers the question.',
      preset: 'locked-box',
      opensAt: atEnd,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      question: {
        prompt: 'Why can’t Alice simply send the AES key to Bob first?',
        choices: [
          { label: 'Oscar would copy the key, then read everything', isCorrect: () => true },
          { label: 'AES keys are too long to send', isCorrect: () => false },
          { label: 'Bob could not use a key someone else made', isCorrect: () => false },
        ],
        explain: () =>
          'Anything sent in the clear, Oscar copies. The key has to travel in a form only Bob can open.',
      },
    },
  ],
};
