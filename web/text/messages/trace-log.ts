import { registerMessages } from '../catalogue.ts';
// Counts and party names below: the full message reader first.
import './rich-formatting.ts';

/** The command line's narrated log (`npm run trace`): who speaks, packets, and the outcome. */
export const traceLogMessages = {
  'log.internet': 'Internet',
  'log.outcome': 'Outcome',
  'log.sent': 'messages sent: {sent, number}',
  'log.delivered':
    'read correctly by their recipient: {delivered, number} (by Bob: {toBob, number})',
  'log.read-by-oscar': 'read by Oscar: {read, number} of {sent, number}',
  'log.read-by-other':
    'read by {party, party}, not its recipient: {read, number} of {sent, number}',
  'log.read-later': 'of those, read by Oscar in a later phase: {read, number}',
  'log.key-tries':
    'keys Oscar tried on what he recorded: {keys, number} keys on {packets, number} packets, {tries, number} tries, {opened, number} opened',
  'log.next-session':
    'the next session: {sent, number} sent, {delivered, number} read by their recipient, {read, number} read by Oscar, {forged, number} accepted although never written',
  'log.accepted-copies': 'copies accepted by their recipient, each counted: {copies, number}',
  'log.rejected': 'rejected: {rejected, number}',
  'log.missing': 'never reached their recipient: {missing, number}',
  'log.truncated': 'truncated: the recipient knows the conversation ended without a valid close',
  'log.forged-accepted': 'accepted although Alice or Bob never wrote it: {forged, number}',
  'log.recovered-bytes':
    'bytes of message {message} Oscar recovered without the key: {recovered, number} of {total, number}',
  'log.forged-tag':
    'GCM tag Oscar computed without the key accepted: {accepted, select, yes {yes} other {no}}',
  'log.detected-by': 'detected by: {check}',
} as const;

registerMessages(traceLogMessages);
