import { after, atEnd, atStart, countOf, type Lesson } from './types.ts';

export const signatures: Lesson = {
  id: 'signatures',
  title: 'Signatures',
  summary:
    'Seed 004 signs every message. What that catches, what the clear signature gives away, and what it cannot stop.',
  seed: '004',
  steps: [
    {
      title: 'Seed 004’s packet',
      body: 'Alice and Bob exchange RSA keys and verify keys, then every message carries a signature made with the sender’s private key and checked with the public verify key.\n\nSelect Alice’s encrypted message under “On the wire”: the IV, then the RSA-PSS signature (as long as the modulus: 256 bytes at RSA-2048), then the ciphertext and tag. That is seed 004’s order, modernised: seed 004 sends a 16-byte nonce, a PKCS#1 v1.5 signature and a ciphertext with no tag.',
      preset: 'signatures',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      plan: { presence: 'passive' },
    },
    {
      title: 'A changed message fails',
      body: 'To see the signature alone at work, the message travels unencrypted. Oscar changes one byte. Bob verifies the signature with Alice’s verify key: it fails, and he rejects the message.\n\nSeed 004 calls signing “encrypting the checksum with the private key”; that holds only for textbook RSA. A signature is made with a private key and checked with the public one. A MAC uses one shared key: it cannot tell Alice from Bob, and anyone who can check it can forge it.',
      preset: 'signatures',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { keyExchange: 'none', signatures: 'ecdsa' },
      plan: { presence: 'tamper', byte: 4, xor: 0x08 },
      question: {
        prompt: 'Did Bob accept the changed message?',
        choices: [
          {
            label: 'No, the signature check failed',
            isCorrect: (o) => o.rejected > 0 && o.forgedAccepted === 0,
          },
          { label: 'Yes', isCorrect: (o) => o.forgedAccepted > 0 },
        ],
        explain: (o) =>
          `Rejected: ${countOf(o.rejected, o.sent)} messages. Accepted although changed: ${o.forgedAccepted}.`,
      },
    },
    {
      title: 'A forged message fails',
      body: 'This time Oscar throws Alice’s message away and writes his own, “pay 900 to Oscar”, in her name. He can sign it, but only with his own key: Bob checks it with Alice’s verify key, and it does not verify.',
      preset: 'signatures',
      opensAt: atStart,
      pausesAt: atEnd,
      config: { keyExchange: 'none', signatures: 'ecdsa' },
      plan: { presence: 'forge', text: 'pay 900 to Oscar' },
      question: {
        prompt: 'Did Bob accept Oscar’s message as Alice’s?',
        choices: [
          {
            label: 'No: it was not signed with Alice’s key',
            isCorrect: (o) => o.rejected > 0 && o.forgedAccepted === 0,
          },
          { label: 'Yes: it was signed', isCorrect: (o) => o.forgedAccepted > 0 },
        ],
        explain: (o) =>
          `Rejected: ${countOf(o.rejected, o.sent)} messages. Accepted although Alice never wrote them: ${o.forgedAccepted}.`,
      },
    },
    {
      title: 'The flaw: a signature in the clear',
      body: 'The message is encrypted, but its signature is over the plaintext and travels in the clear. Oscar copied Alice’s verify key. He suspects a payment and tries three guesses: a signature that verifies against a guess tells him the message.',
      preset: 'signatures',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      question: {
        prompt: 'Oscar never decrypted anything. How many messages does he know?',
        choices: [
          { label: 'None', isCorrect: (o) => o.readByOscar === 0 },
          {
            label: 'One: the signature confirmed his guess',
            isCorrect: (o) => o.readByOscar === 1,
          },
          { label: 'Both', isCorrect: (o) => o.readByOscar === 2 },
        ],
        explain: (o) =>
          `Oscar knows ${countOf(o.readByOscar, o.sent)} messages. A low-entropy message with a public signature is as good as readable.`,
      },
    },
    {
      title: 'The fix: sign inside',
      body: 'Now the signature is encrypted together with the message. Signing the ciphertext instead would leave the signature outside the encryption: Oscar could strip it and sign the same ciphertext with his own key, and the message would pass as his, unless the recipient checks it against the one sender he expects or the sender’s identity is bound inside what is encrypted. The packet shows fewer fields (IV, ciphertext and tag) but is no smaller: the signature now travels inside the ciphertext. Oscar has nothing to test his guesses against.',
      preset: 'signatures',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      config: { signaturePlacement: 'inside' },
    },
    {
      title: 'What signatures cannot do',
      body: 'Seed 004 admits it: if Oscar swapped the keys before the first message, he swapped the verify keys too. He re-signs every message with his own key, and every signature check passes.',
      preset: 'signatures',
      opensAt: after((e) => e.type === 'key-learned' && e.actor === 'bob'),
      pausesAt: atEnd,
      config: { signaturePlacement: 'inside' },
      plan: { presence: 'mitm' },
      question: {
        prompt: 'Every signature verified. How many messages did Oscar read?',
        choices: [
          { label: 'None', isCorrect: (o) => o.readByOscar === 0 },
          { label: 'All of them', isCorrect: (o) => o.sent > 0 && o.readByOscar === o.sent },
        ],
        explain: (o) =>
          `Oscar read ${countOf(o.readByOscar, o.sent)} messages. A signature proves who holds the key, not whose key it is: that takes a certificate.`,
      },
    },
  ],
};
