import { registerLessonText } from './register.ts';
import './step-titles/tampering.ts';

// The prose of the lesson “Tampering”, step by step: narration, check questions and their choices.
// It loads with the lesson; its step titles are in step-titles/tampering.ts, its explanations in
// explanations/tampering.ts, its own title in titles.ts.

registerLessonText('tampering', [
  {
    body: 'Alice tells Bob to “pay 100 to Carol”, encrypted with AES-CTR under a key they share. Oscar copies the packet but cannot read the text (only its length).\n\nReading is one attack. Changing is another.',
  },
  {
    body: 'AES-CTR encrypts by XOR with a key stream, so flipping a bit of the ciphertext flips the same bit of the plaintext. Oscar cannot decrypt, but he knows the format: byte 4 is the “1”.\n\nHe XORs byte 4 with "1" XOR "9" = 0x08. Watch what Bob reads, and whether anything warns him.',
    prompt: 'What did Bob do with the changed message?',
    choices: ['Rejected it: the change was detected', 'Accepted it, with a text Alice never wrote'],
  },
  {
    body: 'Choose any byte of the ciphertext below and the character it should become. The mask is computed from what Oscar assumes the message says; press Play to send it again.',
  },
  {
    body: 'Same key, same message, same change, but now with AES-GCM. GCM is CTR plus a tag: its ciphertext is just as malleable. The 16-byte tag is computed with the key over the ciphertext, so Oscar cannot recompute it, unlike a plain checksum. Bob’s check fails and he gets no plaintext at all. The reply still arrives intact.',
    prompt: 'With AES-GCM, what happened to Oscar’s change?',
    choices: ['Bob read “pay 900”', 'Bob rejected the message'],
  },
]);
