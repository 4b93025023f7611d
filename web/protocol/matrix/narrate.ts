import type { EngineText } from '../../text/messages/engine.ts';
import type { ScriptStep } from '../config-types.ts';
import { searchMoves } from '../oscar/registry.ts';
import type { MoveGroup } from '../oscar/search-move.ts';
import type { Packet } from '../packet-types.ts';
import type { Trace } from '../trace.ts';

/** One step of a script, told Verifpal's way, with the defence that would stop it. */
export interface NarratedStep {
  readonly move: string;
  readonly group: MoveGroup;
  readonly says: EngineText;
  readonly stoppedBy: EngineText;
}

/** A step placed in its run: the packet it acts on and the event where Oscar decides. */
export interface StepOnTrace extends NarratedStep {
  /** 1, 2, 3… in the script's order. */
  readonly number: number;
  /** The packet the step acts on; null for a step made after the conversation. */
  readonly packetId: string | null;
  /** The `intercepted` event of that packet, or where the conversation ends for a later step. */
  readonly event: number;
}

/** The packets Oscar decided on, in order, with where each decision sits among the events. */
export function decisions(trace: Trace): { packet: Packet; event: number }[] {
  const found: { packet: Packet; event: number }[] = [];
  trace.events.forEach((e, event) => {
    if (e.type === 'intercepted') found.push({ packet: e.packet, event });
  });
  return found;
}

/** Where a step acts: the n-th packet he intercepts, or Alice's n-th message (by hand). */
function pointOf(step: ScriptStep, points: ReturnType<typeof decisions>) {
  if (step.at === null) return undefined;
  if (step.counting !== 'alices-messages') return points[step.at];
  const alices = points.filter(
    (p, i) =>
      p.packet.from === 'alice' &&
      p.packet.messageId !== undefined &&
      !p.packet.forgedBy &&
      points.findIndex((q) => q.packet.id === p.packet.id) === i,
  );
  return alices[step.at];
}

/** Where the conversation ends: the first event of "later", else the last event. */
function afterwards(trace: Trace): number {
  const later = trace.events.findIndex((e) => e.type === 'phase');
  return later >= 0 ? later : Math.max(0, trace.events.length - 1);
}

/**
 * The steps of a scripted run, numbered and narrated, each placed on the packet it acts on,
 * so that the sequence diagram and the log can set each beside what it does. Empty for a run
 * that follows no script.
 */
export function stepsOnTrace(trace: Trace): StepOnTrace[] {
  if (trace.plan.presence !== 'scripted') return [];
  const moves = searchMoves();
  const points = decisions(trace);
  return trace.plan.steps.map((step, i) => {
    const move = moves.find((m) => m.id === step.move);
    if (!move) throw new Error(`No strategy declares the search move “${step.move}”.`);
    const point = pointOf(step, points);
    return {
      number: i + 1,
      move: move.id,
      group: move.group,
      says: move.says(point?.packet ?? null),
      stoppedBy: move.stoppedBy,
      packetId: point?.packet.id ?? null,
      event: point?.event ?? afterwards(trace),
    };
  });
}
