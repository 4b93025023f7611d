import { registerMessages } from '../catalogue.ts';
// Plurals below: the full message reader first.
import './rich-formatting.ts';

// The computed outcome under the stage, in sentences with numbers. Its note before the run ends
// is in the page's HTML, so with the stage's words (ui-stage.ts).
registerMessages({
  'ui.outcome.oscar-wins': 'Oscar wins.',
  'ui.outcome.caught': 'Oscar is caught.',
  'ui.outcome.cannot-read': 'Oscar cannot read the messages.',
  'ui.outcome.no-attacker': 'No attacker on the wire this run.',
  'ui.outcome.stopped':
    'Alice and Bob stopped before sending anything: detected by {check}. Oscar read 0 messages.',
  'ui.outcome.none-sent': 'No message was sent.',
  'ui.outcome.read':
    'Oscar read {read} of {sent, plural, =1 {# message} other {# messages}}{unnoticed, select, yes {; Alice and Bob detected nothing.} other {.}}',
  'ui.outcome.delivered': 'Their recipients read {delivered} of {sent} exactly as written.',
  'ui.outcome.recovered':
    'Oscar recovered {recovered} of {total} bytes of message {message} without the key.',
  'ui.outcome.tag-accepted': 'AES-GCM accepted a tag Oscar computed without the key.',
  'ui.outcome.tag-refused': 'AES-GCM refused the tag Oscar computed.',
  'ui.outcome.missing':
    '{missing, plural, =1 {# message never reached its recipient.} other {# messages never reached their recipient.}}',
  'ui.outcome.truncated':
    'The recipient knows the conversation was cut short: it ended without a valid CLOSE or close_notify.',
  'ui.outcome.read-by':
    '{party} read {count} of {sent, plural, =1 {# message} other {# messages}} not meant for it.',
  'ui.outcome.metadata': 'He still sees who talks to whom, when, and how long each message is.',
  'ui.outcome.replayed': '{copies} copies accepted, {replayed} of them replayed.',
  'ui.outcome.later': 'Oscar read {later} later, with a stolen key.',
  'ui.outcome.tries':
    'Later he tried the keys he held on {packets} recorded packets, {tries} tries: {opened, plural, =0 {none} other {#}} opened.',
  'ui.outcome.next-session':
    'In the session after the theft, Oscar read {read} of {sent, plural, =1 {# message} other {# messages}}.',
  'ui.outcome.rejected': '{rejected, plural, =1 {# message} other {# messages}} rejected.',
  'ui.outcome.forged':
    '{forged, plural, =1 {# message} other {# messages}} accepted that the sender never wrote.',
  'ui.outcome.detected': 'Detected by: {check}.',
});
