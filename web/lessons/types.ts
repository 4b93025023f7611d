import type {
  OscarPlan,
  Outcome,
  PresetId,
  ScenarioConfig,
  ScenarioId,
  Trace,
  TraceEvent,
} from '../protocol/index.ts';

/** A multiple-choice check whose right answer is computed from the step's real outcome. */
export interface CheckQuestion {
  readonly prompt: string;
  readonly choices: readonly {
    readonly label: string;
    readonly isCorrect: (outcome: Outcome) => boolean;
  }[];
  /** Shown after an answer; receives the computed outcome so it can quote real numbers. */
  readonly explain: (outcome: Outcome) => string;
}

/**
 * Interactive pieces a step can show beside its narration, by name. Each is a component in
 * web/ui/widgets/, loaded only when a step asks for it.
 */
export const WIDGET_IDS = [
  'oaep-twice',
  'multiplication-scheme',
  'toy-diffie-hellman',
  'brute-force-cost',
  'oscar-switch',
  'tamper-byte',
  'forgery-picker',
  'certificate-export',
  'paste-pem',
] as const;
export type WidgetId = (typeof WIDGET_IDS)[number];

export interface LessonStep {
  readonly title: string;
  /** Narration that points at what is on the stage. Plain text; blank lines separate paragraphs. */
  readonly body: string;
  /** The named configuration the step starts from (also a `npm run trace` name). */
  readonly preset: PresetId;
  /** The scenario the step runs, when it differs from the one its preset names. */
  readonly scenario?: ScenarioId;
  /** Oscar's plan, when it differs from the preset's. */
  readonly plan?: OscarPlan;
  /** Settings this step changes; the user's message and key sizes are kept otherwise. */
  readonly config?: Partial<ScenarioConfig>;
  readonly question?: CheckQuestion;
  readonly widget?: WidgetId;
  /**
   * Where the step opens: how many events are already on stage, drawn settled. `atStart` when
   * the step tells the story from its beginning.
   */
  readonly opensAt: (trace: Trace) => number;
  /**
   * Where the step pauses: the event after which its narration is true. Autoplay stops there,
   * and → opens the next step. `atEnd` when the narration speaks of the whole run (the outcome
   * and the check question appear only at the end).
   */
  readonly pausesAt: (trace: Trace) => number;
}

export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Which seed project this lesson reproduces. */
  readonly seed: string;
  readonly steps: readonly LessonStep[];
}

/** Opens a step just after the first event that matches: the story so far is already on stage. */
export function after(matches: (event: TraceEvent) => boolean): (trace: Trace) => number {
  return (trace) => trace.events.findIndex(matches) + 1;
}

/** Pauses just after the first event that matches, or at the end if this run has none. */
export function pauseAfter(matches: (event: TraceEvent) => boolean): (trace: Trace) => number {
  return (trace) => {
    const index = trace.events.findIndex(matches);
    return index === -1 ? trace.events.length : index + 1;
  };
}

/** The step opens before the first event. */
export const atStart = (): number => 0;

/** The step pauses (or opens) once every event has happened. */
export const atEnd = (trace: Trace): number => trace.events.length;

/** "1 of 2", "none of the 2", "both" — numbers in words a student reads at a glance. */
export function countOf(count: number, total: number): string {
  if (count === 0) return `none of the ${total}`;
  if (count === total) return total === 2 ? 'both' : `all ${total}`;
  return `${count} of ${total}`;
}
