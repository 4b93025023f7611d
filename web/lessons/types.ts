import {
  checkLabel,
  type OscarPlan,
  type Outcome,
  type PresetId,
  type ScenarioConfig,
  type ScenarioId,
  type Trace,
  type TraceEvent,
} from '../protocol/index.ts';
import type { Params } from '../text/index.ts';

/**
 * A multiple-choice check whose right answer is computed from the step's real outcome. Its words
 * are catalogue patterns keyed by the lesson and step (lesson-text.ts): the prompt, a label per
 * choice in this order, and the explanation.
 */
export interface CheckQuestion {
  readonly choices: readonly { readonly isCorrect: (outcome: Outcome) => boolean }[];
  /** The explanation's parameters, computed from the outcome so that it quotes real numbers. */
  readonly explain: (outcome: Outcome) => Params;
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

/**
 * One step: what it runs and where it opens and pauses. Its title and its narration (plain text,
 * blank lines between paragraphs) are catalogue patterns keyed by the lesson and step.
 */
export interface LessonStep {
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

/** A lesson's title and summary are catalogue patterns keyed by its id (lesson-text.ts). */
export interface Lesson {
  readonly id: string;
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

/**
 * The step stops before its run ends, so it shows no outcome: it pauses after an event, not
 * `atEnd`. Known before the run exists (lessons.test.ts holds it to each step's own run).
 */
export const pausesEarly = (step: LessonStep): boolean => step.pausesAt !== atEnd;

/** How a count compares with its total, for the `countOf` pattern fragment ("both", "none of the 3"). */
function share(count: number, total: number): 'none' | 'both' | 'all' | 'some' {
  if (count === 0) return 'none';
  if (count === total) return total === 2 ? 'both' : 'all';
  return 'some';
}

/**
 * The parameters of a count read at a glance ("1 of 2", "none of the 2", "both", "all 3"): the
 * pattern's `countOf(name)` fragment (text/lessons/count-of.ts) reads these three.
 */
export function countOf(name: string, count: number, total: number): Params {
  return { [name]: count, [`${name}Of`]: total, [`${name}Share`]: share(count, total) };
}

/** The parameters of "detected by: …": `caught` selects, `check` names the check that caught. */
export function detection(outcome: Outcome): Params {
  const by = outcome.detectedBy;
  return { caught: by ? 'yes' : 'no', check: by ? checkLabel(by) : '' };
}
