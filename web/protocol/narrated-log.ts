import { toBase64 } from '../crypto/encoding.ts';
import { showInvisibles } from '../text/text.ts';
import { checkLabel } from './checks.ts';
import type { TraceEvent } from './events.ts';
import { type PartyId, partyName } from './parties.ts';
import type { Trace } from './trace.ts';

const RULE = '='.repeat(37);

/** Who a log line belongs to: packets on the wire are told by "Internet", as in seed 000. */
function speaker(event: TraceEvent): string {
  if (event.type === 'packet-sent') return 'Internet';
  return partyName(event.actor as PartyId);
}

function lines(event: TraceEvent): string[] {
  if (event.type !== 'packet-sent') return [event.narration];
  const { packet } = event;
  return [
    event.narration,
    `sender = ${partyName(packet.from)}`,
    `to = ${partyName(packet.to)}`,
    ...packet.fields.map(
      (f) => `${f.name} (${f.bytes.length} B) = ${truncate(toBase64(f.bytes), 96)}`,
    ),
    `is_encrypted = ${packet.encrypted ? 'True' : 'False'}`,
  ];
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} base64 chars)` : text;
}

/** The narrated log in the spirit of seed 000: a header per actor, then its lines. */
export function narratedLog(trace: Trace): string {
  const out: string[] = [];
  let current = '';
  for (const event of trace.events) {
    const who = speaker(event);
    if (who !== current) {
      out.push(RULE, `${who}:`);
      current = who;
    }
    // Messages are the user's text: an ANSI escape in one must not reach the terminal.
    for (const line of lines(event)) out.push(`- ${showInvisibles(line)}`);
  }
  const o = trace.outcome;
  out.push(
    RULE,
    'Outcome:',
    `- messages sent: ${o.sent}`,
    `- read correctly by their recipient: ${o.delivered} (by Bob: ${o.deliveredToBob})`,
    `- read by Oscar: ${o.readByOscar} of ${o.sent}`,
    ...Object.entries(o.readBy)
      .filter(([party, count]) => party !== 'oscar' && count > 0)
      .map(
        ([party, count]) =>
          `- read by ${partyName(party)}, not its recipient: ${count} of ${o.sent}`,
      ),
    ...(o.readByOscarLater
      ? [`- of those, read by Oscar in a later phase: ${o.readByOscarLater}`]
      : []),
    ...(o.keyTries
      ? [
          `- keys Oscar tried on what he recorded: ${o.keyTries.keys} keys on ${o.keyTries.packets} packets, ${o.keyTries.tries} tries, ${o.keyTries.opened} opened`,
        ]
      : []),
    ...(o.nextSession
      ? [
          `- the next session: ${o.nextSession.sent} sent, ${o.nextSession.delivered} read by their recipient, ${o.nextSession.readByOscar} read by Oscar, ${o.nextSession.forgedAccepted} accepted although never written`,
        ]
      : []),
    ...(o.acceptedCopies !== undefined
      ? [`- copies accepted by their recipient, each counted: ${o.acceptedCopies}`]
      : []),
    `- rejected: ${o.rejected}`,
    ...(o.missing > 0 ? [`- never reached their recipient: ${o.missing}`] : []),
    ...(o.truncated
      ? ['- truncated: the recipient knows the conversation ended without a valid close']
      : []),
    `- accepted although Alice or Bob never wrote it: ${o.forgedAccepted}`,
    ...(o.recoveredBytes ?? []).map(
      (r) =>
        `- bytes of message ${r.message} Oscar recovered without the key: ${r.recovered} of ${r.total}`,
    ),
    ...(o.forgedTagAccepted !== undefined
      ? [`- GCM tag Oscar computed without the key accepted: ${o.forgedTagAccepted ? 'yes' : 'no'}`]
      : []),
    ...(o.detectedBy ? [`- detected by: ${checkLabel(o.detectedBy)}`] : []),
  );
  return out.join('\n');
}
