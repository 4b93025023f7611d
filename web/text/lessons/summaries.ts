import { registerLessonWords } from './keys.ts';

// Each lesson's one-line summary, for the lesson list and the handout. Apart from the titles, which
// every page loads, so that a step opened from its link does not carry them all.
registerLessonWords('summary', {
  postcards: 'A message sent as it is can be read by anyone on the wire.',
  'locked-box': 'A shared AES key keeps Oscar out. But how did the key get there?',
  'sealed-envelope':
    'Alice wraps a fresh AES key with Bob’s RSA public key: Oscar sees the bytes and cannot open them.',
  'mixing-secrets':
    'Alice and Bob make a shared key from public values: seed 001’s multiplication falls to one division, powers modulo a prime do not, and real ECDH keeps Oscar out.',
  'oscar-in-the-middle':
    'Oscar swaps the public keys: he reads everything, and Alice and Bob notice nothing.',
  'compare-fingerprints':
    'A cryptographic hash of both keys catches Oscar, but only when it is compared where he cannot reach.',
  tampering:
    'Oscar cannot read the message, but he can change it: AES-CTR lets him, AES-GCM does not.',
  signatures:
    'Seed 004 signs every message. What that catches, what the clear signature gives away, and what it cannot stop.',
  'certificate-authority':
    'A CA that Alice trusts in advance vouches for Bob’s key with a real X.509 certificate.',
  handshake:
    'Seed 003 from HELLO to CLOSE, as two state machines: what the framing proves (nothing), what a signature and a counted CLOSE add and miss, and TLS 1.3’s Finished, numbered records and close_notify.',
  relays:
    'Seed 002’s brokers: one group key reads and forges on every link; a key per link confines a stolen key to its link, yet every broker still reads and can alter; end to end, they see only who, when and how much.',
  replay:
    'Oscar cannot read or change Alice’s payment order, so he sends it again. Bob pays twice, until messages carry numbers, bound to what a tag or signature covers and to the session.',
  'forward-secrecy':
    'Oscar records a whole session today and steals Bob’s keys a year later. RSA key transport opens; ephemeral Diffie-Hellman does not, yet the stolen signing key wins the next session.',
  'nonce-reuse':
    'A deliberate mistake: two messages under the same key and nonce. The key stream cancels out: Oscar reads as far as he knows the other message, and under GCM he forges tags.',
});
