import { countOf, DETECTED, registerExplanations } from './register.ts';

// The explanations of the check questions in “Compare fingerprints”, by step number: each is
// rendered from the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the
// lesson.
registerExplanations('compare-fingerprints', {
  2: `{caught, select, yes {It was detected by: {check}.} other {Nothing was detected, and Oscar read ${countOf('read')} messages. A check sent through Oscar is a check Oscar can rewrite.}}`,
  3: `{sent, plural, =0 {None: Alice and Bob sent no message at all. Detected by: ${DETECTED}.} other {Oscar read ${countOf('read')} messages.}}`,
});
