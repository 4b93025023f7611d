import type { OpensslFile } from '../crypto/index.ts';
import type { Segment } from '../lessons/beats.ts';
import type { UserSettings } from '../lessons/step-request.ts';
import type { Lesson } from '../lessons/types.ts';
import type { Engine, OscarPlan, RunRequest, ScenarioConfig, Trace } from '../protocol/index.ts';

export type { RunRequest };

// The shape of one stage's store, declared apart from the slices that fill it in, so that a
// slice can read the others through get() without the slices and the store importing each other.

export type LabState = RunSlice & PlaybackSlice & LessonSlice;

export interface RunSlice extends RunRequest {
  readonly status: 'idle' | 'computing' | 'ready' | 'error';
  readonly trace: Trace | null;
  readonly error: string | null;
  /** Runs the scenario for these settings (reusing the trace when nothing changed). */
  readonly compute: (request: RunRequest) => Promise<void>;
  /** Regenerates every long-term key and recomputes. */
  readonly newKeys: () => Promise<void>;
  readonly setConfig: (change: Partial<ScenarioConfig>) => Promise<void>;
  /** What the user chose that carries over to later steps (message, key sizes, curve). */
  readonly userSettings: UserSettings;
  readonly setPlan: (plan: OscarPlan) => Promise<void>;
  /** Runs with new settings from the controls; what the user chose carries over as with setConfig. */
  readonly setSettings: (next: { config: ScenarioConfig; plan: OscarPlan }) => Promise<void>;
  /** The run's files for OpenSSL (certificates, Bob's keys, the wrapped key). */
  readonly exportFiles: () => Promise<readonly OpensslFile[]>;
  /** Reads pasted PEM; rejects with a message that says what was wrong. Changes no state. */
  readonly describePem: (text: string) => ReturnType<Engine['describePastedPem']>;
  /** Wraps one fresh AES key twice for this RSA public key (OAEP is randomised). Changes no state. */
  readonly wrapKeyTwice: (publicKeySpki: Uint8Array) => ReturnType<Engine['wrapSameKeyTwice']>;
}

export const SPEEDS = [0.5, 1, 2, 'instant'] as const;
export type Speed = (typeof SPEEDS)[number];

/** Where a trace opens and pauses: a lesson step decides; elsewhere the whole run plays. */
export type SegmentOf = (trace: Trace) => Segment;

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
  /** Where the press of → being played is heading, event by event; null when none is. */
  readonly target: number | null;
  /**
   * One press plays its events one after another (true), or shows them all at once (false:
   * reduced motion, tests, headless). Either way every event is on the stage and in the log.
   */
  readonly glide: boolean;
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

export interface LessonPosition {
  readonly lessonId: string;
  /** 0-based here; URLs are 1-based. */
  readonly stepIndex: number;
}

/**
 * Tells the page that the store opened another step by itself (→ past a pause, ← before an
 * opening). In the page it writes the step into the URL; the page then asks `openStep` for the
 * step already open, which changes nothing.
 */
export type StepNavigator = (position: LessonPosition, entry: StepEntry) => void;

/**
 * Called for → past the last step's pause or ← before the first step's opening. In a slide
 * deck it asks the deck to move to its next or previous slide, so a presenter is never stuck.
 */
export type HandBack = (direction: 'next' | 'prev') => void;

export interface LessonSlice {
  readonly position: LessonPosition | null;
  /** The open step's whole lesson (narration, runs, questions), once it has loaded. */
  readonly lesson: Lesson | null;
  /** The step asked for last: it opens once its lesson has loaded. */
  readonly requested: LessonPosition | null;
  /** Start playing by itself when a step opens (off in embeds: the presenter steps). */
  readonly autoplay: boolean;
  /** How the next `openStep` enters its step, when the store itself asked for it. */
  readonly pendingEntry: StepEntry | null;
  readonly openStep: (position: LessonPosition) => void;
  readonly nextStep: () => void;
  readonly previousStep: () => void;
  readonly setAutoplay: (autoplay: boolean) => void;
}
