import { toBase64 } from '../web/crypto/encoding.ts';
import { checkLabel } from '../web/protocol/checks.ts';
import type { Trace, TraceEvent } from '../web/protocol/index.ts';
import { render, t } from '../web/text/index.ts';
import { showInvisibles } from '../web/text/text.ts';
import '../web/text/messages/engine-patterns.ts';
import { partyName } from '../web/text/messages/parties.ts';
import '../web/text/messages/trace-log.ts';

const RULE = '='.repeat(37);

/** Who a log line belongs to: packets on the wire are told by "Internet", as in seed 000. */
function speaker(event: TraceEvent): string {
  if (event.type === 'packet-sent') return t('log.internet');
  return partyName(event.actor);
}

function lines(event: TraceEvent): string[] {
  const narration = render(event.narration);
  if (event.type !== 'packet-sent') return [narration];
  const { packet } = event;
  return [
    narration,
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

/** The outcome's lines, each through the catalogue. */
function outcomeLines(trace: Trace): string[] {
  const o = trace.outcome;
  const sent = o.sent;
  return [
    t('log.sent', { sent }),
    t('log.delivered', { delivered: o.delivered, toBob: o.deliveredToBob }),
    t('log.read-by-oscar', { read: o.readByOscar, sent }),
    ...Object.entries(o.readBy)
      .filter(([party, count]) => party !== 'oscar' && count > 0)
      .map(([party, read]) => t('log.read-by-other', { party, read, sent })),
    ...(o.readByOscarLater ? [t('log.read-later', { read: o.readByOscarLater })] : []),
    ...(o.keyTries ? [t('log.key-tries', { ...o.keyTries })] : []),
    ...(o.nextSession
      ? [
          t('log.next-session', {
            sent: o.nextSession.sent,
            delivered: o.nextSession.delivered,
            read: o.nextSession.readByOscar,
            forged: o.nextSession.forgedAccepted,
          }),
        ]
      : []),
    ...(o.acceptedCopies !== undefined
      ? [t('log.accepted-copies', { copies: o.acceptedCopies })]
      : []),
    t('log.rejected', { rejected: o.rejected }),
    ...(o.missing > 0 ? [t('log.missing', { missing: o.missing })] : []),
    ...(o.truncated ? [t('log.truncated')] : []),
    t('log.forged-accepted', { forged: o.forgedAccepted }),
    ...(o.recoveredBytes ?? []).map((r) => t('log.recovered-bytes', { ...r })),
    ...(o.forgedTagAccepted !== undefined
      ? [t('log.forged-tag', { accepted: o.forgedTagAccepted ? 'yes' : 'no' })]
      : []),
    ...(o.detectedBy ? [t('log.detected-by', { check: checkLabel(o.detectedBy) })] : []),
  ];
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
  out.push(RULE, `${t('log.outcome')}:`, ...outcomeLines(trace).map((line) => `- ${line}`));
  return out.join('\n');
}
