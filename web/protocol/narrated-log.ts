import { toBase64 } from '../crypto/encoding.ts';
import { type PartyId, partyName, type Trace, type TraceEvent } from './types.ts';

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
    for (const line of lines(event)) out.push(`- ${line}`);
  }
  const o = trace.outcome;
  out.push(
    RULE,
    'Outcome:',
    `- messages sent: ${o.sent}`,
    `- read correctly by their recipient: ${o.delivered} (by Bob: ${o.deliveredToBob})`,
    `- read by Oscar: ${o.readByOscar} of ${o.sent}`,
    ...(o.readByOscarLater
      ? [`- of those, read by Oscar in a later phase: ${o.readByOscarLater}`]
      : []),
    ...(o.acceptedCopies !== undefined
      ? [`- copies accepted by their recipient, each counted: ${o.acceptedCopies}`]
      : []),
    `- rejected: ${o.rejected}`,
    `- accepted although Alice or Bob never wrote it: ${o.forgedAccepted}`,
    ...(o.detectedBy ? [`- detected by: ${o.detectedBy}`] : []),
  );
  return out.join('\n');
}
