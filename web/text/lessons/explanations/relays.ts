import { countOf, registerExplanations } from './register.ts';

// The explanations of the check questions in “Relays”, by step number: each is rendered from the
// outcome of a run, so they load with it (lessons/lesson-parts.ts), not with the lesson.
/** What Bob accepted that Alice never wrote, and what he rejected. */
const VERDICT =
  '{forged, plural, =0 {{rejected, plural, =0 {Bob accepted nothing Alice did not write.} =1 {Bob accepted nothing Alice did not write: he rejected one message{tagFailed, select, yes {, whose GCM tag did not verify} other {}}.} other {Bob accepted nothing Alice did not write: he rejected # messages{tagFailed, select, yes {, whose GCM tag did not verify} other {}}.}}} =1 {Bob accepted one message Alice never wrote{caught, select, yes {} other {, and no check failed}}.} other {Bob accepted # messages Alice never wrote{caught, select, yes {} other {, and no check failed}}.}}';

registerExplanations('relays', {
  4: `Broker 1 read ${countOf('broker1')} messages, Broker 2 ${countOf('broker2')}. Encryption on each link protects the wire, not the relay.`,
  5: `${VERDICT} Oscar read ${countOf('read')} messages on a link his stolen key was never meant for.`,
  7: `Oscar read ${countOf('read')} messages. ${VERDICT}`,
  8: `Oscar read ${countOf('read')} messages, and nothing was detected.`,
  9: VERDICT,
  10: `The relays read ${countOf('relays')} copies that passed them, Oscar {read}, and Alice and Bob ${countOf('delivered')}.`,
  11: VERDICT,
});
