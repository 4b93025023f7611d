import type { Packet, Trace, TraceEvent } from '../protocol/index.ts';
import type { LabState } from './lab-state.ts';

const NO_EVENTS: readonly TraceEvent[] = [];

/** A trace's events; one empty list for no trace, so readers see the same value each time. */
export const eventsOf = (trace: Trace | null): readonly TraceEvent[] => trace?.events ?? NO_EVENTS;
export const selectEvents = (s: LabState) => eventsOf(s.trace);
export const selectShown = (s: LabState) => s.shown;
export const selectTrace = (s: LabState) => s.trace;
/** How many events the run has; null before it exists (the page's HTML, a run computing for the first time). */
export const selectTotal = (s: LabState) => s.trace?.events.length ?? null;
export const selectPlaying = (s: LabState) => s.playing;
export const selectSpeed = (s: LabState) => s.speed;
export const selectStatus = (s: LabState) => s.status;
/**
 * The stage is about to change: a run computes, or a step was asked for whose lesson still
 * loads. It is busy until its run exists: in a page rendered at build time it has none yet.
 */
export const selectBusy = (s: LabState) =>
  s.status === 'idle' ||
  s.status === 'computing' ||
  (s.requested !== null && s.requested !== s.position);
export const selectError = (s: LabState) => s.error;
/**
 * Why the run failed, or null. The stage's column reads this, not the status, so a run that
 * starts or ends does not render the column (and every panel in it) again.
 */
export const selectFailure = (s: LabState) => (s.status === 'error' ? s.error : null);
export const selectConfig = (s: LabState) => s.config;
export const selectPlan = (s: LabState) => s.plan;
export const selectPosition = (s: LabState) => s.position;
export const selectSegment = (s: LabState) => s.segment;
export const selectPause = (s: LabState) => s.segment.pause;
/** The open step has one after it in its lesson (the lesson opens with the step's position). */
export const selectHasNextStep = (s: LabState) =>
  s.position !== null && s.lesson !== null && s.position.stepIndex + 1 < s.lesson.steps.length;
/** The open step's own part has played: its narration is true of the stage. */
export const selectAtPause = (s: LabState) =>
  s.status === 'ready' && s.trace !== null && s.shown >= s.segment.pause;
export const selectOutcome = (s: LabState) => s.trace?.outcome ?? null;
export const selectFinished = (s: LabState) =>
  s.status === 'ready' && s.trace !== null && s.shown >= s.trace.events.length;
export const selectSelectedPacketId = (s: LabState) => s.selectedPacketId;

/** Packets so far, in order: each one sent, each one Oscar put in place of another or injected. */
export function packetsOnWire(events: readonly TraceEvent[], shown: number): Packet[] {
  const packets: Packet[] = [];
  for (const event of events.slice(0, shown)) {
    if (event.type === 'packet-sent') packets.push(event.packet);
    if (event.type === 'intercepted' && event.result) packets.push(event.result);
    if (event.type === 'intercepted' && event.action.do === 'inject')
      packets.push(...event.action.with);
  }
  return packets;
}
