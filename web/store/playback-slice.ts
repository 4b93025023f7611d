import type { StateCreator } from 'zustand';
import type { Trace } from '../protocol/types.ts';
import type { LabState } from './store.ts';

export const SPEEDS = [0.5, 1, 2, 'instant'] as const;
export type Speed = (typeof SPEEDS)[number];

/** How long one event stays on stage at 1×, in milliseconds. */
export const BEAT_MS = 1300;

export interface PlaybackSlice {
  /** How many events of the trace are on stage (0 = none yet). */
  readonly shown: number;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly selectedPacketId: string | null;
  /** Where a new trace opens: the step decides how much has already happened. */
  readonly openAt: (trace: Trace) => number;
  readonly traceLoaded: (trace: Trace) => void;
  readonly forward: () => void;
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

export const createPlaybackSlice: StateCreator<LabState, [], [], PlaybackSlice> = (set, get) => ({
  shown: 0,
  playing: false,
  speed: 1,
  selectedPacketId: null,
  openAt: () => 0,

  traceLoaded: (trace) => {
    const { speed, autoplay } = get();
    const start = Math.min(get().openAt(trace), trace.events.length);
    set({
      shown: speed === 'instant' ? trace.events.length : start,
      playing: autoplay && speed !== 'instant' && start < trace.events.length,
      selectedPacketId: null,
    });
  },

  forward: () => {
    const state = get();
    // While the next run computes, the trace on stage is the old one: stepping would skip ahead.
    if (state.status !== 'ready') return;
    if (state.shown < eventCount(state)) set({ shown: state.shown + 1, playing: false });
    else state.nextStep();
  },

  back: () => {
    const state = get();
    if (state.status !== 'ready') return;
    if (state.shown > 0) set({ shown: state.shown - 1, playing: false });
    else state.previousStep();
  },

  seek: (shown) => set({ shown: Math.max(0, Math.min(shown, eventCount(get()))) }),

  play: () => {
    const state = get();
    if (state.speed === 'instant') set({ shown: eventCount(state), playing: false });
    else if (state.shown >= eventCount(state)) set({ shown: 0, playing: true });
    else set({ playing: true });
  },

  pause: () => set({ playing: false }),

  setSpeed: (speed) => {
    set({ speed });
    if (speed === 'instant') set({ shown: eventCount(get()), playing: false });
  },

  selectPacket: (selectedPacketId) => set({ selectedPacketId }),
});
