import type { LessonEntry } from '../lessons/catalog.ts';

/** What saved progress is checked against: which lessons exist and how many steps each has. */
type LessonShape = Pick<LessonEntry, 'id' | 'steps'>;

/**
 * What a student has done, as saved in localStorage: per lesson, the steps played to their end
 * and the answer picked for each step's question (by its label, which survives reordering).
 */
export interface LessonProgress {
  /** 0-based step indexes, ascending, each once. */
  readonly done: readonly number[];
  /** Step index (as text) → the label of the answer picked. */
  readonly answers: Readonly<Record<string, string>>;
}

export interface Progress {
  readonly lessons: Readonly<Record<string, LessonProgress>>;
}

/** Marks saved data as this app's, in this shape; anything else is foreign. */
const APP = 'handshake-lab';
const VERSION = 1;

export const NO_PROGRESS: Progress = { lessons: {} };
const MAX_PROGRESS_LENGTH = 100_000;
const NO_LESSON_PROGRESS: LessonProgress = { done: [], answers: {} };

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ app: APP, version: VERSION, lessons: progress.lessons });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Saved progress as read: what could be kept, and how many saved entries could not. */
export interface ReadProgress {
  readonly progress: Progress;
  /** Malformed entries dropped one by one (a lesson's record, a step, an answer). */
  readonly dropped: number;
}

/**
 * Reads saved progress. Returns null when the text is not this app's progress at all (not
 * JSON, another shape, another version): the caller resets it. Otherwise every entry is checked
 * on its own: a malformed one is dropped and counted, the others stay. Entries that are well
 * formed but no longer fit the lessons (a lesson or a step that has since gone) are dropped
 * without counting; an answer is checked against its question's choices when the question shows
 * (CheckQuestionView).
 */
export function parseProgress(text: string, lessons: readonly LessonShape[]): ReadProgress | null {
  // Every step of every lesson done and answered is a few kilobytes; far more is not ours.
  if (text.length > MAX_PROGRESS_LENGTH) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.app !== APP || data.version !== VERSION) return null;
  if (!isRecord(data.lessons)) return null;
  const result: Record<string, LessonProgress> = {};
  let dropped = 0;
  for (const [id, entry] of Object.entries(data.lessons)) {
    const parsed = parseLessonProgress(entry);
    dropped += parsed.dropped;
    // Only ids of lessons that exist become keys: nothing else from storage names a property.
    const lesson = lessons.find((l) => l.id === id);
    if (lesson && parsed.progress) result[lesson.id] = fitToLesson(parsed.progress, lesson);
  }
  return { progress: { lessons: result }, dropped };
}

function parseLessonProgress(entry: unknown): { progress: LessonProgress | null; dropped: number } {
  if (!isRecord(entry) || !Array.isArray(entry.done) || !isRecord(entry.answers))
    return { progress: null, dropped: 1 };
  let dropped = 0;
  const done: number[] = [];
  for (const step of entry.done) {
    if (Number.isInteger(step) && step >= 0) done.push(step);
    else dropped++;
  }
  const answers: Record<string, string> = {};
  for (const [step, label] of Object.entries(entry.answers)) {
    if (/^\d{1,4}$/.test(step) && typeof label === 'string') answers[step] = label;
    else dropped++;
  }
  return { progress: { done, answers }, dropped };
}

function fitToLesson(progress: LessonProgress, lesson: LessonShape): LessonProgress {
  const steps = lesson.steps;
  const done = [...new Set(progress.done)].filter((step) => step < steps).sort((a, b) => a - b);
  const answers: Record<string, string> = {};
  for (const [step, label] of Object.entries(progress.answers)) {
    if (Number(step) < steps) answers[step] = label;
  }
  return { done, answers };
}

export function lessonProgress(progress: Progress, lessonId: string): LessonProgress {
  return progress.lessons[lessonId] ?? NO_LESSON_PROGRESS;
}

export function withStepDone(progress: Progress, lessonId: string, stepIndex: number): Progress {
  const lesson = lessonProgress(progress, lessonId);
  if (lesson.done.includes(stepIndex)) return progress;
  const done = [...lesson.done, stepIndex].sort((a, b) => a - b);
  return { lessons: { ...progress.lessons, [lessonId]: { ...lesson, done } } };
}

export function withAnswer(
  progress: Progress,
  lessonId: string,
  stepIndex: number,
  label: string,
): Progress {
  const lesson = lessonProgress(progress, lessonId);
  if (lesson.answers[String(stepIndex)] === label) return progress;
  const answers = { ...lesson.answers, [String(stepIndex)]: label };
  return { lessons: { ...progress.lessons, [lessonId]: { ...lesson, answers } } };
}

/**
 * Two records of progress as one: every step done in either, and every answer in either, the
 * `newer` one's where both answered the same step. Two tabs saving in turn keep both their steps.
 */
export function mergeProgress(older: Progress, newer: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...older.lessons };
  for (const [id, theirs] of Object.entries(newer.lessons)) {
    const ours = lessonProgress(older, id);
    const done = [...new Set([...ours.done, ...theirs.done])].sort((a, b) => a - b);
    lessons[id] = { done, answers: { ...ours.answers, ...theirs.answers } };
  }
  return { lessons };
}
