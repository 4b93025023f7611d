import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Oscar in the middle”, by step number: each is
// rendered from the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the
// lesson.
registerExplanations('oscar-in-the-middle', {
  3: `Oscar read ${countOf('read')} messages; Alice and Bob still read ${countOf('delivered')}, and nothing they checked failed.`,
  4: `Oscar read ${countOf('read')} messages. Key agreement keeps a passive listener out, not someone who answers in Bob’s name.`,
});
