import type { TraceEvent } from '../events.ts';
import type { Packet } from '../packet-types.ts';

/**
 * What a run's events leave observable, without bytes (keys and IVs are fresh in every run):
 * what Alice and Bob sent, received, checked, read and refused, the keys each holds and whose
 * they really are, what Oscar read, and which packets he is holding back. Two scripts that
 * reach one packet with the same line are in the same state: what follows is the same.
 */
function line(event: TraceEvent, held: Set<string>): string | null {
  switch (event.type) {
    case 'packet-sent':
      return `sent ${event.packet.from}>${event.packet.to} ${event.packet.kind} ${event.packet.messageId ?? ''}`;
    case 'packet-delivered':
      held.delete(event.packet.id);
      return `got ${event.actor} ${event.packet.kind} ${event.packet.messageId ?? ''} ${event.packet.forgedBy ?? ''}`;
    case 'intercepted':
      if (event.action.do === 'delay') held.add(event.packet.id);
      return null;
    case 'message-read':
      return `read ${event.actor} ${event.messageId} ${event.genuine} ${event.text}`;
    case 'message-rejected':
      return `rejected ${event.actor} ${event.messageId}`;
    case 'check':
      return `check ${event.actor} ${event.check} ${event.passed}`;
    case 'packet-refused':
      return `refused ${event.actor} ${event.state} ${event.packet.kind}`;
    case 'state':
      return `state ${event.actor} ${event.to}`;
    case 'aborted':
      return `aborted ${event.actor}`;
    case 'key-learned':
      return ['holds', event.actor, event.key.kind, event.key.owner, event.believedOwner].join(' ');
    case 'phase':
      return 'later';
    default:
      return null;
  }
}

/** The observable state before the `upTo`-th event, and the packet Oscar is about to decide on. */
export function observableState(
  events: readonly TraceEvent[],
  upTo: number,
  next: Packet | null,
): string {
  const held = new Set<string>();
  const lines: string[] = [];
  for (const event of events.slice(0, upTo)) {
    const text = line(event, held);
    if (text) lines.push(text);
  }
  const deciding = next ? `${next.from}>${next.to} ${next.kind} ${next.messageId ?? ''}` : 'end';
  return [...lines, `held ${[...held].sort().join(',')}`, `next ${deciding}`].join('\n');
}

/** Whether Alice or Bob noticed something before the `upTo`-th event: a check failed, a packet refused. */
export function noticedBefore(events: readonly TraceEvent[], upTo: number): boolean {
  return events
    .slice(0, upTo)
    .some(
      (e) =>
        (e.type === 'check' && !e.passed && e.actor !== 'oscar') ||
        (e.type === 'packet-refused' && e.actor !== 'oscar') ||
        (e.type === 'aborted' && e.actor !== 'oscar'),
    );
}
