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
      body: 'Select the encrypted message in the wire list. Oscar sees a 12-byte IV, a ciphertext exactly as long as the message, and a 16-byte tag. He copies every byte but cannot read the text: he has no key to try. He still learns who talks to whom, when, and how long each message is.',
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
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages; Bob and Alice read ${countOf(o.delivered, o.sent)}. Without the key the ciphertext hides the text, though not its length.`,
      },
    },
    {
      title: 'The open question',
      body: 'Their key never crossed this wire, and Alice and Bob have never met. So how could she get it to him?\n\nThe stage tries the obvious way: Alice sends the key first, as a postcard. Watch Oscar copy it, then every message. The next lesson, Sealed envelope, answers the question.',
      preset: 'key-in-the-clear',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      question: {
        prompt: 'Alice sent the AES key to Bob first, in the clear. What happened?',
        choices: [
          {
            label: 'Oscar copied the key, then read everything',
            isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent,
          },
          {
            label: 'The key did not reach Bob, so they could not talk',
            isCorrect: (o) => o.delivered < o.sent,
          },
          {
            label: 'Oscar could not use a key someone else made',
            isCorrect: (o) => o.readByOscar === 0 && o.delivered === o.sent,
          },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages; Bob and Alice read ${countOf(o.delivered, o.sent)}. Anything sent in the clear, Oscar copies: the key has to travel in a form only Bob can open.`,
      },
    },
  ],
};
