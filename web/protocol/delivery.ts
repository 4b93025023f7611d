import type { OscarAction } from './events.ts';
import type { Packet } from './packet-types.ts';

/** The packet with one byte of one field XORed: Oscar's edit, as it arrives. */
export function modifiedPacket(packet: Packet, field: string, byte: number, xor: number): Packet {
  return {
    ...packet,
    id: `${packet.id}-oscar`,
    forgedBy: 'oscar',
    fields: packet.fields.map((f) => {
      if (f.name !== field) return f;
      const bytes = new Uint8Array(f.bytes);
      if (byte < 0 || byte >= bytes.length)
        throw new Error(`Byte ${byte} is outside the ${bytes.length}-byte ${field}.`);
      bytes[byte] = (bytes[byte] ?? 0) ^ (xor & 0xff);
      return { ...f, bytes };
    }),
  };
}

/** What arrives when Oscar takes `action` on `packet`: zero, one or many packets, or wait. */
export function arrivalsFor(
  action: OscarAction,
  packet: Packet,
  seen: readonly Packet[],
): Packet[] | 'delay' {
  switch (action.do) {
    case 'forward':
      return [packet];
    case 'drop':
      return [];
    case 'delay':
      return 'delay';
    case 'modify':
      return [modifiedPacket(packet, action.field, action.byte, action.xor)];
    case 'replace':
      return [action.with];
    case 'inject':
      return [packet, ...action.with];
    case 'replay': {
      const earlier = seen.find((p) => p.id === action.packetId);
      if (!earlier) throw new Error(`Oscar cannot replay ${action.packetId}: he never saw it.`);
      return [packet, { ...earlier, id: `${earlier.id}-again`, forgedBy: 'oscar' }];
    }
  }
}
