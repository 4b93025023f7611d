import { registerExplanations } from './register.ts';

// The explanations of the check questions in “Nonce reuse”, by step number: each is rendered from
// the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
registerExplanations('nonce-reuse', {
  1: 'Oscar recovered {recovered} of the {total} bytes of message 2 and read {read} of {sent} messages exactly, with no key: one known plaintext and a repeated nonce are enough.',
  2: 'Oscar recovered {recovered} of the {total} bytes of message 2. The rest stays unknown to him: he knows the key stream only as far as he knows the first message.',
  3: 'Oscar read {read} of {sent} messages, and Bob accepted {forged} that Alice never wrote. Under a repeated IV, GCM loses both secrecy and integrity.',
});
