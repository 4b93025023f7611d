import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Locked box”, by step number: each is rendered from
// the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
registerExplanations('locked-box', {
  2: `Oscar read ${countOf('read')} messages; Bob and Alice read ${countOf('delivered')}. Without the key the ciphertext hides the text, though not its length.`,
  3: `Oscar read ${countOf('read')} messages; Bob and Alice read ${countOf('delivered')}. Anything sent in the clear, Oscar copies: the key has to travel in a form only Bob can open.`,
});
