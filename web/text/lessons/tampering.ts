import { registerMessages } from '../catalogue.ts';
import { countOf } from './count-of.ts';

// The prose of the lesson “Tampering”, step by step: narration, check questions, choices and
// explanations. It loads with the lesson. The title and step titles are in titles.ts.
registerMessages({
  'lesson.tampering.step.1.body':
    'Alice tells Bob to “pay 100 to Carol”, encrypted with AES-CTR under a key they share. Oscar copies the packet but cannot read the text (only its length).\n\nReading is one attack. Changing is another.',
  'lesson.tampering.step.2.body':
    'AES-CTR encrypts by XOR with a key stream, so flipping a bit of the ciphertext flips the same bit of the plaintext. Oscar cannot decrypt, but he knows the format: byte 4 is the “1”.\n\nHe XORs byte 4 with "1" XOR "9" = 0x08. Watch what Bob reads, and whether anything warns him.',
  'lesson.tampering.step.2.prompt': 'What did Bob do with the changed message?',
  'lesson.tampering.step.2.choice.1': 'Rejected it: the change was detected',
  'lesson.tampering.step.2.choice.2': 'Accepted it, with a text Alice never wrote',
  'lesson.tampering.step.2.explain': `{forged, plural, =0 {Bob rejected ${countOf('rejected')} messages.} other {Bob accepted ${countOf('forged')} messages that Alice never wrote. AES-CTR has nothing that could fail.}}`,
  'lesson.tampering.step.3.body':
    'Choose any byte of the ciphertext below and the character it should become. The mask is computed from what Oscar assumes the message says; press Play to send it again.',
  'lesson.tampering.step.4.body':
    'Same key, same message, same change, but now with AES-GCM. GCM is CTR plus a tag: its ciphertext is just as malleable. The 16-byte tag is computed with the key over the ciphertext, so Oscar cannot recompute it, unlike a plain checksum. Bob’s check fails and he gets no plaintext at all. The reply still arrives intact.',
  'lesson.tampering.step.4.prompt': 'With AES-GCM, what happened to Oscar’s change?',
  'lesson.tampering.step.4.choice.1': 'Bob read “pay 900”',
  'lesson.tampering.step.4.choice.2': 'Bob rejected the message',
  'lesson.tampering.step.4.explain': `Bob rejected ${countOf('rejected')} messages and accepted {forged} changed ones. Authenticated encryption turns a silent change into a visible failure.`,
});
