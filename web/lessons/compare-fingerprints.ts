import { checkLabel } from '../protocol/index.ts';
import { render } from '../text/index.ts';
import { after, atEnd, atStart, countOf, type Lesson, pauseAfter } from './types.ts';

export const compareFingerprints: Lesson = {
  id: 'compare-fingerprints',
  title: 'Compare fingerprints',
  summary:
    'A cryptographic hash of both keys catches Oscar, but only when it is compared where he cannot reach.',
  seed: '004',
  steps: [
    {
      title: 'A hash of both keys',
      body: 'As in seed 004, Alice and Bob both send their public keys. Each computes a number over the pair of keys they hold, six groups of five digits. Seed 004 calls it a checksum; it must be a cryptographic hash (SHA-256 here), since a CRC could be forged. Alice’s app sends hers to Bob automatically.\n\nWith Oscar only copying, Bob’s number matches.',
      preset: 'compare-fingerprints',
      opensAt: atStart,
      pausesAt: pauseAfter((e) => e.type === 'check' && e.actor === 'bob'),
      plan: { presence: 'passive' },
      config: { check: 'in-band' },
    },
    {
      title: 'Oscar rewrites the checksum',
      body: 'Now Oscar swaps the keys. Bob should get a different number, but Alice’s number travels on the wire, through Oscar. He computes the number Bob expects and puts it in its place.\n\nThe short fingerprint on each key chip is only 32 bits: with about 2³² key generations Oscar can grind a key that matches it. Compare the full safety number, not the chips.',
      preset: 'compare-fingerprints',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      config: { check: 'in-band' },
      question: {
        prompt: 'Did the automatic checksum catch Oscar?',
        choices: [
          { label: 'Yes, Bob saw a mismatch', isCorrect: (o) => o.detectedBy !== undefined },
          {
            label: 'No, and Oscar read the messages',
            isCorrect: (o) => o.detectedBy === undefined && o.readByOscar > 0,
          },
        ],
        explain: (o) =>
          o.detectedBy
            ? `It was detected by: ${render(checkLabel(o.detectedBy))}.`
            : `Nothing was detected, and Oscar read ${countOf(o.readByOscar, o.sent)} messages. A check sent through Oscar is a check Oscar can rewrite.`,
      },
    },
    {
      title: 'Pick up the phone',
      body: 'This time Alice calls Bob and reads her safety number aloud. The phone line, drawn at the bottom of the stage, does not pass through Oscar.\n\nBob’s number is computed over the keys he holds, one of which is Oscar’s: the numbers differ. They hang up and send nothing.\n\nThese RSA key pairs are long-term: the same ones come back session after session (the forward-secrecy lesson steals one), so one call checks them until a key changes. Signal likewise compares long-term identity keys once, and warns when one changes.',
      preset: 'compare-fingerprints',
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        prompt: 'How many messages did Oscar read this time?',
        choices: [
          { label: 'None', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'All of them', isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) =>
          o.sent === 0
            ? `None: Alice and Bob sent no message at all. Detected by: ${o.detectedBy ? render(checkLabel(o.detectedBy)) : 'nothing'}.`
            : `Oscar read ${countOf(o.readByOscar, o.sent)} messages.`,
      },
    },
    {
      title: 'The same with ECDH',
      body: 'Safety numbers work for any public keys: here over the two ECDH public values. Oscar swaps them, the numbers differ, and Alice and Bob stop.\n\nEphemeral values change every session, so comparing them would be needed every time; protocols instead compare, or certify, the long-term key that signs them.',
      preset: 'compare-fingerprints',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { keyExchange: 'ecdh' },
    },
    {
      title: 'What seed 004 admits',
      body: 'Seed 004 says that nothing protects peers from someone who replaced both keys from the start. That is true of checks made on the same wire.\n\nThe comparison only helps when it happens out of band, and when people actually do it. Next: a Certificate Authority that vouches for keys in advance.',
      preset: 'compare-fingerprints',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
  ],
};
