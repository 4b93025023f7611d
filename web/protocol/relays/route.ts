import { utf8Encode } from '../../crypto/encoding.ts';
import { say } from '../../text/messages/engine.ts';
import type { Field, Packet } from '../packet-types.ts';
import type { PartyId } from '../parties.ts';

/** The path from Alice to Bob; Bob's replies take it backwards. */
export const PATH: readonly PartyId[] = ['alice', 'broker-1', 'broker-2', 'bob'];

export function nextHop(at: PartyId, destination: PartyId): PartyId {
  const here = PATH.indexOf(at);
  const there = PATH.indexOf(destination);
  const next = PATH[here + Math.sign(there - here)];
  if (here < 0 || there < 0 || !next) throw new Error(`No route from ${at} to ${destination}.`);
  return next;
}

/** The header a relay needs to forward a packet: it travels in the clear. */
export function routeField(origin: PartyId, destination: PartyId): Field {
  return {
    name: 'route',
    bytes: utf8Encode(`${origin}>${destination}`),
    note: say('note.route'),
  };
}

export function routeOf(packet: Packet): { origin: PartyId; destination: PartyId } {
  const route = packet.fields.find((f) => f.name === 'route');
  const [origin, destination] = new TextDecoder().decode(route?.bytes).split('>');
  if (!origin || !destination) throw new Error(`Packet ${packet.id} has no route header.`);
  return { origin, destination };
}
