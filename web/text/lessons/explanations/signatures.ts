import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Signatures”, by step number: each is rendered from
// the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
registerExplanations('signatures', {
  2: `Rejected: ${countOf('rejected')} messages. Accepted although changed: {forged}.`,
  3: `Rejected: ${countOf('rejected')} messages. Accepted although Alice never wrote them: {forged}.`,
  4: `Oscar knows ${countOf('read')} messages. A low-entropy message with a public signature is as good as readable.`,
  6: `Oscar read ${countOf('read')} messages. A signature proves who holds the key, not whose key it is: that takes a certificate.`,
});
