import type { Packet, PartyId, TraceEvent } from '../../protocol/types.ts';

export type PacketStop = 'sender' | 'oscar' | 'recipient';

export interface PacketOnStage {
  readonly packet: Packet;
  readonly stop: PacketStop;
  /** True while the packet's own event is the current one (it is moving or being handled). */
  readonly moving: boolean;
}

/** Where the most recent packet is, after the first `shown` events. */
export function packetOnStage(events: readonly TraceEvent[], shown: number): PacketOnStage | null {
  for (let i = Math.min(shown, events.length) - 1; i >= 0; i--) {
    const event = events[i];
    if (!event) continue;
    const moving = i === shown - 1;
    if (event.type === 'packet-sent') return { packet: event.packet, stop: 'sender', moving };
    if (event.type === 'intercepted') return { packet: event.packet, stop: 'oscar', moving };
    if (event.type === 'packet-delivered')
      return { packet: event.packet, stop: 'recipient', moving };
  }
  return null;
}

export function stopParty(packet: Packet, stop: PacketStop): PartyId {
  if (stop === 'oscar') return 'oscar';
  return stop === 'sender' ? packet.from : packet.to;
}
