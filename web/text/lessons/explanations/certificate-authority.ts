import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Certificate authority”, by step number: each is
// rendered from the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the
// lesson.
registerExplanations('certificate-authority', {
  2: `{caught, select, yes {Detected by: {check}. Oscar read {read} messages.} other {Oscar read ${countOf('read')} messages.}}`,
  4: `Oscar read ${countOf('read')} messages. A certificate is only as trustworthy as the CA that signed it.`,
});
