import { atEnd, atStart, countOf, type Lesson } from './types.ts';

export const tampering: Lesson = {
  id: 'tampering',
  title: 'Tampering',
  summary:
    'Oscar cannot read the message, but he can change it: AES-CTR lets him, AES-GCM does not.',
  seed: '004',
  steps: [
    {
      title: 'Locked, so safe?',
      body: 'Alice tells Bob to “pay 100 to Carol”, encrypted with AES-CTR under a key they share. Oscar copies the packet but cannot read the text (only its length).\n\nReading is one attack. Changing is another.',
      preset: 'tampering',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      title: 'Flip a bit',
      body: 'AES-CTR encrypts by XOR with a key stream, so flipping a bit of the ciphertext flips the same bit of the plaintext. Oscar cannot decrypt, but he knows the format: byte 4 is the “1”.\n\nHe XORs byte 4 with "1" XOR "9" = 0x08. Watch what Bob reads, and whether anything warns him.',
      preset: 'tampering',
      opensAt: atStart,
      pausesAt: atEnd,
      question: {
        prompt: 'What did Bob do with the changed message?',
        choices: [
          { label: 'Rejected it: the change was detected', isCorrect: (o) => o.rejected > 0 },
          {
            label: 'Accepted it, with a text Alice never wrote',
            isCorrect: (o) => o.forgedAccepted > 0,
          },
        ],
        explain: (o) =>
          o.forgedAccepted > 0
            ? `Bob accepted ${countOf(o.forgedAccepted, o.sent)} messages that Alice never wrote. AES-CTR has nothing that could fail.`
            : `Bob rejected ${countOf(o.rejected, o.sent)} messages.`,
      },
    },
    {
      title: 'Pick your own byte',
      body: 'Choose any byte of the ciphertext below and the character it should become. The mask is computed from what Oscar assumes the message says; press Play to send it again.',
      preset: 'tampering',
      opensAt: atStart,
      pausesAt: atEnd,
      widget: 'tamper-byte',
    },
    {
      title: 'AES-GCM says no',
      body: 'Same key, same message, same change, but now with AES-GCM. GCM is CTR plus a tag: its ciphertext is just as malleable. The 16-byte tag is computed with the key over the ciphertext, so Oscar cannot recompute it, unlike a plain checksum. Bob’s check fails and he gets no plaintext at all. The reply still arrives intact.',
      preset: 'tampering',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { cipher: 'aes-gcm' },
      widget: 'tamper-byte',
      question: {
        prompt: 'With AES-GCM, what happened to Oscar’s change?',
        choices: [
          { label: 'Bob read “pay 900”', isCorrect: (o) => o.forgedAccepted > 0 },
          {
            label: 'Bob rejected the message',
            isCorrect: (o) => o.rejected > 0 && o.forgedAccepted === 0,
          },
        ],
        explain: (o) =>
          `Bob rejected ${countOf(o.rejected, o.sent)} messages and accepted ${o.forgedAccepted} changed ones. Authenticated encryption turns a silent change into a visible failure.`,
      },
    },
  ],
};
