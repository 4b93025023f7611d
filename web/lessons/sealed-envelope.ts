import { after, atEnd, atStart, countOf, type Lesson, pauseAfter } from './types.ts';

export const sealedEnvelope: Lesson = {
  id: 'sealed-envelope',
  title: 'Sealed envelope',
  summary:
    'Alice wraps a fresh AES key with Bob’s RSA public key: Oscar sees the bytes and cannot open them.',
  seed: '000',
  steps: [
    {
      title: 'Bob sends an open padlock',
      body: 'Bob has an RSA key pair; its fingerprint is under his name. He sends the public half to Alice. It is public by design: Oscar may copy it, and does.',
      preset: 'sealed-envelope',
      opensAt: atStart,
      pausesAt: pauseAfter((e) => e.type === 'key-learned' && e.actor === 'alice'),
      plan: { presence: 'passive' },
    },
    {
      title: 'Alice seals the session key',
      body: 'Alice makes a fresh AES key and wraps it with Bob’s public key (RSA-OAEP). The wrapped key is as long as the modulus: 256 bytes at RSA-2048.\n\nOAEP is randomised: in the box below, the same key wrapped twice gives different bytes, so Oscar cannot test a guess by wrapping it himself. Only the AES key is wrapped: OAEP takes at most 190 bytes at RSA-2048 with SHA-256, and RSA is slow.\n\nOscar’s own private key fails on it, which proves little. What protects the key is that nobody is known to invert RSA-OAEP without Bob’s private key: RSA-2048 gives about 112-bit security.',
      preset: 'sealed-envelope',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'alice'),
      widget: 'oaep-twice',
      pausesAt: pauseAfter((e) => e.type === 'key-learned' && e.actor === 'bob'),
      plan: { presence: 'passive' },
    },
    {
      title: 'Talking privately',
      body: 'Now both hold the same session key: compare the fingerprints under their names (a short 32-bit form, enough to tell these keys apart). Every message is AES-GCM with a fresh IV: an IV must never repeat under one key. Select any packet to see what Oscar copied.',
      preset: 'sealed-envelope',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      plan: { presence: 'passive' },
      question: {
        prompt:
          'Oscar copied every packet, the wrapped key included. How many messages could he read?',
        choices: [
          { label: 'None', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'Only the first', isCorrect: (o) => o.readByOscar === 1 },
          { label: 'All of them', isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages. Without Bob’s private key the wrapped key stays shut, and without the session key the ciphertext does too.`,
      },
    },
    {
      title: 'Try it yourself',
      body: 'Change the message, the RSA key size or the AES key size, or ask for new keys: everything on the stage is recomputed in your browser. At RSA-4096 the wrapped key grows to 512 bytes; the messages do not change size.\n\nOne question remains: how does Alice know the public key really came from Bob?',
      preset: 'sealed-envelope',
      opensAt: atStart,
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
  ],
};
