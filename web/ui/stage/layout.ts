import type { PartyId, Topology } from '../../protocol/types.ts';

/** Where a party stands: x in percent of the stage's width, its row, and its box width. */
export interface Place {
  readonly x: number;
  /** `wire`: on the line the packets travel; `top`: above it (the CA, Oscar among relays). */
  readonly row: 'wire' | 'top';
  readonly width: number;
  readonly role: string;
}

const ROLE_NOTES = {
  sender: 'sender',
  recipient: 'recipient',
  relay: 'relay',
  attacker: 'on the wire',
  authority: 'vouches for keys',
} as const;

/** Before any trace: Alice, Oscar and Bob on one wire, the CA apart. */
export const DEFAULT_TOPOLOGY: Topology = {
  parties: [
    { id: 'alice', role: 'sender' },
    { id: 'oscar', role: 'attacker' },
    { id: 'bob', role: 'recipient' },
    { id: 'ca', role: 'authority' },
  ],
  links: [{ id: 'alice-bob', a: 'alice', b: 'bob' }],
  oscar: { on: 'link', link: 'alice-bob' },
};

/**
 * The stage's layout, computed from the topology alone: the parties that send and relay
 * stand evenly along the wire from 15 % to 85 %; the CA stands above the middle. Oscar
 * stands on the wire between the two ends he taps when there is room (two parties), else
 * above the link he taps or the relay he is inside.
 */
export function layoutStage(topology: Topology): ReadonlyMap<PartyId, Place> {
  const places = new Map<PartyId, Place>();
  const onWire = topology.parties.filter((p) => p.role !== 'attacker' && p.role !== 'authority');
  const step = onWire.length > 1 ? 70 / (onWire.length - 1) : 0;
  const width = onWire.length > 2 ? Math.min(31, 92 / onWire.length - 2) : 31;
  onWire.forEach((party, i) => {
    places.set(party.id, { x: 15 + i * step, row: 'wire', width, role: ROLE_NOTES[party.role] });
  });
  for (const party of topology.parties) {
    if (party.role === 'authority')
      places.set(party.id, { x: 50, row: 'top', width, role: ROLE_NOTES.authority });
  }
  const oscar = topology.parties.find((p) => p.role === 'attacker');
  if (oscar) places.set(oscar.id, oscarPlace(topology, places, width));
  return places;
}

function oscarPlace(topology: Topology, places: Map<PartyId, Place>, width: number): Place {
  const at = topology.oscar;
  if (at?.on === 'relay')
    return { x: places.get(at.party)?.x ?? 50, row: 'top', width, role: 'inside the relay' };
  const tapped = topology.links.find((l) => at?.on === 'link' && l.id === at.link);
  const a = tapped ? places.get(tapped.a)?.x : undefined;
  const b = tapped ? places.get(tapped.b)?.x : undefined;
  const x = a !== undefined && b !== undefined ? (a + b) / 2 : 50;
  const wireCount = [...places.values()].filter((p) => p.row === 'wire').length;
  return { x, row: wireCount > 2 ? 'top' : 'wire', width, role: ROLE_NOTES.attacker };
}
