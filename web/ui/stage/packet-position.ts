import type { Packet, PartyId, TraceEvent } from '../../protocol/index.ts';

export type PacketStop = 'sender' | 'oscar' | 'recipient';

export interface PacketOnStage {
  readonly packet: Packet;
  readonly stop: PacketStop;
  /** True once Oscar has put his own packet in place of the one that was sent. */
  readonly swapped: boolean;
}

/** Where the most recent packet is, after the first `shown` events. */
export function packetOnStage(events: readonly TraceEvent[], shown: number): PacketOnStage | null {
  for (let i = Math.min(shown, events.length) - 1; i >= 0; i--) {
    const event = events[i];
    if (!event) continue;
    if (event.type === 'packet-sent')
      return { packet: event.packet, stop: 'sender', swapped: false };
    if (event.type === 'intercepted') {
      return event.result
        ? { packet: event.result, stop: 'oscar', swapped: true }
        : { packet: event.packet, stop: 'oscar', swapped: false };
    }
    if (event.type === 'packet-delivered') {
      const swapped = events.some(
        (e, j) =>
          j < i &&
          e.type === 'intercepted' &&
          e.packet.id === event.packet.id &&
          e.result !== undefined,
      );
      return { packet: event.packet, stop: 'recipient', swapped };
    }
  }
  return null;
}

export function stopParty(packet: Packet, stop: PacketStop): PartyId {
  if (stop === 'oscar') return 'oscar';
  return stop === 'sender' ? packet.from : packet.to;
}
