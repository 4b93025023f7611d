import type { StateCreator } from 'zustand';
import { type Segment, segmentStops } from '../lessons/beats.ts';
import type { LabState, PlaybackSlice, SegmentOf } from './lab-state.ts';

/** How long one event stays on stage at 1×, in milliseconds. */
export const BEAT_MS = 1300;

/** When one press of → plays a packet's story, how long each of its events shows at 1×. */
export const GLIDE_MS = 450;

export const wholeRun: SegmentOf = (trace) => ({ opening: 0, pause: trace.events.length });

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
  target: null,
  glide: false,

  traceLoaded: (trace) => {
    const { speed, autoplay, entry, segmentOf } = get();
    const segment = clampSegment(segmentOf(trace), trace.events.length);
    const atPause = entry === 'end' || speed === 'instant';
    set({
      segment,
      entry: 'start',
      shown: atPause ? segment.pause : segment.opening,
      target: null,
      playing: autoplay && !atPause && segment.opening < segment.pause,
      selectedPacketId: null,
    });
  },

  forward: () => {
    const state = get();
    // While the next run computes, the trace on stage is the old one: stepping would skip ahead.
    if (state.status !== 'ready' || !state.trace) return;
    // A press while the last one is still playing finishes it at once.
    if (state.target !== null && state.shown < state.target) {
      set({ shown: state.target, target: null, playing: false });
      return;
    }
    const stop = segmentStops(state.trace.events, state.segment).find((s) => s > state.shown);
    if (stop === undefined) state.nextStep();
    else if (state.glide && state.speed !== 'instant' && stop - state.shown > 1)
      set({ shown: state.shown + 1, target: stop, playing: false });
    else set({ shown: stop, target: null, playing: false });
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
    set({ shown: Math.max(opening, ...earlier), target: null, playing: false });
  },

  seek: (shown) => set({ shown: Math.max(0, Math.min(shown, eventCount(get()))), target: null }),

  play: () => {
    const { speed, shown, segment } = get();
    if (speed === 'instant') set({ shown: segment.pause, playing: false, target: null });
    else if (shown >= segment.pause) set({ shown: segment.opening, playing: true, target: null });
    else set({ playing: true, target: null });
  },

  pause: () => {
    const { target, shown } = get();
    // Pausing in the middle of a press's story shows the rest of it: nothing is left half told.
    set({ playing: false, target: null, shown: target === null ? shown : Math.max(shown, target) });
  },

  setSpeed: (speed) => {
    set({ speed });
    if (speed === 'instant') set({ shown: get().segment.pause, playing: false, target: null });
  },

  selectPacket: (selectedPacketId) => set({ selectedPacketId }),
});
