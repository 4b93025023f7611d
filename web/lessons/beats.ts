import type { Packet, TraceEvent } from '../protocol/index.ts';

/** What a party does just before sending, as part of the same move: make a key, write a message. */
function leadsIntoSend(event: TraceEvent, sender: string): boolean {
  if (event.type === 'joined') return true;
  return (
    (event.type === 'key-generated' || event.type === 'message-written') && event.actor === sender
  );
}

/** Packets that start a beat of their own; registration happened before the story starts. */
function startsBeat(event: TraceEvent): event is Extract<TraceEvent, { type: 'packet-sent' }> {
  return event.type === 'packet-sent' && event.packet.channel !== 'registration';
}

/** Only this packet's own journey (Oscar's copy, its arrival) happened since it was sent. */
function onlyItsJourney(events: readonly TraceEvent[], packetId: string): boolean {
  return events.every(
    (e) => (e.type === 'intercepted' || e.type === 'packet-delivered') && e.packet.id === packetId,
  );
}

/**
 * Where one press of → stops: the number of events on stage at the end of each beat, ascending,
 * the last one being the whole trace.
 *
 * A beat is one packet's story, as a presenter tells it: what its sender does to prepare it
 * (a key, a message), the sending, what Oscar does with it, its arrival and what the recipient
 * makes of it. Everything before the second packet (who joined, keys made, what was
 * registered in advance) belongs to the first beat. Packets one party sends in a row to the
 * same party, with nothing done in between but their journeys (Alice sends p, g, then A), are
 * one beat. A run without packets is one event a beat.
 */
export function beatEnds(events: readonly TraceEvent[]): number[] {
  const ends = new Set<number>();
  let previous: { index: number; packet: Packet } | null = null;
  events.forEach((event, index) => {
    if (!startsBeat(event)) return;
    const before = previous;
    previous = { index, packet: event.packet };
    if (!before) return;
    let start = index;
    for (let lead = events[start - 1]; lead && leadsIntoSend(lead, event.actor); ) {
      start--;
      lead = events[start - 1];
    }
    const sameMove =
      before.packet.from === event.packet.from &&
      before.packet.to === event.packet.to &&
      onlyItsJourney(events.slice(before.index + 1, start), before.packet.id);
    if (!sameMove) ends.add(start);
  });
  if (!previous) for (let end = 1; end <= events.length; end++) ends.add(end);
  ends.add(events.length);
  ends.delete(0);
  return [...ends].sort((a, b) => a - b);
}

/** Where a step opens and pauses in one trace, as event counts (0 ≤ opening ≤ pause ≤ length). */
export interface Segment {
  readonly opening: number;
  readonly pause: number;
}

/** The stops of → inside a segment: every beat end after the opening, up to the pause. */
export function segmentStops(events: readonly TraceEvent[], segment: Segment): number[] {
  const stops = beatEnds(events).filter((end) => end > segment.opening && end < segment.pause);
  if (segment.pause > segment.opening) stops.push(segment.pause);
  return stops;
}

/** Presses of → from a step's opening until the next step opens: one per stop, one to move on. */
export function pressesToNextStep(events: readonly TraceEvent[], segment: Segment): number {
  return segmentStops(events, segment).length + 1;
}
