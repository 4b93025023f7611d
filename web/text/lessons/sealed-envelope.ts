import { registerLessonText } from './register.ts';
import './step-titles/sealed-envelope.ts';

// The prose of the lesson “Sealed envelope”, step by step: narration, check questions and their
// choices. It loads with the lesson; its step titles are in step-titles/sealed-envelope.ts, its
// explanations in explanations/sealed-envelope.ts, its own title in titles.ts.

registerLessonText('sealed-envelope', [
  {
    body: 'Bob has an RSA key pair; its fingerprint is under his name. He sends the public half to Alice. It is public by design: Oscar may copy it, and does.',
  },
  {
    body: 'Alice makes a fresh AES key and wraps it with Bob’s public key (RSA-OAEP). The wrapped key is as long as the modulus: 256 bytes at RSA-2048.\n\nOAEP is randomised: in the box below, the same key wrapped twice gives different bytes, so Oscar cannot test a guess by wrapping it himself. Only the AES key is wrapped: OAEP takes at most 190 bytes at RSA-2048 with SHA-256, and RSA is slow.\n\nOscar’s own private key fails on it, which proves little. What protects the key is that nobody is known to invert RSA-OAEP without Bob’s private key: RSA-2048 gives about 112-bit security.',
  },
  {
    body: 'Now both hold the same session key: compare the fingerprints under their names (a short 32-bit form, enough to tell these keys apart). Every message is AES-GCM with a fresh IV: an IV must never repeat under one key. Select any packet to see what Oscar copied.',
    prompt: 'Oscar copied every packet, the wrapped key included. How many messages could he read?',
    choices: ['None', 'Only the first', 'All of them'],
  },
  {
    body: 'Change the message, the RSA key size or the AES key size, or ask for new keys: everything on the stage is recomputed in your browser. At RSA-4096 the wrapped key grows to 512 bytes; the messages do not change size.\n\nOne question remains: how does Alice know the public key really came from Bob?',
  },
]);
