import type { PartyId, RelayMetadata, TraceEvent } from '../../protocol/index.ts';

/** What a relay saw of the last packet it passed on, after the first `shown` events. */
export interface RelaySight {
  readonly metadata: RelayMetadata;
  /**
   * For a packet that carries a message: whether the relay read its text (hop by hop, it
   * decrypts to re-encrypt) or passed it on unopened. Null for other packets (keys), and
   * while the relay has neither read it nor sent it on.
   */
  readonly readIt: boolean | null;
}

export function relaySightAt(
  events: readonly TraceEvent[],
  shown: number,
  relay: PartyId,
): RelaySight | null {
  const seen = events.slice(0, Math.min(shown, events.length));
  for (let i = seen.length - 1; i >= 0; i--) {
    const event = seen[i];
    if (event?.type !== 'relayed' || event.actor !== relay) continue;
    const { messageId } = event.packet;
    if (messageId === undefined) return { metadata: event.metadata, readIt: null };
    const later = seen.slice(i + 1);
    const read = later.some(
      (e) => e.type === 'message-read' && e.actor === relay && e.messageId === messageId,
    );
    const passedOn = later.some(
      (e) => e.type === 'packet-sent' && e.actor === relay && e.packet.messageId === messageId,
    );
    return { metadata: event.metadata, readIt: read ? true : passedOn ? false : null };
  }
  return null;
}
