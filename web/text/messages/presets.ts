import { type Message, registerMessages } from '../catalogue.ts';

/**
 * What each preset shows, in words: `npm run trace -- --help` lists them
 * (web/protocol/preset-summaries.ts names the keys, one title and one summary per preset).
 */
export const presetMessages = {
  'preset.postcards.title': 'Postcards',
  'preset.postcards.summary': 'Plain text on a shared wire: Oscar reads every message.',
  'preset.locked-box.title': 'Locked box',
  'preset.locked-box.summary': 'AES-GCM with a key both already hold: Oscar cannot read the text.',
  'preset.sealed-envelope.title': 'Sealed envelope',
  'preset.sealed-envelope.summary':
    'Alice wraps a fresh AES key with Bob’s RSA public key, then both talk over AES-GCM.',
  'preset.mixing-secrets.title': 'Mixing secrets',
  'preset.mixing-secrets.summary':
    'ECDH: both sides derive the same key from public values; a passive Oscar cannot.',
  'preset.toy-multiplication.title': 'Seed 001’s multiplication',
  'preset.toy-multiplication.summary':
    'n, a × n and b × n on the wire: Oscar divides by n and reads everything.',
  'preset.toy-diffie-hellman.title': 'Toy Diffie-Hellman',
  'preset.toy-diffie-hellman.summary':
    'g^a and g^b modulo an 8-bit prime: Oscar searches the exponents and reads everything.',
  'preset.toy-diffie-hellman-cost.title': 'Toy Diffie-Hellman, the cost',
  'preset.toy-diffie-hellman-cost.summary':
    'The toy exchange, then Oscar counts his search at 8, 12 and 16 bits.',
  'preset.key-in-the-clear.title': 'A key on a postcard',
  'preset.key-in-the-clear.summary':
    'Alice sends the AES key in the clear first: Oscar copies it and reads everything.',
  'preset.oscar-in-the-middle.title': 'Oscar in the middle',
  'preset.oscar-in-the-middle.summary':
    'Oscar swaps the public keys, holds a session key with each side and reads everything.',
  'preset.compare-fingerprints.title': 'Compare fingerprints',
  'preset.compare-fingerprints.summary':
    'Safety numbers compared over the phone expose the swap: Alice and Bob abort.',
  'preset.tampering.title': 'Tampering',
  'preset.tampering.summary':
    'Oscar flips a byte in flight: AES-CTR lets “pay 100” become “pay 900”, AES-GCM rejects it.',
  'preset.signatures.title': 'Signatures',
  'preset.signatures.summary':
    'Seed 004’s packet: nonce ‖ RSA-PSS signature ‖ ciphertext, and what the clear signature gives away.',
  'preset.certificate-authority.title': 'Certificate authority',
  'preset.certificate-authority.summary':
    'Bob’s key comes in an X.509 certificate that Alice checks against a root she already trusts.',
  'preset.handshake.title': 'A whole handshake',
  'preset.handshake.summary':
    'Seed 003: HELLO, HELLO+ACK, ACK, a wrapped AES key, signed and encrypted messages, CLOSE.',
  'preset.replay.title': 'Replay',
  'preset.replay.summary':
    'Oscar sends Alice’s signed, encrypted “pay 100 to Carol” again: Bob pays twice, until sequence numbers stop him.',
  'preset.two-sessions.title': 'Two sessions',
  'preset.two-sessions.summary':
    'Two sessions under one pre-shared key, Oscar following a script of moves (--moves): by default he puts session 1’s order 2 in the place of session 2’s.',
  'preset.forward-secrecy.title': 'Forward secrecy',
  'preset.forward-secrecy.summary':
    'Oscar records a session today and steals Bob’s long-term key a year later: RSA transport opens, ephemeral ECDH does not.',
  'preset.nonce-reuse.title': 'Nonce reuse',
  'preset.nonce-reuse.summary':
    'A deliberate mistake: messages under one key and one nonce. The XOR of two ciphertexts is the XOR of their plaintexts; under GCM two tags narrow the hash key H down to a few candidates.',
  'preset.relays.title': 'Relays',
  'preset.relays.summary':
    'Seed 002: two brokers relay messages under one group key; every broker reads everything.',
} as const;

registerMessages(presetMessages);

export type PresetKey = keyof typeof presetMessages;

/** A preset's title or summary, not yet rendered. */
export type PresetText = Message<PresetKey>;
