import type { Link, PartyId, Topology } from '../../protocol/index.ts';

/** Where a party stands: its centre in percent of the stage's width, its row, its box width. */
export interface Place {
  readonly x: number;
  /** `wire`: under the line the packets travel; `top`: above it (the CA, Oscar among relays). */
  readonly row: 'wire' | 'top';
  readonly width: number;
  readonly role: string;
}

/** The stage computed from a topology: where each party stands and where the wire runs. */
export interface StageLayout {
  readonly places: ReadonlyMap<PartyId, Place>;
  /** The wire's two ends, in percent of the stage's width (the first and last party on it). */
  readonly wire: { readonly from: number; readonly to: number };
  /** Each link as a stretch of the wire; `tapped` when Oscar listens on it. */
  readonly links: readonly {
    readonly id: string;
    readonly from: number;
    readonly to: number;
    readonly tapped: boolean;
  }[];
  /** The relay Oscar sits inside, if any. */
  readonly oscarInside: PartyId | null;
  /** Oscar stands above the wire (among relays), so the wire sits lower to make room. */
  readonly oscarAbove: boolean;
  /** Where Oscar's tap meets the wire (the middle of his link), in percent of the width. */
  readonly tapX: number | null;
  /** More than three boxes along the wire (relays): a slide gives the stage more width. */
  readonly crowded: boolean;
}

/** What each box says under its name: a catalogue key's last part (`ui.stage.role.<note>`). */
const ROLE_NOTES = {
  sender: 'sender',
  recipient: 'recipient',
  relay: 'relay',
  attacker: 'attacker',
  authority: 'authority',
} as const;

/** Space kept at each edge of the stage and between two boxes, in percent of its width. */
const EDGE = 1;
const GAP = 2;
/** Oscar stands in the wire's row when it holds at most this many boxes; else above it. */
const MOST_ON_WIRE_ROW = 3;

/**
 * The stage's layout, computed from the topology alone. The parties that send and relay
 * stand in the wire's row in the order the topology lists them, in equal columns filling
 * the width. Oscar stands in that row between the two ends of the link he taps when the
 * row has room (Alice, Oscar, Bob); otherwise above the link he taps, or above the relay he
 * is inside. The CA stands above the wire too, where Oscar is not.
 */
export function layoutStage(topology: Topology): StageLayout {
  const ends = topology.parties.filter((p) => p.role !== 'attacker' && p.role !== 'authority');
  const oscar = topology.parties.find((p) => p.role === 'attacker');
  const tapped = tappedLink(topology);
  const oscarInRow = oscar !== undefined && ends.length + 1 <= MOST_ON_WIRE_ROW;
  // Oscar's column, in the row: right after the first end of his link (or in the middle).
  const row: PartyId[] = ends.map((p) => p.id);
  if (oscar && oscarInRow) {
    const after = tapped ? Math.max(row.indexOf(tapped.a), row.indexOf(tapped.b)) : -1;
    row.splice(after > 0 ? after : Math.ceil(row.length / 2), 0, oscar.id);
  }
  const columns = Math.max(row.length, 1);
  const width = (100 - 2 * EDGE - (columns - 1) * GAP) / columns;
  const xOf = (i: number) => EDGE + width / 2 + i * (width + GAP);

  const places = new Map<PartyId, Place>();
  row.forEach((id, i) => {
    const party = topology.parties.find((p) => p.id === id);
    if (party) places.set(id, { x: xOf(i), row: 'wire', width, role: ROLE_NOTES[party.role] });
  });
  const wireFrom = places.get(row[0] ?? '')?.x ?? 15;
  const wireTo = places.get(row.at(-1) ?? '')?.x ?? 85;

  const oscarInside = topology.oscar?.on === 'relay' ? topology.oscar.party : null;
  let tapX: number | null = null;
  // Above the wire there is room: Oscar's box spans two columns, so it reads on one line.
  const topWidth = Math.min(2 * width + GAP, 100 - 2 * EDGE);
  if (oscar && !oscarInRow) {
    const x = oscarInside
      ? (places.get(oscarInside)?.x ?? 50)
      : tapped
        ? midpoint(places, tapped)
        : (wireFrom + wireTo) / 2;
    if (!oscarInside) tapX = x;
    const role = oscarInside ? 'inside' : ROLE_NOTES.attacker;
    places.set(oscar.id, { x: within(x, topWidth), row: 'top', width: topWidth, role });
  } else if (oscar && tapped) tapX = places.get(oscar.id)?.x ?? null;
  const authority = topology.parties.find((p) => p.role === 'authority');
  if (authority) {
    // Alone above the wire, the CA may use the room Oscar would take; beside him, one column.
    const above = oscar && !oscarInRow ? places.get(oscar.id) : undefined;
    const caWidth = above ? width : topWidth;
    places.set(authority.id, {
      x: within(authorityX(above, caWidth, wireFrom, wireTo), caWidth),
      row: 'top',
      width: caWidth,
      role: ROLE_NOTES.authority,
    });
  }

  const links = topology.links.map((l) => {
    const a = places.get(l.a)?.x ?? wireFrom;
    const b = places.get(l.b)?.x ?? wireTo;
    return { id: l.id, from: Math.min(a, b), to: Math.max(a, b), tapped: tapped?.id === l.id };
  });
  return {
    places,
    wire: { from: wireFrom, to: wireTo },
    links,
    oscarInside,
    oscarAbove: oscar !== undefined && !oscarInRow,
    tapX,
    crowded: row.length > MOST_ON_WIRE_ROW,
  };
}

function tappedLink(topology: Topology): Link | undefined {
  const at = topology.oscar;
  return at?.on === 'link' ? topology.links.find((l) => l.id === at.link) : undefined;
}

function midpoint(places: ReadonlyMap<PartyId, Place>, link: Link): number {
  const a = places.get(link.a)?.x ?? 50;
  const b = places.get(link.b)?.x ?? 50;
  return (a + b) / 2;
}

/** A box's centre moved just enough for the box to stay on the stage. */
function within(x: number, width: number): number {
  return Math.min(Math.max(x, EDGE + width / 2), 100 - EDGE - width / 2);
}

/** The middle of the wire, unless Oscar stands there: then the end farther from him. */
function authorityX(oscar: Place | undefined, width: number, from: number, to: number): number {
  const middle = (from + to) / 2;
  if (!oscar || Math.abs(oscar.x - middle) >= (oscar.width + width) / 2 + GAP) return middle;
  return oscar.x < middle ? to : from;
}
