import { DETECTED, registerExplanations } from './register.ts';

// The explanations of the check questions in “Replay”, by step number: each is rendered from the
// outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
registerExplanations('replay', {
  1: 'Bob accepted {copies} copies of {sent} orders{replayed, plural, =0 {} other {: # of them a replay}}. The tag and the signature verified on the copy because it is exactly what Alice sent: they prove who wrote it and that nobody changed it, not that it is new.',
  2: 'Bob accepted {copies} copies of {sent} orders and rejected {rejected}, caught by the check: {caught, select, yes {{check}} other {none}}. The copy’s tag and signature still verified: only the number gave it away.',
  3: `Caught by: ${DETECTED}; Bob accepted {copies} copies of {sent} orders. A number is a defence only when it is authenticated with the message.`,
  4: 'Bob accepted {copies} copies of {sent} orders and rejected {rejected}: the one Alice really sent.',
  5: `Bob read {delivered} of {sent} orders; detected by: ${DETECTED}.`,
  7: `Bob accepted {copies} orders of the {sent} Alice wrote over both sessions; {missing} never reached him. Detected by: ${DETECTED}.`,
  8: `Caught by: ${DETECTED}; Bob accepted {copies} orders and rejected {rejected}. The number 2 was right; the session was not.`,
});
