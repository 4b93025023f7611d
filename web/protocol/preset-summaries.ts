import type { PresetId } from './presets.ts';

/** What each preset shows, in words: `npm run trace -- --help` lists them. */
export const PRESET_SUMMARIES: Record<
  PresetId,
  { readonly title: string; readonly summary: string }
> = {
  postcards: {
    title: 'Postcards',
    summary: 'Plain text on a shared wire: Oscar reads every message.',
  },
  'locked-box': {
    title: 'Locked box',
    summary: 'AES-GCM with a key both already hold: Oscar cannot read the text.',
  },
  'sealed-envelope': {
    title: 'Sealed envelope',
    summary: 'Alice wraps a fresh AES key with Bob’s RSA public key, then both talk over AES-GCM.',
  },
  'mixing-secrets': {
    title: 'Mixing secrets',
    summary: 'ECDH: both sides derive the same key from public values; a passive Oscar cannot.',
  },
  'toy-multiplication': {
    title: 'Seed 001’s multiplication',
    summary: 'n, a × n and b × n on the wire: Oscar divides by n and reads everything.',
  },
  'toy-diffie-hellman': {
    title: 'Toy Diffie-Hellman',
    summary:
      'g^a and g^b modulo an 8-bit prime: Oscar searches the exponents and reads everything.',
  },
  'toy-diffie-hellman-cost': {
    title: 'Toy Diffie-Hellman, the cost',
    summary: 'The toy exchange, then Oscar counts his search at 8, 12 and 16 bits.',
  },
  'key-in-the-clear': {
    title: 'A key on a postcard',
    summary: 'Alice sends the AES key in the clear first: Oscar copies it and reads everything.',
  },
  'oscar-in-the-middle': {
    title: 'Oscar in the middle',
    summary:
      'Oscar swaps the public keys, holds a session key with each side and reads everything.',
  },
  'compare-fingerprints': {
    title: 'Compare fingerprints',
    summary: 'Safety numbers compared over the phone expose the swap: Alice and Bob abort.',
  },
  tampering: {
    title: 'Tampering',
    summary:
      'Oscar flips a byte in flight: AES-CTR lets “pay 100” become “pay 900”, AES-GCM rejects it.',
  },
  signatures: {
    title: 'Signatures',
    summary:
      'Seed 004’s packet: nonce ‖ RSA-PSS signature ‖ ciphertext, and what the clear signature gives away.',
  },
  'certificate-authority': {
    title: 'Certificate authority',
    summary:
      'Bob’s key comes in an X.509 certificate that Alice checks against a root she already trusts.',
  },
  handshake: {
    title: 'A whole handshake',
    summary:
      'Seed 003: HELLO, HELLO+ACK, ACK, a wrapped AES key, signed and encrypted messages, CLOSE.',
  },
  replay: {
    title: 'Replay',
    summary:
      'Oscar sends Alice’s signed, encrypted “pay 100 to Carol” again: Bob pays twice, until sequence numbers stop him.',
  },
  'two-sessions': {
    title: 'Two sessions',
    summary:
      'Two sessions under one pre-shared key, Oscar following a script of moves (--moves): by default he puts session 1’s order 2 in the place of session 2’s.',
  },
  'forward-secrecy': {
    title: 'Forward secrecy',
    summary:
      'Oscar records a session today and steals Bob’s long-term key a year later: RSA transport opens, ephemeral ECDH does not.',
  },
  'nonce-reuse': {
    title: 'Nonce reuse',
    summary:
      'A deliberate mistake: messages under one key and one nonce. The XOR of two ciphertexts is the XOR of their plaintexts; under GCM two tags narrow the hash key H down to a few candidates.',
  },
  relays: {
    title: 'Relays',
    summary:
      'Seed 002: two brokers relay messages under one group key; every broker reads everything.',
  },
};
