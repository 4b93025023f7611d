import { type PartyId, type TraceEvent, wireName } from '../../protocol/index.ts';
import { render } from '../../text/index.ts';

/** One move of a party's state machine in this run: into `to`, caused by `on`. */
export interface MachineMove {
  readonly to: string;
  readonly on: string;
  /** True once the playback cursor has passed it. */
  readonly taken: boolean;
}

/** A packet that arrived in a state that does not accept it. */
export interface Refusal {
  readonly state: string;
  readonly packet: string;
}

/** One party's state machine as this run walks it, seen at the playback cursor. */
export interface MachineView {
  readonly actor: PartyId;
  readonly start: string;
  readonly moves: readonly MachineMove[];
  /** The state the party is in now: `start`, or the `to` of the last move taken. */
  readonly current: string;
  /** How many moves are taken: 0 means the party is still in `start`. */
  readonly taken: number;
  readonly refusals: readonly Refusal[];
}

/**
 * Each party's state machine, from the trace's `state` events: the path the whole run takes
 * (so the picture does not grow as it plays), with the moves up to the cursor taken and the
 * packets refused so far. Parties in the order their machines first move.
 */
export function machinesAt(events: readonly TraceEvent[], shown: number): MachineView[] {
  const building = new Map<PartyId, { start: string; moves: MachineMove[]; refusals: Refusal[] }>();
  events.forEach((event, index) => {
    if (event.type !== 'state') return;
    const machine = building.get(event.actor) ?? { start: event.from, moves: [], refusals: [] };
    machine.moves.push({ to: event.to, on: render(event.on), taken: index < shown });
    building.set(event.actor, machine);
  });
  events.slice(0, shown).forEach((event) => {
    if (event.type !== 'packet-refused') return;
    building
      .get(event.actor)
      ?.refusals.push({ state: event.state, packet: wireName(event.packet.kind) });
  });
  return [...building.entries()].map(([actor, { start, moves, refusals }]) => {
    const taken = moves.filter((m) => m.taken).length;
    return {
      actor,
      start,
      moves,
      current: taken > 0 ? (moves[taken - 1]?.to ?? start) : start,
      taken,
      refusals,
    };
  });
}

/** True when the run has state machines to draw. */
export function hasStateMachines(events: readonly TraceEvent[]): boolean {
  return events.some((e) => e.type === 'state');
}
