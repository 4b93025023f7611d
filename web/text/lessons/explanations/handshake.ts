import { countOf, DETECTED, registerExplanations } from './register.ts';

// The explanations of the check questions in “A whole handshake”, by step number: each is rendered
// from the outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
registerExplanations('handshake', {
  2: `Oscar read ${countOf('read')} messages; Bob read ${countOf('delivered')}. The AES key crossed the wire wrapped for Alice’s private key only.`,
  3: `Oscar read ${countOf('read')} messages and Bob ${countOf('delivered')}: Bob was still in WAIT_ACK and refused them.`,
  4: '{caught, select, yes {Detected by: {check}. Oscar read {read} messages.} other {Nothing was detected; Oscar read {read} messages.}}',
  5: `Oscar read ${countOf('read')} messages. A signature proves only what the key it is checked with proves.`,
  6: `Bob read ${countOf('delivered')} messages and closed normally. A plain CLOSE says nothing about what came before it.`,
  8: `Bob read ${countOf('delivered')} messages{truncated, select, yes {; detected by: ${DETECTED}} other {}}. Noticing needs no cryptography, only a rule: no CLOSE, no proper end.`,
  9: `{caught, select, yes {Detected by: {check}. Bob read ${countOf('delivered')} messages and knows it.} other {Nothing was detected; Bob read ${countOf('delivered')} messages.}}`,
  10: `Bob accepted {accepted} messages, {delivered} of the {sent} Alice wrote; detected by: ${DETECTED}.`,
  11: `Detected by: ${DETECTED}. Oscar read ${countOf('read')} messages; Bob read ${countOf('delivered')}.`,
  12: `Detected by: ${DETECTED}. Bob read ${countOf('delivered')} messages{truncated, select, yes { and knows the conversation was cut short} other {}}.`,
});
