import type { Packet, PartyId, Topology, TraceEvent } from '../../protocol/index.ts';

/** What Oscar did to a packet, as the diagram marks it on the arrow. */
export type OscarMark =
  | 'copied'
  | 'dropped'
  | 'delayed'
  | 'modified'
  | 'replaced'
  | 'injected'
  | 'replayed'
  | 'forged';

/** Where an arrow's packet is, at the playback cursor. */
export type Fate = 'in flight' | 'delivered' | 'refused' | 'dropped' | 'replaced';

/** One arrow of the sequence diagram: one packet on one hop. */
export interface Arrow {
  /** Unique in the diagram (a replayed packet is drawn twice). */
  readonly key: string;
  readonly packet: Packet;
  /** The column the arrow starts from and the one it ends at. */
  readonly start: PartyId;
  readonly end: PartyId;
  readonly marks: readonly OscarMark[];
  /** Oscar sent this packet himself (injected, in place of another, replayed). */
  readonly byOscar: boolean;
  readonly fate: Fate;
  /** The recipient's state when it refused the packet. */
  readonly refusedIn?: string;
  /** The recipient's protocol state once it has handled the packet (runs with states). */
  readonly stateAfter?: string;
}

export interface SequenceModel {
  /** The lifelines, left to right. */
  readonly columns: readonly PartyId[];
  readonly arrows: readonly Arrow[];
}

interface Building {
  key: string;
  packet: Packet;
  start: PartyId;
  end: PartyId;
  marks: OscarMark[];
  byOscar: boolean;
  fate: Fate;
  refusedIn?: string;
  deliveredAt?: number;
}

/**
 * The sequence diagram of the first `shown` events: one arrow per packet per hop, in the
 * order the packets left, with what Oscar did to each. Oscar's own packets start from him;
 * a packet he stopped ends at him.
 */
export function sequenceAt(
  events: readonly TraceEvent[],
  shown: number,
  topology: Topology,
): SequenceModel {
  const oscarColumn = oscarLifeline(topology);
  // Where Oscar acts: his lifeline, or the relay he is inside.
  const oscarAt =
    oscarColumn ?? (topology.oscar?.on === 'relay' ? topology.oscar.party : undefined);
  const arrows: Building[] = [];
  const latest = new Map<string, Building>();
  const add = (packet: Packet, index: number, marks: OscarMark[], byOscar: boolean) => {
    const start = byOscar && oscarAt ? oscarAt : packet.from;
    const arrow: Building = {
      key: `${packet.id}@${index}`,
      packet,
      start,
      end: packet.to,
      marks: packet.forgedBy && !marks.includes('forged') ? [...marks, 'forged'] : marks,
      byOscar,
      fate: 'in flight',
    };
    arrows.push(arrow);
    latest.set(packet.id, arrow);
  };
  const stop = (arrow: Building, mark: OscarMark, fate: Fate) => {
    arrow.marks.push(mark);
    arrow.fate = fate;
    if (oscarAt) arrow.end = oscarAt;
  };

  const seen = events.slice(0, Math.min(shown, events.length));
  seen.forEach((event, index) => {
    if (event.type === 'packet-sent') add(event.packet, index, [], event.actor === 'oscar');
    if (event.type === 'intercepted') {
      const arrow = latest.get(event.packet.id);
      const { action } = event;
      if (action.do === 'drop') {
        if (arrow) stop(arrow, 'dropped', 'dropped');
      } else if (action.do === 'replace' || (action.do === 'modify' && event.result)) {
        const mark: OscarMark = action.do === 'replace' ? 'replaced' : 'modified';
        const sent = event.result ?? (action.do === 'replace' ? action.with : undefined);
        if (arrow && sent && sent.id !== event.packet.id) {
          stop(arrow, mark, 'replaced');
          add(sent, index, [mark], true);
        } else arrow?.marks.push(mark);
      } else {
        arrow?.marks.push(action.do === 'delay' ? 'delayed' : 'copied');
        if (action.do === 'inject') for (const p of action.with) add(p, index, ['injected'], true);
        if (action.do === 'replay') {
          const old = arrows.find((a) => a.packet.id === action.packetId)?.packet;
          if (old) add(old, index, ['replayed'], true);
        }
      }
    }
    if (event.type === 'packet-delivered') {
      const arrow = latest.get(event.packet.id);
      if (arrow && arrow.fate === 'in flight') {
        arrow.fate = 'delivered';
        arrow.deliveredAt = index;
      }
    }
    if (event.type === 'packet-refused') {
      const arrow = latest.get(event.packet.id);
      if (arrow) {
        arrow.fate = 'refused';
        arrow.refusedIn = event.state;
      }
    }
  });

  return {
    columns: columnsFor(topology, oscarColumn, arrows),
    arrows: arrows.map(({ deliveredAt, ...arrow }) => {
      const after =
        deliveredAt === undefined ? undefined : stateAfter(seen, deliveredAt, arrow.packet.to);
      return after === undefined ? arrow : { ...arrow, stateAfter: after };
    }),
  };
}

/** Oscar has a lifeline of his own when he taps a link (not inside a relay, not off). */
function oscarLifeline(topology: Topology): PartyId | undefined {
  if (topology.oscar?.on !== 'link') return undefined;
  return topology.parties.find((p) => p.role === 'attacker')?.id;
}

/** Lifelines: the parties along the wire in order, Oscar in the link he taps, then the rest. */
function columnsFor(
  topology: Topology,
  oscar: PartyId | undefined,
  arrows: readonly Building[],
): PartyId[] {
  const columns = topology.parties
    .filter((p) => p.role !== 'attacker' && p.role !== 'authority')
    .map((p) => p.id);
  const at = topology.oscar;
  if (oscar && at?.on === 'link') {
    const link = topology.links.find((l) => l.id === at.link);
    const after = link ? Math.max(columns.indexOf(link.a), columns.indexOf(link.b)) : -1;
    columns.splice(after > 0 ? after : Math.ceil(columns.length / 2), 0, oscar);
  }
  for (const arrow of arrows)
    for (const party of [arrow.start, arrow.end]) if (!columns.includes(party)) columns.push(party);
  return columns;
}

/**
 * The recipient's state once it has handled the packet delivered at `index`: the first move
 * it makes before the next packet arrives (what it does later, such as sending, is not this
 * packet's doing), else the state it was already in.
 */
function stateAfter(
  events: readonly TraceEvent[],
  index: number,
  recipient: PartyId,
): string | undefined {
  const moves = events
    .map((event, i) => ({ event, i }))
    .filter(
      (m): m is { event: Extract<TraceEvent, { type: 'state' }>; i: number } =>
        m.event.type === 'state' && m.event.actor === recipient,
    );
  const first = moves[0];
  if (!first) return undefined;
  const next = events.findIndex((e, i) => i > index && e.type === 'packet-delivered');
  const until = next < 0 ? events.length : next;
  const caused = moves.find((m) => m.i > index && m.i < until);
  if (caused) return caused.event.to;
  const before = moves.filter((m) => m.i < index).at(-1);
  return before ? before.event.to : first.event.from;
}
