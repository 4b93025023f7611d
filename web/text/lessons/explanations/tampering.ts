import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Tampering”, by step number: each is rendered from the
// outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
registerExplanations('tampering', {
  2: `{forged, plural, =0 {Bob rejected ${countOf('rejected')} messages.} other {Bob accepted ${countOf('forged')} messages that Alice never wrote. AES-CTR has nothing that could fail.}}`,
  4: `Bob rejected ${countOf('rejected')} messages and accepted {forged} changed ones. Authenticated encryption turns a silent change into a visible failure.`,
});
