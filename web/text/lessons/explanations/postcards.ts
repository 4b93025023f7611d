import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Postcards”, by step number: each is rendered from the
// outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
registerExplanations('postcards', {
  3: `Oscar read ${countOf('read')} messages, and nobody could tell: a postcard shows its text to every hand it passes through.`,
});
