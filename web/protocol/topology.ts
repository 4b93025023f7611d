import type { ScenarioConfig } from './config-types.ts';
import type { Link, PartyId, Topology, TopologyParty } from './parties.ts';

/** Whether Oscar takes part: the plan's presence, 'off' or a strategy's id. */
type OscarPresent = { readonly presence: string };

/** A link's id names its two ends in the order declared: "alice-bob", "broker-1-broker-2". */
export function link(a: PartyId, b: PartyId): Link {
  return { id: `${a}-${b}`, a, b };
}

/**
 * The link between two parties; side channels (the phone, registration with the CA) are not
 * links of the topology and get an id of their own.
 */
export function linkBetween(topology: Topology, from: PartyId, to: PartyId): string {
  const found = topology.links.find(
    (l) => (l.a === from && l.b === to) || (l.a === to && l.b === from),
  );
  return found ? found.id : `${from}-${to}`;
}

/**
 * Who is on the network, in the topology's order: everyone but the authority (it vouches for
 * keys from apart), and Oscar only when he is on. They join it as a run starts; they are the
 * columns of what each party knows and the narration's filters.
 */
export function networkParties(topology: Topology): TopologyParty[] {
  return topology.parties.filter(
    (p) => p.role !== 'authority' && (p.role !== 'attacker' || topology.oscar !== null),
  );
}

/** Alice and Bob on one wire, Oscar tapping it unless he is off; the CA stands apart. */
export function directTopology(plan: OscarPresent): Topology {
  const wire = link('alice', 'bob');
  const oscarOn = plan.presence !== 'off';
  // Oscar is listed even when he is off: the stage shows where he would stand.
  const parties: TopologyParty[] = [
    { id: 'alice', role: 'sender' },
    { id: 'oscar', role: 'attacker' },
    { id: 'bob', role: 'recipient' },
    { id: 'ca', role: 'authority' },
  ];
  return { parties, links: [wire], oscar: oscarOn ? { on: 'link', link: wire.id } : null };
}

export const RELAYS = ['broker-1', 'broker-2'] as const;

/** Seed 002: Alice ↔ Broker 1 ↔ Broker 2 ↔ Bob. */
export function twoRelaysTopology(plan: OscarPresent, oscarAt: string): Topology {
  const links = [link('alice', 'broker-1'), link('broker-1', 'broker-2'), link('broker-2', 'bob')];
  const parties: TopologyParty[] = [
    { id: 'alice', role: 'sender' },
    { id: 'broker-1', role: 'relay' },
    { id: 'broker-2', role: 'relay' },
    { id: 'bob', role: 'recipient' },
    { id: 'oscar', role: 'attacker' },
  ];
  if (plan.presence === 'off') return { parties, links, oscar: null };
  if ((RELAYS as readonly string[]).includes(oscarAt))
    return { parties, links, oscar: { on: 'relay', party: oscarAt } };
  const tapped = links.find((l) => l.id === oscarAt) ?? links[1];
  if (!tapped) throw new Error('The relay topology has no links.');
  return { parties, links, oscar: { on: 'link', link: tapped.id } };
}

/** Where Oscar may sit in the relay topology: each link, then each relay. */
export const RELAY_OSCAR_SPOTS: readonly string[] = [
  'alice-broker-1',
  'broker-1-broker-2',
  'broker-2-bob',
  ...RELAYS,
];

/**
 * Who stands on the stage for these settings, known before anything runs: the relays when the
 * run goes through them, else the one wire. Every scenario's topology is one of these two
 * (topology.test.ts checks it against each scenario).
 */
export function restingTopology(config: ScenarioConfig, plan: OscarPresent): Topology {
  return config.topology === 'two-relays'
    ? twoRelaysTopology(plan, config.oscarAt)
    : directTopology(plan);
}
