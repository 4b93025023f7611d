import { registerMessages } from '../catalogue.ts';

// Each lesson's one-line summary, for the lesson list and the handout. Apart from the titles, which
// every page loads, so that a step opened from its link does not carry them all.
registerMessages({
  'lesson.postcards.summary': 'A message sent as it is can be read by anyone on the wire.',
  'lesson.locked-box.summary': 'A shared AES key keeps Oscar out. But how did the key get there?',
  'lesson.sealed-envelope.summary':
    'Alice wraps a fresh AES key with Bob’s RSA public key: Oscar sees the bytes and cannot open them.',
  'lesson.mixing-secrets.summary':
    'Alice and Bob make a shared key from public values: seed 001’s multiplication falls to one division, powers modulo a prime do not, and real ECDH keeps Oscar out.',
  'lesson.oscar-in-the-middle.summary':
    'Oscar swaps the public keys: he reads everything, and Alice and Bob notice nothing.',
  'lesson.compare-fingerprints.summary':
    'A cryptographic hash of both keys catches Oscar, but only when it is compared where he cannot reach.',
  'lesson.tampering.summary':
    'Oscar cannot read the message, but he can change it: AES-CTR lets him, AES-GCM does not.',
  'lesson.signatures.summary':
    'Seed 004 signs every message. What that catches, what the clear signature gives away, and what it cannot stop.',
  'lesson.certificate-authority.summary':
    'A CA that Alice trusts in advance vouches for Bob’s key with a real X.509 certificate.',
  'lesson.handshake.summary':
    'Seed 003 from HELLO to CLOSE, as two state machines: what the framing proves (nothing), what a signature and a counted CLOSE add and miss, and TLS 1.3’s Finished, numbered records and close_notify.',
  'lesson.relays.summary':
    'Seed 002’s brokers: one group key reads and forges on every link; a key per link confines a stolen key to its link, yet every broker still reads and can alter; end to end, they see only who, when and how much.',
  'lesson.replay.summary':
    'Oscar cannot read or change Alice’s payment order, so he sends it again. Bob pays twice, until messages carry numbers, bound to what a tag or signature covers and to the session.',
  'lesson.forward-secrecy.summary':
    'Oscar records a whole session today and steals Bob’s keys a year later. RSA key transport opens; ephemeral Diffie-Hellman does not, yet the stolen signing key wins the next session.',
  'lesson.nonce-reuse.summary':
    'A deliberate mistake: two messages under the same key and nonce. The key stream cancels out: Oscar reads as far as he knows the other message, and under GCM he forges tags.',
});
