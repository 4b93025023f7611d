import type { StateCreator } from 'zustand';
import { type Segment, segmentStops } from '../lessons/beats.ts';
import type { Trace } from '../protocol/types.ts';
import type { LabState } from './store.ts';

export const SPEEDS = [0.5, 1, 2, 'instant'] as const;
export type Speed = (typeof SPEEDS)[number];

/** How long one event stays on stage at 1×, in milliseconds. */
export const BEAT_MS = 1300;

/** Where a trace opens and pauses: a lesson step decides; elsewhere the whole run plays. */
export type SegmentOf = (trace: Trace) => Segment;

export const wholeRun: SegmentOf = (trace) => ({ opening: 0, pause: trace.events.length });

/** How the next trace is entered: at the segment's opening, or (stepping back) at its pause. */
export type StepEntry = 'start' | 'end';

export interface PlaybackSlice {
  /** How many events of the trace are on stage (0 = none yet). */
  readonly shown: number;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly selectedPacketId: string | null;
  /** The part of the current trace that belongs to the open step. */
  readonly segment: Segment;
  readonly segmentOf: SegmentOf;
  /** How the next loaded trace is entered; used once, then back to 'start'. */
  readonly entry: StepEntry;
  readonly traceLoaded: (trace: Trace) => void;
  /** One beat on (a packet's story), or from the pause to the next step. */
  readonly forward: () => void;
  /** One beat back, or from the opening to the previous step's pause. */
  readonly back: () => void;
  readonly seek: (shown: number) => void;
  readonly play: () => void;
  readonly pause: () => void;
  readonly setSpeed: (speed: Speed) => void;
  readonly selectPacket: (packetId: string | null) => void;
}

function eventCount(state: LabState): number {
  return state.trace?.events.length ?? 0;
}

function clampSegment(segment: Segment, length: number): Segment {
  const opening = Math.max(0, Math.min(segment.opening, length));
  return { opening, pause: Math.max(opening, Math.min(segment.pause, length)) };
}

export const createPlaybackSlice: StateCreator<LabState, [], [], PlaybackSlice> = (set, get) => ({
  shown: 0,
  playing: false,
  speed: 1,
  selectedPacketId: null,
  segment: { opening: 0, pause: 0 },
  segmentOf: wholeRun,
  entry: 'start',

  traceLoaded: (trace) => {
    const { speed, autoplay, entry, segmentOf } = get();
    const segment = clampSegment(segmentOf(trace), trace.events.length);
    const atPause = entry === 'end' || speed === 'instant';
    set({
      segment,
      entry: 'start',
      shown: atPause ? segment.pause : segment.opening,
      playing: autoplay && !atPause && segment.opening < segment.pause,
      selectedPacketId: null,
    });
  },

  forward: () => {
    const state = get();
    // While the next run computes, the trace on stage is the old one: stepping would skip ahead.
    if (state.status !== 'ready' || !state.trace) return;
    const stop = segmentStops(state.trace.events, state.segment).find((s) => s > state.shown);
    if (stop !== undefined) set({ shown: stop, playing: false });
    else state.nextStep();
  },

  back: () => {
    const state = get();
    if (state.status !== 'ready' || !state.trace) return;
    const { opening } = state.segment;
    if (state.shown <= opening) {
      state.previousStep();
      return;
    }
    const earlier = segmentStops(state.trace.events, state.segment).filter((s) => s < state.shown);
    set({ shown: Math.max(opening, ...earlier), playing: false });
  },

  seek: (shown) => set({ shown: Math.max(0, Math.min(shown, eventCount(get()))) }),

  play: () => {
    const { speed, shown, segment } = get();
    if (speed === 'instant') set({ shown: segment.pause, playing: false });
    else if (shown >= segment.pause) set({ shown: segment.opening, playing: true });
    else set({ playing: true });
  },

  pause: () => set({ playing: false }),

  setSpeed: (speed) => {
    set({ speed });
    if (speed === 'instant') set({ shown: get().segment.pause, playing: false });
  },

  selectPacket: (selectedPacketId) => set({ selectedPacketId }),
});
