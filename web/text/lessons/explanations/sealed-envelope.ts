import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Sealed envelope”, by step number: each is rendered
// from the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
registerExplanations('sealed-envelope', {
  3: `Oscar read ${countOf('read')} messages. Without Bob’s private key the wrapped key stays shut, and without the session key the ciphertext does too.`,
});
