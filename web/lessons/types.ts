import type { PresetId } from '../protocol/presets.ts';
import type { OscarPlan, Outcome, ScenarioConfig, Trace, TraceEvent } from '../protocol/types.ts';

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
  /** Oscar's plan, when it differs from the preset's. */
  readonly plan?: OscarPlan;
  /** Settings this step changes; the user's message and key sizes are kept otherwise. */
  readonly config?: Partial<ScenarioConfig>;
  readonly question?: CheckQuestion;
  readonly widget?: WidgetId;
  /** How many events have already happened when the step opens (default: none). */
  readonly opensAt?: (trace: Trace) => number;
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

/** "1 of 2", "none of the 2", "both" — numbers in words a student reads at a glance. */
export function countOf(count: number, total: number): string {
  if (count === 0) return `none of the ${total}`;
  if (count === total) return total === 2 ? 'both' : `all ${total}`;
  return `${count} of ${total}`;
}
